#include "cli/importcommand.h"

#include "cli/clicontext.h"
#include "core/import/postingformatdetector.h"
#include "core/import/postingimporter.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Reqdesk::Cli {

int ImportCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Imports postings into the cache."));
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("text, html, greenhouse or lever (default: detected)"),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("allow-duplicates"),
                      QStringLiteral("import postings that are already in the cache again")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("postings to import"),
                                 QStringLiteral("FILE..."));
    if (const int code = context.parse(parser, QStringLiteral("import"), args); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.fail(QStringLiteral("import needs at least one file"), ExitUsage);

    std::optional<Core::PostingFormat> forced;
    if (parser.isSet(QStringLiteral("format"))) {
        forced = Core::postingFormatFromName(parser.value(QStringLiteral("format")));
        if (!forced) {
            return context.fail(
                    QStringLiteral("unknown format '%1' (text, html, greenhouse, lever)")
                            .arg(parser.value(QStringLiteral("format"))),
                    ExitUsage);
        }
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Store::RequisitionRepository repository(**db);

    int failures = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
            ++failures;
            continue;
        }
        const QByteArray data = file.readAll();
        const Core::PostingFormat format
                = forced ? *forced
                         : Core::PostingFormatDetector::detect(data, QFileInfo(path).fileName());
        const auto imported = Core::PostingImporter::import(data, format, path);
        if (!imported) {
            context.fail(QStringLiteral("%1: %2").arg(path, imported.error().message()));
            ++failures;
            continue;
        }
        // A file imported twice must not double the cache: the same posting is skipped.
        QList<Core::Requisition> toSave;
        QJsonArray skipped;
        bool lookupFailed = false;
        for (const Core::Requisition &r : std::as_const(imported->requisitions)) {
            if (!parser.isSet(QStringLiteral("allow-duplicates"))) {
                const auto same = repository.findSamePosting(r);
                if (!same) {
                    context.fail(QStringLiteral("%1: %2").arg(path, same.error().message()));
                    lookupFailed = true;
                    break;
                }
                if (same->has_value()) {
                    skipped.append(QJsonObject{{QStringLiteral("title"), r.title},
                                               {QStringLiteral("existing_id"),
                                                (*same)->toString(QUuid::WithoutBraces)}});
                    continue;
                }
            }
            toSave << r;
        }
        if (lookupFailed) {
            ++failures;
            continue;
        }
        const Core::Status saved = repository.saveAll(toSave, Store::WriteOrigin::LocalEdit);
        if (!saved) {
            context.fail(QStringLiteral("%1: not saved: %2").arg(path, saved.error().message()));
            ++failures;
            continue;
        }
        QJsonArray requisitions;
        for (const Core::Requisition &r : std::as_const(toSave)) {
            requisitions.append(
                    QJsonObject{{QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("title"), r.title},
                                {QStringLiteral("company"), r.company},
                                {QStringLiteral("bands"), r.bands.size()}});
        }
        QJsonArray warnings;
        for (const Core::ImportWarning &w : imported->warnings) {
            warnings.append(QJsonObject{{QStringLiteral("line"), w.line},
                                        {QStringLiteral("message"), w.message}});
        }
        const QJsonObject summary{{QStringLiteral("file"), path},
                                  {QStringLiteral("format"), Core::postingFormatName(format)},
                                  {QStringLiteral("requisitions"), requisitions},
                                  {QStringLiteral("skipped"), skipped},
                                  {QStringLiteral("warnings"), warnings}};
        context.out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    }
    context.out().flush();
    return failures == 0 ? ExitOk : ExitFailure;
}

} // namespace Reqdesk::Cli
