#include "store/outboxrepository.h"

#include "store/database.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Reqdesk::Store {

QString outboxOpName(OutboxOp op)
{
    switch (op) {
    case OutboxOp::Insert:
        return QStringLiteral("insert");
    case OutboxOp::Update:
        return QStringLiteral("update");
    case OutboxOp::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

namespace {
OutboxOp opFromName(const QString &name)
{
    if (name == QLatin1String("insert"))
        return OutboxOp::Insert;
    if (name == QLatin1String("delete"))
        return OutboxOp::Delete;
    return OutboxOp::Update;
}
} // namespace

OutboxRepository::OutboxRepository(Database &database)
    : m_database(database)
{}

Core::Status OutboxRepository::append(QSqlDatabase db, OutboxEntry &entry)
{
    if (entry.mutationId.isNull())
        entry.mutationId = QUuid::createUuid();
    if (!entry.createdAt.isValid())
        entry.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "INSERT INTO outbox(mutation_id, entity, entity_id, op, changes, base_version,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.mutationId.toString(QUuid::WithoutBraces));
    query.addBindValue(entry.entity);
    query.addBindValue(entry.entityId.toString(QUuid::WithoutBraces));
    query.addBindValue(outboxOpName(entry.op));
    query.addBindValue(
            QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)));
    query.addBindValue(entry.baseVersion);
    query.addBindValue(RecordJson::timeText(entry.createdAt));
    if (!query.exec())
        return sqlError(query, QStringLiteral("append to outbox"));
    entry.seq = query.lastInsertId().toLongLong();
    return {};
}

Core::Result<QList<OutboxEntry>> OutboxRepository::select(bool setAside, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT seq, mutation_id, entity, entity_id, op, changes, base_version, created_at,"
            " attempts, last_error, set_aside FROM outbox WHERE set_aside = ? ORDER BY seq LIMIT "
            "?"));
    query.addBindValue(setAside ? 1 : 0);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read outbox"));
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry e;
        e.seq = query.value(0).toLongLong();
        e.mutationId = QUuid::fromString(query.value(1).toString());
        e.entity = query.value(2).toString();
        e.entityId = QUuid::fromString(query.value(3).toString());
        e.op = opFromName(query.value(4).toString());
        e.changes = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        e.baseVersion = query.value(6).toLongLong();
        e.createdAt = RecordJson::timeFromText(query.value(7).toString());
        e.attempts = query.value(8).toInt();
        e.lastError = query.value(9).toString();
        e.setAside = query.value(10).toInt() != 0;
        entries.append(e);
    }
    return entries;
}

Core::Result<QList<OutboxEntry>> OutboxRepository::pending(int limit) const
{
    return select(false, limit);
}

Core::Result<QList<OutboxEntry>> OutboxRepository::setAside() const
{
    return select(true, -1);
}

Core::Result<qint64> OutboxRepository::pendingCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE set_aside = 0"))
        || !query.next())
        return sqlError(query, QStringLiteral("count outbox"));
    return query.value(0).toLongLong();
}

Core::Result<bool> OutboxRepository::hasPending(const QString &entity, const QUuid &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
            QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? LIMIT 1"));
    query.addBindValue(entity);
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return sqlError(query, QStringLiteral("look up outbox"));
    return query.next();
}

Core::Status OutboxRepository::markDone(const QList<qint64> &seqs)
{
    Transaction tx(m_database.connection());
    if (auto status = tx.begin(); !status)
        return status;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    for (qint64 seq : seqs) {
        query.bindValue(0, seq);
        if (!query.exec())
            return sqlError(query, QStringLiteral("mark outbox entry done"));
    }
    return tx.commit();
}

Core::Status OutboxRepository::rebase(
        QSqlDatabase db, const QString &entity, const QUuid &id, qint64 sentBase, qint64 version)
{
    if (sentBase >= version)
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ?"
                                 " AND entity_id = ? AND base_version = ?"
                                 " AND (op <> 'insert' OR base_version > 0)"));
    query.addBindValue(version);
    query.addBindValue(entity);
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    query.addBindValue(sentBase);
    if (!query.exec())
        return sqlError(query, QStringLiteral("rebase outbox entries"));
    return {};
}

Core::Status OutboxRepository::rebaseWithin(QSqlDatabase db,
                                            const QString &entity,
                                            const QUuid &id,
                                            qint64 version,
                                            const QStringList &fields)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT seq, changes FROM outbox WHERE entity = ?"
                                  " AND entity_id = ? AND base_version < ? AND op = 'update'"));
    select.addBindValue(entity);
    select.addBindValue(id.toString(QUuid::WithoutBraces));
    select.addBindValue(version);
    if (!select.exec())
        return sqlError(select, QStringLiteral("read outbox entries to rebase"));
    QList<qint64> within;
    while (select.next()) {
        const QStringList touched
                = QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object().keys();
        if (std::all_of(touched.cbegin(), touched.cend(), [&](const QString &field) {
                return fields.contains(field);
            }))
            within.append(select.value(0).toLongLong());
    }
    for (const qint64 seq : std::as_const(within)) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE seq = ?"));
        update.addBindValue(version);
        update.addBindValue(seq);
        if (!update.exec())
            return sqlError(update, QStringLiteral("rebase outbox entry"));
    }
    return {};
}

Core::Status OutboxRepository::recordFailure(qint64 seq, const QString &error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
    query.addBindValue(RequisitionRecord::text(error));
    query.addBindValue(seq);
    if (!query.exec())
        return sqlError(query, QStringLiteral("record outbox failure"));
    return {};
}

Core::Status OutboxRepository::setAside(qint64 seq, const QString &error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET set_aside = 1, attempts = attempts + 1, "
                                 "last_error = ? WHERE seq = ?"));
    query.addBindValue(RequisitionRecord::text(error));
    query.addBindValue(seq);
    if (!query.exec())
        return sqlError(query, QStringLiteral("set outbox entry aside"));
    if (query.numRowsAffected() == 0)
        return Core::makeError(Core::ErrorCode::NotFound,
                               QStringLiteral("no outbox entry %1").arg(seq));
    return {};
}

Core::Status OutboxRepository::release(qint64 seq)
{
    QSqlQuery query(m_database.connection());
    // A new mutation id: the server's idempotency ledger would otherwise answer the retry with
    // the stored refusal. Safe, because a set-aside entry was never applied.
    query.prepare(QStringLiteral("UPDATE outbox SET set_aside = 0, attempts = 0, mutation_id = ?"
                                 " WHERE seq = ? AND set_aside <> 0"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(seq);
    if (!query.exec())
        return sqlError(query, QStringLiteral("release outbox entry"));
    return {};
}

} // namespace Reqdesk::Store
