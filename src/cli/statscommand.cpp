#include "cli/statscommand.h"

#include "cli/clicontext.h"
#include "store/database.h"
#include "store/storestatistics.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Reqdesk::Cli {

int StatsCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts what the cache holds."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (const int code = context.parse(parser, QStringLiteral("stats"), args); code >= 0)
        return code;

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    const auto counts = Store::StoreStatistics::collect(**db);
    if (!counts)
        return context.fail(counts.error().message());

    const QList<std::pair<QString, qint64>> rows = {
            {QStringLiteral("requisitions"), counts->requisitions},
            {QStringLiteral("pay_bands"), counts->payBands},
            {QStringLiteral("candidates"), counts->candidates},
            {QStringLiteral("applications"), counts->applications},
            {QStringLiteral("stage_events"), counts->stageEvents},
            {QStringLiteral("notes"), counts->notes},
            {QStringLiteral("outbox_pending"), counts->outboxPending},
            {QStringLiteral("outbox_set_aside"), counts->outboxSetAside},
            {QStringLiteral("open_conflicts"), counts->openConflicts},
            {QStringLiteral("schema_version"), (*db)->schemaVersion()},
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (const auto &[key, value] : rows)
            object.insert(key, value);
        object.insert(QStringLiteral("database"), context.databaseFile());
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        context.out() << "database          " << context.databaseFile() << '\n';
        for (const auto &[key, value] : rows)
            context.out() << key.leftJustified(18) << value << '\n';
    }
    return ExitOk;
}

} // namespace Reqdesk::Cli
