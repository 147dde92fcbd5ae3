#include "sync/keptrecords.h"

#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/outboxentry.h"
#include "store/recordjson.h"
#include "store/requisitionrepository.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Reqdesk::Sync {

using Core::WireCodec;
using Store::SyncStateRepository;

namespace {

const QStringList kEntities = {QStringLiteral("requisition"),
                               QStringLiteral("candidate"),
                               QStringLiteral("application"),
                               QStringLiteral("stage_event"),
                               QStringLiteral("note")};

/// The cached record: wire format where a repository reads it whole, else its columns.
Core::Result<QJsonObject>
recordJson(Store::Database &database, const QString &entity, const QUuid &id)
{
    if (entity == QLatin1String("requisition")) {
        auto found = Store::RequisitionRepository(database).find(id);
        if (!found)
            return found.error();
        return WireCodec::toJson(*found);
    }
    if (entity == QLatin1String("candidate")) {
        auto found = Store::CandidateRepository(database).find(id);
        if (!found)
            return found.error();
        return WireCodec::toJson(*found);
    }
    if (entity == QLatin1String("application")) {
        auto found = Store::ApplicationRepository(database).find(id);
        if (!found)
            return found.error();
        return WireCodec::toJson(*found);
    }
    QSqlQuery q(database.connection());
    // The table name comes from the fixed list of tableOf, never from outside.
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?")
                      .arg(SyncStateRepository::tableOf(entity)));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Store::sqlError(q, QStringLiteral("read kept %1").arg(entity));
    QJsonObject row;
    if (q.next()) {
        const QSqlRecord columns = q.record();
        for (int i = 0; i < columns.count(); ++i)
            row.insert(columns.fieldName(i), QJsonValue::fromVariant(q.value(i)));
    }
    return row;
}

/// Every outbox entry of one record, pending or set aside, in upload order.
Core::Result<QJsonArray> edits(Store::Database &database, const QString &entity, const QUuid &id)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT seq, mutation_id, op, changes, base_version, created_at,"
                             " attempts, last_error, set_aside FROM outbox"
                             " WHERE entity = ? AND entity_id = ? ORDER BY seq"));
    q.addBindValue(entity);
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Store::sqlError(q, QStringLiteral("read kept edits"));
    QJsonArray list;
    while (q.next()) {
        list.append(QJsonObject{{QStringLiteral("seq"), q.value(0).toLongLong()},
                                {QStringLiteral("mutation_id"), q.value(1).toString()},
                                {QStringLiteral("op"), q.value(2).toString()},
                                {QStringLiteral("changes"),
                                 QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()},
                                {QStringLiteral("base_version"), q.value(4).toLongLong()},
                                {QStringLiteral("created_at"), q.value(5).toString()},
                                {QStringLiteral("attempts"), q.value(6).toInt()},
                                {QStringLiteral("last_error"), q.value(7).toString()},
                                {QStringLiteral("set_aside"), q.value(8).toInt() != 0}});
    }
    return list;
}

} // namespace

Core::Result<QJsonObject> KeptRecords::exportJson(Store::Database &database)
{
    QJsonArray records;
    for (const QString &entity : kEntities) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT d.entity_id, d.version FROM tombstones d JOIN %1 t"
                                 " ON t.id = d.entity_id WHERE d.entity = ? ORDER BY d.entity_id")
                          .arg(SyncStateRepository::tableOf(entity)));
        q.addBindValue(entity);
        if (!q.exec())
            return Store::sqlError(q, QStringLiteral("find kept %1 rows").arg(entity));
        QList<std::pair<QUuid, qint64>> kept;
        while (q.next())
            kept.append({QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong()});
        q.finish();
        for (const auto &[id, removedAt] : std::as_const(kept)) {
            auto record = recordJson(database, entity, id);
            if (!record)
                return record.error();
            auto pending = edits(database, entity, id);
            if (!pending)
                return pending.error();
            records.append(QJsonObject{{QStringLiteral("entity"), entity},
                                       {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("removed_at_version"), removedAt},
                                       {QStringLiteral("record"), *record},
                                       {QStringLiteral("edits"), *pending}});
        }
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("reqdesk-kept-records")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("exported_at"),
                        Store::RecordJson::timeText(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("count"), records.size()},
                       {QStringLiteral("records"), records}};
}

} // namespace Reqdesk::Sync
