#include "cli/searchcommand.h"

#include "cli/clicontext.h"
#include "core/money.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Reqdesk::Cli {

namespace {

// "USD 100600-258000/year": the widest yearly range over the requisition's bands.
QString payText(const Store::RequisitionSummary &row)
{
    if (row.payCurrency.isEmpty())
        return QString();
    return QStringLiteral("%1 %2-%3/year")
            .arg(row.payCurrency,
                 Core::minorToDecimalString(row.payMin, row.payCurrency),
                 Core::minorToDecimalString(row.payMax, row.payCurrency));
}

} // namespace

int SearchCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Full-text search with filters."));
    parser.addPositionalArgument(
            QStringLiteral("query"), QStringLiteral("words to find"), QStringLiteral("QUERY"));
    parser.addOption({QStringLiteral("status"),
                      QStringLiteral("draft, pending_approval, open, on_hold, filled, closed or "
                                     "cancelled (repeatable)"),
                      QStringLiteral("status")});
    parser.addOption({QStringLiteral("level"),
                      QStringLiteral("a level such as IC4 (repeatable)"),
                      QStringLiteral("level")});
    parser.addOption({QStringLiteral("location"),
                      QStringLiteral("a location or zone"),
                      QStringLiteral("location")});
    parser.addOption(
            {QStringLiteral("org"), QStringLiteral("an organisation"), QStringLiteral("org")});
    parser.addOption({QStringLiteral("limit"),
                      QStringLiteral("at most N rows (default 20)"),
                      QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print a JSON array")});
    if (const int code = context.parse(parser, QStringLiteral("search"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1)
        return context.fail(
                QStringLiteral("search takes one QUERY; quote words that belong together"),
                ExitUsage);

    Store::RequisitionQuery query;
    query.filter.text = parser.positionalArguments().value(0);
    for (const QString &name : parser.values(QStringLiteral("status"))) {
        const auto status = Core::requisitionStatusFromName(name);
        if (!status)
            return context.fail(QStringLiteral("unknown status '%1'").arg(name), ExitUsage);
        query.filter.statuses << *status;
    }
    query.filter.levels = parser.values(QStringLiteral("level"));
    query.filter.location = parser.value(QStringLiteral("location"));
    query.filter.org = parser.value(QStringLiteral("org"));
    bool limitOk = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || query.limit < 1 || query.limit > 100000)
        return context.fail(QStringLiteral("--limit takes a number from 1 to 100000"), ExitUsage);

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Store::RequisitionRepository repository(**db);
    const auto page = repository.page(query);
    if (!page)
        return context.fail(page.error().message());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Store::RequisitionSummary &row : page->rows) {
            rows.append(QJsonObject{
                    {QStringLiteral("id"), row.id.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("title"), row.title},
                    {QStringLiteral("company"), row.company},
                    {QStringLiteral("org"), row.org},
                    {QStringLiteral("level"), row.level},
                    {QStringLiteral("status"), Core::requisitionStatusName(row.status)},
                    {QStringLiteral("location"), row.firstLocation},
                    {QStringLiteral("hiring_manager"), row.hiringManager},
                    {QStringLiteral("pay"), payText(row)},
            });
        }
        context.out() << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    for (const Store::RequisitionSummary &row : page->rows) {
        context.out() << row.id.toString(QUuid::WithoutBraces) << "  "
                      << Core::requisitionStatusName(row.status).leftJustified(16) << ' '
                      << row.level.leftJustified(5) << ' ' << row.title << " — " << row.company
                      << "  " << payText(row) << '\n';
    }
    if (page->rows.isEmpty())
        context.out() << "no requisitions match\n";
    return ExitOk;
}

} // namespace Reqdesk::Cli
