#include "cli/conflictscommand.h"

#include "cli/clicontext.h"
#include "store/conflictrepository.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Reqdesk::Cli {

int ConflictsCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the open conflicts of the cache."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("one JSON object per line")});
    if (const int code = context.parse(parser, QStringLiteral("conflicts"), args); code >= 0)
        return code;
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    const auto open = Store::ConflictRepository(**db).open();
    if (!open)
        return context.fail(open.error().message());
    auto text = [](const QJsonValue &value) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
    };
    for (const Store::Conflict &c : *open) {
        if (parser.isSet(QStringLiteral("json"))) {
            context.printJson(
                    {{QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("entity"), c.entity},
                     {QStringLiteral("entity_id"), c.entityId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("field"), c.field},
                     {QStringLiteral("base_value"), c.baseValue},
                     {QStringLiteral("server_value"), c.serverValue},
                     {QStringLiteral("client_value"), c.localValue}});
        } else {
            context.out() << c.id.toString(QUuid::WithoutBraces) << ' ' << c.entity << ' '
                          << c.entityId.toString(QUuid::WithoutBraces) << ' ' << c.field
                          << ": theirs " << text(c.serverValue) << ", mine " << text(c.localValue)
                          << '\n';
        }
    }
    return ExitOk;
}

} // namespace Reqdesk::Cli
