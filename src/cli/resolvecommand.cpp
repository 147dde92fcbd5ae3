#include "cli/resolvecommand.h"

#include "cli/clicontext.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Reqdesk::Cli {

int ResolveCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Resolves a conflict: mine (the conflict's client value), theirs (the "
                           "server's value), or a third value (value=V; JSON when it parses as "
                           "JSON, else text). Works offline; sent with the next sync."));
    parser.addPositionalArgument(QStringLiteral("CONFLICT_ID"), QStringLiteral("the conflict"));
    parser.addPositionalArgument(QStringLiteral("CHOICE"), QStringLiteral("mine|theirs|value=V"));
    if (const int code = context.parse(parser, QStringLiteral("resolve"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QUuid id = QUuid::fromString(positional.value(0));
    const QString choice = positional.value(1);
    Sync::Resolution resolution = Sync::Resolution::Mine;
    QJsonValue value;
    if (choice == QLatin1String("theirs")) {
        resolution = Sync::Resolution::Theirs;
    } else if (choice.startsWith(QLatin1String("value="))) {
        resolution = Sync::Resolution::Value;
        const QString text = choice.mid(6);
        const QJsonDocument parsed = QJsonDocument::fromJson('[' + text.toUtf8() + ']');
        value = parsed.isArray() && parsed.array().size() == 1 ? parsed.array().first()
                                                               : QJsonValue(text);
    } else if (choice != QLatin1String("mine")) {
        return context.fail(QStringLiteral("usage: resolve CONFLICT_ID mine|theirs|value=V"),
                            ExitUsage);
    }
    if (positional.size() != 2 || id.isNull())
        return context.fail(QStringLiteral("usage: resolve CONFLICT_ID mine|theirs|value=V"),
                            ExitUsage);
    auto engine = context.engine();
    if (!engine)
        return context.fail(engine.error().message());
    if (auto s = (*engine)->resolveConflict(id, resolution, value); !s)
        return context.fail(QStringLiteral("cannot resolve: ") + s.error().message());
    // Send it now when the server is reachable; offline, it waits in the outbox and the queue
    // of resolutions for the next sync (the local cache already shows the choice).
    if (auto round = (*engine)->syncOnce(); !round) {
        if (!Sync::SyncHttpClient::isTransient(round.error().code))
            return context.fail(QStringLiteral("resolved locally, but the sync failed: ")
                                + round.error().message());
        context.err() << "reqdesk-cli: resolved locally; the server is not reachable ("
                      << round.error().message() << "), the resolution goes with the next sync\n";
    }
    return ExitOk;
}

} // namespace Reqdesk::Cli
