#include "cli/releasecommand.h"

#include "cli/clicontext.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QCommandLineParser>

namespace Reqdesk::Cli {

int ReleaseCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Puts edits the server refused (see status --json, set_aside_entries) "
                           "back in the upload queue; the next sync tries them again."));
    parser.addPositionalArgument(QStringLiteral("SEQ"), QStringLiteral("entries to release"));
    parser.addOption({QStringLiteral("all"), QStringLiteral("release every set-aside entry")});
    if (const int code = context.parse(parser, QStringLiteral("release"), args); code >= 0)
        return code;
    QList<qint64> seqs;
    for (const QString &text : parser.positionalArguments()) {
        bool ok = false;
        seqs.append(text.toLongLong(&ok));
        if (!ok)
            return context.fail(QStringLiteral("not an entry number: %1").arg(text), ExitUsage);
    }
    if (seqs.isEmpty() == !parser.isSet(QStringLiteral("all")))
        return context.fail(QStringLiteral("usage: release SEQ... | release --all"), ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Store::OutboxRepository outbox(**db);
    if (parser.isSet(QStringLiteral("all"))) {
        const auto aside = outbox.setAside();
        if (!aside)
            return context.fail(aside.error().message());
        for (const Store::OutboxEntry &entry : *aside)
            seqs.append(entry.seq);
    }
    for (qint64 seq : std::as_const(seqs)) {
        if (auto s = outbox.release(seq); !s)
            return context.fail(QStringLiteral("entry %1: %2").arg(seq).arg(s.error().message()));
    }
    context.out() << "released " << seqs.size() << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
