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
            QStringLiteral("Resolves a conflict: keep mine, keep theirs, or a third value "
                           "(value=V; JSON when it parses as JSON, else text). Needs the server."));
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
    // Pull the resolution's write so the cache shows the chosen value at once.
    if (auto round = (*engine)->syncOnce(); !round)
        return context.fail(QStringLiteral("resolved, but the sync failed: ")
                            + round.error().message());
    return ExitOk;
}

} // namespace Reqdesk::Cli
