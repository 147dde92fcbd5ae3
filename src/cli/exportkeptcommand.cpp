#include "cli/exportkeptcommand.h"

#include "cli/clicontext.h"
#include "store/database.h"
#include "sync/keptrecords.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>

namespace Reqdesk::Cli {

int ExportKeptCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Exports the records the server removed (or no longer shows you) that "
                           "the cache kept because they hold unsynced edits, with those edits, "
                           "as JSON."));
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("write to FILE instead of standard output"),
                      QStringLiteral("file")});
    if (const int code = context.parse(parser, QStringLiteral("export-kept"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("export-kept takes no arguments; use --out FILE"),
                            ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    const auto exported = Sync::KeptRecords::exportJson(**db);
    if (!exported)
        return context.fail(exported.error().message());
    const QByteArray json = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
    const QString outPath = parser.value(QStringLiteral("out"));
    const qint64 count = exported->value(QStringLiteral("count")).toInteger();
    if (outPath.isEmpty()) {
        context.out() << QString::fromUtf8(json);
        return ExitOk;
    }
    // QSaveFile: the export appears whole under its name, or not at all.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return context.fail(QStringLiteral("cannot write %1: %2").arg(outPath, file.errorString()));
    context.out() << "exported " << count << " kept record(s) to " << outPath << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
