#include "cli/statuscommand.h"

#include "cli/clicontext.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/syncstaterepository.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Reqdesk::Cli {

int StatusCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shows the sync state of the cache."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (const int code = context.parse(parser, QStringLiteral("status"), args); code >= 0)
        return code;
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Store::OutboxRepository outbox(**db);
    Store::SyncStateRepository state(**db);
    const auto pending = outbox.pendingCount();
    const auto aside = outbox.setAside();
    const auto conflicts = Store::ConflictRepository(**db).open();
    if (!pending || !aside || !conflicts)
        return context.fail(QStringLiteral("cannot read the sync state"));
    // Set-aside entries are listed whole: they are edits the server refused, and the user must
    // be able to see (and copy out) what did not reach the server and why.
    QJsonArray asideEntries;
    for (const Store::OutboxEntry &entry : *aside) {
        asideEntries.append(QJsonObject{
                {QStringLiteral("seq"), entry.seq},
                {QStringLiteral("entity"), entry.entity},
                {QStringLiteral("entity_id"), entry.entityId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("op"), Store::outboxOpName(entry.op)},
                {QStringLiteral("changes"), entry.changes},
                {QStringLiteral("error"), entry.lastError}});
    }
    QJsonObject object{{QStringLiteral("pending"), *pending},
                       {QStringLiteral("set_aside"), aside->size()},
                       {QStringLiteral("conflicts"), conflicts->size()}};
    for (const auto &[name, key] : {std::pair{"server", "server_url"},
                                    std::pair{"user", "user_name"},
                                    std::pair{"device_id", "device_id"},
                                    std::pair{"epoch", "epoch"},
                                    std::pair{"cursor", "cursor"},
                                    std::pair{"last_sync", "last_sync"}}) {
        const auto value = state.value(QString::fromLatin1(key));
        object.insert(QString::fromLatin1(name),
                      value && value->has_value() ? QJsonValue(**value) : QJsonValue());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        object.insert(QStringLiteral("set_aside_entries"), asideEntries);
        context.printJson(object);
    } else {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            context.out() << it.key().leftJustified(10) << ' '
                          << (it->isDouble() ? QString::number(it->toInteger()) : it->toString())
                          << '\n';
        for (const QJsonValue &entry : std::as_const(asideEntries)) {
            const QJsonObject e = entry.toObject();
            context.out() << "set aside: " << e.value(QStringLiteral("op")).toString() << ' '
                          << e.value(QStringLiteral("entity")).toString() << ' '
                          << e.value(QStringLiteral("entity_id")).toString() << ": "
                          << e.value(QStringLiteral("error")).toString() << '\n';
        }
    }
    return ExitOk;
}

} // namespace Reqdesk::Cli
