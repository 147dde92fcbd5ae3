#include "store/syncstaterepository.h"

#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/recordjson.h"
#include "store/requisitionrepository.h"
#include "store/sqlerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Reqdesk::Store {

using Core::ErrorCode;
using Core::WireCodec;

namespace {
QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

SyncStateRepository::SyncStateRepository(Database &database)
    : m_database(database)
{}

Core::Result<std::optional<QString>> SyncStateRepository::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read sync state"));
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Core::Status
SyncStateRepository::setValueIn(QSqlDatabase db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!query.exec())
        return sqlError(query, QStringLiteral("write sync state"));
    return {};
}

Core::Status SyncStateRepository::setValue(const QString &key, const QString &value)
{
    return setValueIn(m_database.connection(), key, value);
}

Core::Status SyncStateRepository::remove(const QString &key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove sync state"));
    return {};
}

Core::Result<QUuid> SyncStateRepository::deviceId()
{
    const QString key = QLatin1String(deviceIdKey);
    auto existing = value(key);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return QUuid::fromString(**existing);
    const QUuid id = QUuid::createUuid();
    if (auto status = setValue(key, idText(id)); !status)
        return status.error();
    return id;
}

Core::Result<std::optional<BaseCopy>> SyncStateRepository::baseCopy(const QString &entity,
                                                                    const QUuid &id) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "SELECT version, data FROM base_copies WHERE entity = ? AND entity_id = ?"));
    query.addBindValue(entity);
    query.addBindValue(idText(id));
    if (!query.exec())
        return sqlError(query, QStringLiteral("read base copy"));
    if (query.next()) {
        BaseCopy copy;
        copy.entity = entity;
        copy.id = id;
        copy.version = query.value(0).toLongLong();
        copy.data = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        return std::optional<BaseCopy>(copy);
    }
    query.finish();
    // No copy kept: without local edits the row is the last server copy.
    QSqlQuery edits(db);
    edits.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ?"));
    edits.addBindValue(entity);
    edits.addBindValue(idText(id));
    if (!edits.exec())
        return sqlError(edits, QStringLiteral("read outbox"));
    if (edits.next())
        return std::optional<BaseCopy>();
    std::optional<QJsonObject> data;
    qint64 version = 0;
    const auto take = [&](const auto &found) -> Core::Status {
        if (found) {
            version = found->version;
            data = WireCodec::toJson(*found);
        } else if (found.error().code != ErrorCode::NotFound) {
            return found.error();
        }
        return {};
    };
    Core::Status status;
    if (entity == QLatin1String("requisition"))
        status = take(RequisitionRepository(m_database).find(id));
    else if (entity == QLatin1String("candidate"))
        status = take(CandidateRepository(m_database).find(id));
    else if (entity == QLatin1String("application"))
        status = take(ApplicationRepository(m_database).find(id));
    if (!status)
        return status.error();
    if (!data || version <= 0)
        return std::optional<BaseCopy>();
    return std::optional<BaseCopy>(BaseCopy{entity, id, version, *data});
}

Core::Result<std::optional<qint64>> SyncStateRepository::tombstone(const QString &entity,
                                                                   const QUuid &id) const
{
    return tombstoneIn(m_database.connection(), entity, id);
}

Core::Result<std::optional<qint64>>
SyncStateRepository::takeTombstone(QSqlDatabase db, const QString &entity, const QUuid &id)
{
    auto version = tombstoneIn(db, entity, id);
    if (!version || !version->has_value())
        return version;
    if (auto s = removeTombstone(db, entity, id); !s)
        return s.error();
    return version;
}

Core::Result<std::optional<qint64>>
SyncStateRepository::tombstoneIn(QSqlDatabase db, const QString &entity, const QUuid &id)
{
    QSqlQuery query(db);
    query.prepare(
            QStringLiteral("SELECT version FROM tombstones WHERE entity = ? AND entity_id = ?"));
    query.addBindValue(entity);
    query.addBindValue(idText(id));
    if (!query.exec())
        return sqlError(query, QStringLiteral("read tombstone"));
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

namespace {

// `insert` is the statement's fixed head ("INSERT OR REPLACE" / "INSERT OR IGNORE").
Core::Status writeBaseCopy(QSqlDatabase db, const BaseCopy &copy, const QString &insert)
{
    QSqlQuery query(db);
    query.prepare(insert
                  + QStringLiteral(" INTO base_copies(entity, entity_id, version, data) VALUES "
                                   "(?, ?, ?, ?)"));
    query.addBindValue(copy.entity);
    query.addBindValue(idText(copy.id));
    query.addBindValue(copy.version);
    query.addBindValue(QString::fromUtf8(QJsonDocument(copy.data).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return sqlError(query, QStringLiteral("write base copy"));
    return {};
}

} // namespace

Core::Status SyncStateRepository::putBaseCopy(QSqlDatabase db, const BaseCopy &copy)
{
    return writeBaseCopy(db, copy, QStringLiteral("INSERT OR REPLACE"));
}

Core::Status SyncStateRepository::keepBaseCopy(QSqlDatabase db, const BaseCopy &copy)
{
    if (copy.version <= 0)
        return {};
    return writeBaseCopy(db, copy, QStringLiteral("INSERT OR IGNORE"));
}

Core::Status
SyncStateRepository::removeBaseCopy(QSqlDatabase db, const QString &entity, const QUuid &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM base_copies WHERE entity = ? AND entity_id = ?"));
    query.addBindValue(entity);
    query.addBindValue(idText(id));
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove base copy"));
    return {};
}

Core::Status SyncStateRepository::putTombstone(QSqlDatabase db,
                                               const QString &entity,
                                               const QUuid &id,
                                               qint64 version)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones(entity, entity_id, version,"
                                 " deleted_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(entity);
    query.addBindValue(idText(id));
    query.addBindValue(version);
    query.addBindValue(RecordJson::timeText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query, QStringLiteral("write tombstone"));
    return {};
}

Core::Status
SyncStateRepository::removeTombstone(QSqlDatabase db, const QString &entity, const QUuid &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM tombstones WHERE entity = ? AND entity_id = ?"));
    query.addBindValue(entity);
    query.addBindValue(idText(id));
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove tombstone"));
    return {};
}

QString SyncStateRepository::tableOf(const QString &entity)
{
    if (entity == QLatin1String("requisition"))
        return QStringLiteral("requisitions");
    if (entity == QLatin1String("candidate"))
        return QStringLiteral("candidates");
    if (entity == QLatin1String("application"))
        return QStringLiteral("applications");
    if (entity == QLatin1String("stage_event"))
        return QStringLiteral("stage_events");
    if (entity == QLatin1String("note"))
        return QStringLiteral("notes");
    return QString();
}

Core::Result<ApplyOutcome>
SyncStateRepository::decide(QSqlDatabase db, const QString &entity, const QUuid &id, qint64 version)
{
    const QString table = tableOf(entity);
    if (table.isEmpty())
        return Core::makeError(Core::ErrorCode::InvalidArgument,
                               QStringLiteral("unknown entity %1").arg(entity));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT version FROM %1 WHERE id = ?),"
                             " (SELECT version FROM tombstones WHERE entity = ? AND entity_id = ?),"
                             " EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ?)")
                      .arg(table));
    const QString key = idText(id);
    for (const QString &value : {key, entity, key, entity, key})
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("look up %1 state").arg(entity));
    const QVariant stored = q.value(0);
    const QVariant tombstone = q.value(1);
    if (!stored.isNull() && stored.toLongLong() >= version)
        return ApplyOutcome::SkippedOlder;
    if (!tombstone.isNull() && tombstone.toLongLong() >= version)
        return ApplyOutcome::SkippedDeleted;
    if (q.value(2).toBool())
        return ApplyOutcome::BaseOnly;
    return ApplyOutcome::Applied;
}

} // namespace Reqdesk::Store
