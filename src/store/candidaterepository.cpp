#include "store/candidaterepository.h"
#include "core/wire/wirecodec.h"

#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/serverapply.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

const QString kEntity = QStringLiteral("candidate");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const QString kSelect
        = QStringLiteral("SELECT id, name, emails, phones, links, source, tags, created_at,"
                         " updated_at, version FROM candidates");

Candidate fromQuery(const QSqlQuery &q)
{
    Candidate c;
    c.id = QUuid::fromString(q.value(0).toString());
    c.name = q.value(1).toString();
    c.emails = RecordJson::stringListFromText(q.value(2).toString());
    c.phones = RecordJson::stringListFromText(q.value(3).toString());
    c.links = RecordJson::stringListFromText(q.value(4).toString());
    c.source = q.value(5).toString();
    c.tags = RecordJson::stringListFromText(q.value(6).toString());
    c.createdAt = RecordJson::timeFromText(q.value(7).toString());
    c.updatedAt = RecordJson::timeFromText(q.value(8).toString());
    c.version = q.value(9).toLongLong();
    return c;
}

Result<std::optional<Candidate>> load(QSqlDatabase db, const QUuid &id)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("read candidate"));
    if (!q.next())
        return std::optional<Candidate>();
    return std::optional<Candidate>(fromQuery(q));
}

Status saveOne(QSqlDatabase db, const Candidate &input, WriteOrigin origin)
{
    if (input.id.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a candidate needs an id"));
    auto existing = load(db, input.id);
    if (!existing)
        return existing.error();
    Candidate c = input;
    if (origin == WriteOrigin::LocalEdit)
        c.version = existing->has_value() ? (*existing)->version : 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO candidates(id, name, emails, phones, links, source, tags, created_at,"
            " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, emails = excluded.emails,"
            " phones = excluded.phones, links = excluded.links, source = excluded.source,"
            " tags = excluded.tags, created_at = excluded.created_at,"
            " updated_at = excluded.updated_at, version = excluded.version"));
    q.addBindValue(idText(c.id));
    q.addBindValue(RequisitionRecord::text(c.name));
    q.addBindValue(RecordJson::stringListToText(c.emails));
    q.addBindValue(RecordJson::stringListToText(c.phones));
    q.addBindValue(RecordJson::stringListToText(c.links));
    q.addBindValue(RequisitionRecord::text(c.source));
    q.addBindValue(RecordJson::stringListToText(c.tags));
    q.addBindValue(c.createdAt.isValid() ? QVariant(RecordJson::timeText(c.createdAt))
                                         : QVariant());
    q.addBindValue(RequisitionRecord::text(RecordJson::timeText(c.updatedAt)));
    q.addBindValue(c.version);
    if (!q.exec())
        return sqlError(q, QStringLiteral("save candidate"));
    if (origin == WriteOrigin::LocalEdit) {
        const QJsonObject after = WireCodec::toJson(c);
        OutboxEntry entry;
        entry.entity = kEntity;
        entry.entityId = c.id;
        if (existing->has_value()) {
            const QJsonObject before = WireCodec::toJson(**existing);
            entry.op = OutboxOp::Update;
            entry.baseVersion = (*existing)->version;
            entry.changes = RecordJson::changedFields(before, after);
            if (entry.changes.isEmpty())
                return {};
            // The row held the last server copy: it stays as the edit's base.
            if (auto s = SyncStateRepository::keepBaseCopy(
                        db, BaseCopy{kEntity, c.id, entry.baseVersion, before});
                !s)
                return s;
        } else {
            entry.op = OutboxOp::Insert;
            entry.changes = RecordJson::insertFields(after);
            // Created again after a deletion seen here (an undone delete): the insert names the
            // deletion's version so the server restores the record instead of reporting an
            // edit_delete conflict, unless someone else wrote it since (docs/sync-protocol.md).
            auto deleted = SyncStateRepository::takeTombstone(db, kEntity, c.id);
            if (!deleted)
                return deleted.error();
            entry.baseVersion = deleted->value_or(0);
        }
        return OutboxRepository::append(db, entry);
    }
    if (auto s = SyncStateRepository::removeTombstone(db, kEntity, c.id); !s)
        return s;
    // The row is the server copy now, so it is the base; a copy kept for edits goes.
    return SyncStateRepository::removeBaseCopy(db, kEntity, c.id);
}

} // namespace

CandidateRepository::CandidateRepository(Database &database)
    : m_database(database)
{}

Status CandidateRepository::save(const Candidate &candidate, WriteOrigin origin)
{
    return saveAll({candidate}, origin);
}

Status CandidateRepository::saveAll(const QList<Candidate> &candidates, WriteOrigin origin)
{
    Transaction tx(m_database.connection());
    if (auto s = tx.begin(); !s)
        return s;
    for (const Candidate &c : candidates) {
        if (auto s = saveOne(m_database.connection(), c, origin); !s)
            return s;
    }
    return tx.commit();
}

Result<ApplyOutcome> CandidateRepository::applyServerCopy(const Candidate &server)
{
    return Internal::applyServerCopy(
            m_database.connection(), kEntity, server, [](QSqlDatabase db, const Candidate &c) {
                return saveOne(db, c, WriteOrigin::Sync);
            });
}

Result<Candidate> CandidateRepository::find(const QUuid &id) const
{
    auto found = load(m_database.connection(), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no candidate %1").arg(idText(id)));
    return **found;
}

Status CandidateRepository::remove(const QUuid &id, WriteOrigin origin)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto existing = load(db, id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no candidate %1").arg(idText(id)));
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ?"));
    del.addBindValue(idText(id));
    if (!del.exec())
        return sqlError(del, QStringLiteral("delete candidate"));
    const qint64 version = (*existing)->version;
    if (auto s = SyncStateRepository::putTombstone(db, kEntity, id, version); !s)
        return s;
    if (origin == WriteOrigin::LocalEdit) {
        OutboxEntry entry;
        entry.entity = kEntity;
        entry.entityId = id;
        entry.op = OutboxOp::Delete;
        entry.baseVersion = version;
        if (auto s = SyncStateRepository::keepBaseCopy(
                    db, BaseCopy{kEntity, id, version, WireCodec::toJson(**existing)});
            !s)
            return s;
        if (auto s = OutboxRepository::append(db, entry); !s)
            return s;
    } else if (auto s = SyncStateRepository::removeBaseCopy(db, kEntity, id); !s) {
        return s;
    }
    return tx.commit();
}

Result<CandidatePage> CandidateRepository::page(const QString &namePrefix,
                                                const std::optional<PageCursor> &after,
                                                int limit) const
{
    limit = std::max(1, limit);
    QStringList where;
    QVariantList binds;
    if (!namePrefix.isEmpty()) {
        // LIKE is case-insensitive for ASCII like the NOCASE order; wildcards are escaped.
        QString escaped = namePrefix;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where << QStringLiteral("name LIKE ? ESCAPE '\\'");
        binds << QString(escaped + QLatin1Char('%'));
    }
    if (after) {
        const QString v = RequisitionRecord::text(after->value.toString());
        where << QStringLiteral("name COLLATE NOCASE >= ? AND (name COLLATE NOCASE > ? OR id > ?)");
        binds << v << v << idText(after->id);
    }
    QString sql = kSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT ?");
    binds << limit + 1;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, QStringLiteral("page candidates"));
    CandidatePage page;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = PageCursor{page.rows.constLast().name, page.rows.constLast().id};
            break;
        }
        page.rows.append(fromQuery(q));
    }
    return page;
}

} // namespace Reqdesk::Store
