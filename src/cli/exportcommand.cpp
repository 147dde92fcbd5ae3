#include "cli/exportcommand.h"

#include "cli/clicontext.h"
#include "core/requisitionexport.h"
#include "core/rules/transparencychecker.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Reqdesk::Cli {

namespace {

QList<Core::ExportFlag> flagsOf(const Core::Requisition &requisition, QDate today)
{
    QList<Core::ExportFlag> flags;
    for (const Core::ComplianceFlag &flag : Core::TransparencyChecker::evaluate(requisition, today))
        flags << Core::ExportFlag{flag.ruleId, flag.message};
    return flags;
}

} // namespace

int ExportCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Exports requisitions and pay bands."));
    parser.addOption(
            {QStringLiteral("format"), QStringLiteral("json or csv"), QStringLiteral("format")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("write to FILE instead of standard output"),
                      QStringLiteral("file")});
    if (const int code = context.parse(parser, QStringLiteral("export"), args); code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv")
        return context.fail(QStringLiteral("export needs --format json or --format csv"),
                            ExitUsage);
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("export takes no file arguments; use --out FILE"),
                            ExitUsage);

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());

    // QSaveFile: the output appears whole under its name, or not at all.
    QSaveFile saveFile;
    QFile standardOutput;
    QIODevice *device = nullptr;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        context.out().flush();
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return context.fail(QStringLiteral("cannot write to standard output"));
        device = &standardOutput;
    } else {
        saveFile.setFileName(outPath);
        if (!saveFile.open(QIODevice::WriteOnly))
            return context.fail(QStringLiteral("%1: %2").arg(outPath, saveFile.errorString()));
        device = &saveFile;
    }

    const QDate today = QDate::currentDate();
    const bool json = format == u"json";
    bool first = true;
    device->write(json ? "{\"requisitions\":[\n"
                       : (Core::RequisitionExport::csvHeader() + u"\r\n").toUtf8());
    Store::RequisitionRepository repository(**db);
    const Core::Status walked = repository.forEach([&](const Core::Requisition &requisition) {
        const QList<Core::ExportFlag> flags = flagsOf(requisition, today);
        if (json) {
            if (!first)
                device->write(",\n");
            device->write(QJsonDocument(Core::RequisitionExport::toJson(requisition, flags))
                                  .toJson(QJsonDocument::Compact));
        } else {
            for (const QString &row : Core::RequisitionExport::csvRows(requisition, flags))
                device->write((row + u"\r\n").toUtf8());
        }
        first = false;
        return true;
    });
    if (!walked)
        return context.fail(walked.error().message());
    if (json)
        device->write("\n]}\n");
    if (device == &saveFile && !saveFile.commit())
        return context.fail(QStringLiteral("%1: %2").arg(outPath, saveFile.errorString()));
    return ExitOk;
}

} // namespace Reqdesk::Cli
