#include "store/conflictrepository.h"

#include "store/database.h"
#include "store/recordjson.h"
#include "store/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A JSON value is stored as a one-element array so scalars and null survive the text column.
QString valueText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

ConflictRepository::ConflictRepository(Database &database)
    : m_database(database)
{}

Status ConflictRepository::record(QSqlDatabase db, Conflict &c)
{
    if (c.id.isNull())
        c.id = QUuid::createUuid();
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO conflicts(id, entity, entity_id, field, base_value,"
            " local_value, server_value, created_at, resolved)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(c.id));
    q.addBindValue(c.entity);
    q.addBindValue(idText(c.entityId));
    q.addBindValue(c.field);
    q.addBindValue(valueText(c.baseValue));
    q.addBindValue(valueText(c.localValue));
    q.addBindValue(valueText(c.serverValue));
    q.addBindValue(RecordJson::timeText(c.createdAt));
    q.addBindValue(c.resolved ? 1 : 0);
    if (!q.exec())
        return sqlError(q, QStringLiteral("record conflict"));
    return {};
}

Status ConflictRepository::record(Conflict &conflict)
{
    return record(m_database.connection(), conflict);
}

namespace {

constexpr auto kSelect
        = "SELECT id, entity, entity_id, field, base_value, local_value, server_value,"
          " created_at, resolved FROM conflicts";

Conflict conflictFrom(const QSqlQuery &q)
{
    Conflict c;
    c.id = QUuid::fromString(q.value(0).toString());
    c.entity = q.value(1).toString();
    c.entityId = QUuid::fromString(q.value(2).toString());
    c.field = q.value(3).toString();
    c.baseValue = valueFrom(q.value(4).toString());
    c.localValue = valueFrom(q.value(5).toString());
    c.serverValue = valueFrom(q.value(6).toString());
    c.createdAt = RecordJson::timeFromText(q.value(7).toString());
    c.resolved = q.value(8).toInt() != 0;
    return c;
}

} // namespace

Result<QList<Conflict>> ConflictRepository::open(const QString &entity, const QUuid &entityId) const
{
    QString sql = QLatin1String(kSelect) + QStringLiteral(" WHERE resolved = 0");
    const bool one = !entity.isEmpty() && !entityId.isNull();
    if (one)
        sql += QStringLiteral(" AND entity = ? AND entity_id = ?");
    sql += QStringLiteral(" ORDER BY created_at, rowid");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (one) {
        q.addBindValue(entity);
        q.addBindValue(idText(entityId));
    }
    if (!q.exec())
        return sqlError(q, QStringLiteral("read conflicts"));
    QList<Conflict> list;
    while (q.next())
        list.append(conflictFrom(q));
    return list;
}

Result<std::optional<Conflict>> ConflictRepository::find(const QUuid &id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("read conflict"));
    if (!q.next())
        return std::optional<Conflict>();
    return std::optional<Conflict>(conflictFrom(q));
}

Status ConflictRepository::reopen(const QUuid &id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE conflicts SET resolved = 0 WHERE id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reopen conflict"));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no conflict %1").arg(idText(id)));
    return {};
}

Status ConflictRepository::resolve(const QUuid &id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE conflicts SET resolved = 1 WHERE id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("resolve conflict"));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no conflict %1").arg(idText(id)));
    return {};
}

} // namespace Reqdesk::Store
