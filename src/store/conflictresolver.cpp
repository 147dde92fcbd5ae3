#include "store/conflictresolver.h"

#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

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

// A record that is not in the cache is an answer here, not a failure.
template<typename T>
Result<std::optional<QJsonObject>> jsonOf(const Result<T> &found)
{
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return std::optional<QJsonObject>();
        return found.error();
    }
    return std::optional<QJsonObject>(WireCodec::toJson(*found));
}

QString queueText(const QJsonArray &queue)
{
    return QString::fromUtf8(QJsonDocument(queue).toJson(QJsonDocument::Compact));
}

} // namespace

ConflictResolver::ConflictResolver(Database &database)
    : m_database(database)
{}

bool ConflictResolver::isServerSide(const QString &field)
{
    // These need the server to re-create, delete or re-check the state machine, so no local
    // edit can stand for them.
    return field == QLatin1String("edit_delete") || field == QLatin1String("delete_edit")
           || field == QLatin1String("parent_deleted") || field == QLatin1String("stage");
}

Result<std::optional<QJsonObject>> ConflictResolver::recordJson(const QString &entity,
                                                                const QUuid &id) const
{
    if (entity == QLatin1String("requisition"))
        return jsonOf(RequisitionRepository(m_database).find(id));
    if (entity == QLatin1String("candidate"))
        return jsonOf(CandidateRepository(m_database).find(id));
    if (entity == QLatin1String("application"))
        return jsonOf(ApplicationRepository(m_database).find(id));
    return std::optional<QJsonObject>();
}

Result<QString> ConflictResolver::recordTitle(const QString &entity,
                                              const QJsonObject &record) const
{
    if (entity == QLatin1String("requisition"))
        return record.value(QStringLiteral("title")).toString();
    if (entity == QLatin1String("candidate"))
        return record.value(QStringLiteral("name")).toString();
    if (entity != QLatin1String("application"))
        return QString();
    // An application is known by who applied to what.
    auto candidate = recordJson(
            QStringLiteral("candidate"),
            QUuid::fromString(record.value(QStringLiteral("candidate_id")).toString()));
    if (!candidate)
        return candidate.error();
    auto requisition = recordJson(
            QStringLiteral("requisition"),
            QUuid::fromString(record.value(QStringLiteral("requisition_id")).toString()));
    if (!requisition)
        return requisition.error();
    QStringList parts;
    if (*candidate)
        parts << (*candidate)->value(QStringLiteral("name")).toString();
    if (*requisition)
        parts << (*requisition)->value(QStringLiteral("title")).toString();
    return parts.join(QStringLiteral(" \u2014 "));
}

Result<QStringList> ConflictResolver::titlesOf(const QStringList &keys) const
{
    QStringList titles;
    titles.reserve(keys.size());
    for (const QString &key : keys) {
        const QString entity = key.section(u':', 0, 0);
        auto record = recordJson(entity, QUuid::fromString(key.section(u':', 1)));
        if (!record)
            return record.error();
        if (!*record) {
            titles << QString();
            continue;
        }
        auto title = recordTitle(entity, **record);
        if (!title)
            return title.error();
        titles << *title;
    }
    return titles;
}

Result<QList<ConflictRow>> ConflictResolver::openRows() const
{
    auto open = ConflictRepository(m_database).open();
    if (!open)
        return open.error();
    QList<ConflictRow> rows;
    rows.reserve(open->size());
    for (const Conflict &c : std::as_const(*open)) {
        ConflictRow row;
        row.conflict = c;
        auto record = recordJson(c.entity, c.entityId);
        if (!record)
            return record.error();
        if (*record) {
            row.recordExists = true;
            if (!isServerSide(c.field) || c.field == QLatin1String("stage"))
                row.currentValue = (*record)->value(c.field);
            auto title = recordTitle(c.entity, **record);
            if (!title)
                return title.error();
            row.recordTitle = *title;
        }
        rows.append(row);
    }
    return rows;
}

Status ConflictResolver::setField(const QString &entity,
                                  const QUuid &id,
                                  const QString &field,
                                  const QJsonValue &value)
{
    // The stored record with one field replaced, decoded strictly: a value of the wrong type
    // is refused here instead of travelling to the server.
    const QJsonObject change{{field, value}};
    const auto strict = Strictness::Strict;
    if (entity == QLatin1String("requisition")) {
        RequisitionRepository repository(m_database);
        auto stored = repository.find(id);
        if (!stored)
            return stored.error();
        auto edited = WireCodec::requisitionFromJson(
                WireCodec::applyChanges(WireCodec::toJson(*stored), change), strict);
        if (!edited)
            return edited.error();
        return repository.save(*edited, WriteOrigin::LocalEdit);
    }
    if (entity == QLatin1String("candidate")) {
        CandidateRepository repository(m_database);
        auto stored = repository.find(id);
        if (!stored)
            return stored.error();
        auto edited = WireCodec::candidateFromJson(
                WireCodec::applyChanges(WireCodec::toJson(*stored), change), strict);
        if (!edited)
            return edited.error();
        return repository.save(*edited, WriteOrigin::LocalEdit);
    }
    if (entity == QLatin1String("application")) {
        ApplicationRepository repository(m_database);
        auto stored = repository.find(id);
        if (!stored)
            return stored.error();
        auto edited = WireCodec::applicationFromJson(
                WireCodec::applyChanges(WireCodec::toJson(*stored), change), strict);
        if (!edited)
            return edited.error();
        return repository.save(*edited, WriteOrigin::LocalEdit);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("cannot edit a %1 to resolve a conflict").arg(entity));
}

Result<ConflictOutcome>
ConflictResolver::resolve(const QUuid &conflictId, ConflictChoice choice, const QJsonValue &value)
{
    ConflictRepository conflicts(m_database);
    auto found = conflicts.find(conflictId);
    if (!found)
        return found.error();
    if (!*found || (*found)->resolved)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no open conflict %1").arg(idText(conflictId)));
    const Conflict conflict = **found;
    const bool serverSide = isServerSide(conflict.field);
    if (choice == ConflictChoice::UseValue
        && (conflict.field == QLatin1String("edit_delete")
            || conflict.field == QLatin1String("delete_edit")
            || conflict.field == QLatin1String("parent_deleted")))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a whole-record conflict takes mine or theirs"));

    QJsonObject queued{{QStringLiteral("id"), idText(conflictId)},
                       {QStringLiteral("resolution"), QStringLiteral("server")}};
    if (serverSide && choice == ConflictChoice::KeepMine)
        queued.insert(QStringLiteral("resolution"), QStringLiteral("client"));
    if (serverSide && choice == ConflictChoice::UseValue) {
        queued.insert(QStringLiteral("resolution"), QStringLiteral("value"));
        queued.insert(QStringLiteral("value"), value);
    }

    ConflictOutcome outcome;
    outcome.conflictId = conflictId;
    outcome.entity = conflict.entity;
    outcome.entityId = conflict.entityId;
    outcome.choice = choice;

    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (!serverSide && choice != ConflictChoice::KeepTheirs) {
        auto record = recordJson(conflict.entity, conflict.entityId);
        if (!record)
            return record.error();
        if (!*record)
            return makeError(
                    ErrorCode::NotFound,
                    QStringLiteral("the %1 is no longer in the cache").arg(conflict.entity));
        outcome.before = (*record)->value(conflict.field);
        outcome.after = choice == ConflictChoice::KeepMine ? conflict.localValue : value;
        if (auto s = setField(conflict.entity, conflict.entityId, conflict.field, outcome.after);
            !s)
            return s.error();
        outcome.edited = outcome.before != outcome.after;
    }
    if (choice == ConflictChoice::KeepTheirs && conflict.field == QLatin1String("edit_delete")
        && !SyncStateRepository::tableOf(conflict.entity).isEmpty()) {
        // An edit or re-create against a server-side delete, answered "keep theirs": the local
        // row the server never took goes too (no feed row will remove it).
        auto tombstone
                = SyncStateRepository(m_database).tombstone(conflict.entity, conflict.entityId);
        if (!tombstone)
            return tombstone.error();
        QSqlQuery q(db);
        // The table name comes from a fixed list (tableOf), never from the wire.
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?")
                          .arg(SyncStateRepository::tableOf(conflict.entity)));
        q.addBindValue(idText(conflict.entityId));
        if (!q.exec())
            return sqlError(q, QStringLiteral("delete %1").arg(conflict.entity));
        if (auto s = SyncStateRepository::removeBaseCopy(db, conflict.entity, conflict.entityId);
            !s)
            return s.error();
        if (auto s = SyncStateRepository::putTombstone(
                    db, conflict.entity, conflict.entityId, tombstone->value_or(0));
            !s)
            return s.error();
        outcome.deletedLocal = true;
    }

    auto pending = SyncStateRepository(m_database).value(QLatin1String(pendingResolutionsKey));
    if (!pending)
        return pending.error();
    QJsonArray queue = QJsonDocument::fromJson(pending->value_or(QString()).toUtf8()).array();
    queue.append(queued);
    if (auto s = SyncStateRepository::setValueIn(
                db, QLatin1String(pendingResolutionsKey), queueText(queue));
        !s)
        return s.error();
    if (auto s = conflicts.resolve(conflictId); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status ConflictResolver::reopen(const ConflictOutcome &outcome)
{
    ConflictRepository conflicts(m_database);
    auto found = conflicts.find(outcome.conflictId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no conflict %1").arg(idText(outcome.conflictId)));
    const Conflict conflict = **found;
    if (!conflict.resolved)
        return makeError(ErrorCode::IllegalTransition, QStringLiteral("the conflict is open"));
    if (outcome.deletedLocal)
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("the record was removed from the cache"));

    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (outcome.edited) {
        auto record = recordJson(conflict.entity, conflict.entityId);
        if (!record)
            return record.error();
        // Someone (a sync, another edit) changed the field since: reverting would lose that.
        if (!*record || (*record)->value(conflict.field) != outcome.after)
            return makeError(ErrorCode::IllegalTransition,
                             QStringLiteral("%1 has changed since").arg(conflict.field));
        if (auto s = setField(conflict.entity, conflict.entityId, conflict.field, outcome.before);
            !s)
            return s;
    }
    // A resolution not yet sent is taken back; one already sent stays sent (the server's
    // record is closed) and resolving again here is harmless (already resolved: dropped).
    auto pending = SyncStateRepository(m_database).value(QLatin1String(pendingResolutionsKey));
    if (!pending)
        return pending.error();
    QJsonArray queue = QJsonDocument::fromJson(pending->value_or(QString()).toUtf8()).array();
    for (qsizetype i = queue.size() - 1; i >= 0; --i) {
        if (queue.at(i).toObject().value(QStringLiteral("id")).toString()
            == idText(outcome.conflictId)) {
            queue.removeAt(i);
            break;
        }
    }
    if (auto s = SyncStateRepository::setValueIn(
                db, QLatin1String(pendingResolutionsKey), queueText(queue));
        !s)
        return s;
    if (auto s = conflicts.reopen(outcome.conflictId); !s)
        return s;
    return tx.commit();
}

} // namespace Reqdesk::Store
