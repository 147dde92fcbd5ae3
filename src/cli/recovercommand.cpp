#include "cli/recovercommand.h"

#include "cli/clicontext.h"
#include "store/cacherecovery.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace Reqdesk::Cli {

int RecoverCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Rebuilds a damaged cache: its unsent edits and sign-in are written "
                           "to a JSON file beside it and kept in a new, empty cache; the damaged "
                           "file is renamed, never deleted. Run `sync` afterwards to refill the "
                           "cache from the server."));
    parser.addOption({QStringLiteral("force"),
                      QStringLiteral("rebuild even when the cache opens and passes the check")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the outcome as JSON")});
    if (const int code = context.parse(parser, QStringLiteral("recover"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("recover takes no arguments"), ExitUsage);
    const QString path = context.databaseFile();
    if (!QFileInfo::exists(path))
        return context.fail(QStringLiteral("%1 does not exist: nothing to recover").arg(path));
    if (!parser.isSet(QStringLiteral("force"))) {
        // The open's full check: a healthy cache is left alone (and closed again before
        // anything is renamed).
        Core::Status check;
        if (auto healthy = Store::Database::open(
                    path, {.create = false, .check = Store::Database::Check::QuickCheck});
            !healthy)
            check = healthy.error();
        if (check) {
            return context.fail(QStringLiteral("%1 is healthy; nothing to recover (use --force to "
                                               "rebuild it anyway)")
                                        .arg(path));
        }
        if (check.error().code == Core::ErrorCode::SchemaTooNew)
            return context.fail(check.error().message()
                                + QStringLiteral(" — update Reqdesk instead of rebuilding"));
    }
    const auto report = Store::CacheRecovery::rebuild(path);
    if (!report)
        return context.fail(report.error().message());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(
                {{QStringLiteral("recovered_edits"), report->editsRecovered},
                 {QStringLiteral("unreadable_edits"), report->unreadableEdits},
                 {QStringLiteral("export"), report->exportFile},
                 {QStringLiteral("damaged_copy"), report->damagedCopy},
                 {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else {
        context.out() << "kept " << report->editsRecovered << " unsent edit(s) in a new cache at "
                      << path << '\n'
                      << "exported them to " << report->exportFile << '\n'
                      << "the damaged file is now " << report->damagedCopy << '\n';
        for (const QString &problem : report->problems)
            context.out() << "note: " << problem << '\n';
        context.out() << "run `reqdesk-cli sync` to refill the cache from the server\n";
    }
    // The rebuild is done; edits lost on damaged pages are named above, not an exit code.
    return ExitOk;
}

} // namespace Reqdesk::Cli
