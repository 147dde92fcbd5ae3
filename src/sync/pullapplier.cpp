#include "sync/pullapplier.h"

#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/recordjson.h"
#include "store/requisitionrepository.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "sync/synclogging.h"

#include <QSqlQuery>

namespace Reqdesk::Sync {

using Core::ErrorCode;
using Core::makeError;
using Core::WireCodec;
using Store::SyncStateRepository;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

PullApplier::PullApplier(Store::Database &database, RoundReport &report, QSet<QString> &changed)
    : m_database(database)
    , m_report(report)
    , m_changed(changed)
{}

Core::Status
PullApplier::deleteLocal(QSqlDatabase db, const QString &entity, const QUuid &id, qint64 version)
{
    const QString table = SyncStateRepository::tableOf(entity);
    QSqlQuery q(db);
    // The table name comes from a fixed list (tableOf), never from the wire.
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(idText(id));
    if (!q.exec())
        return Store::sqlError(q, QStringLiteral("delete %1").arg(entity));
    if (auto s = SyncStateRepository::removeBaseCopy(db, entity, id); !s)
        return s;
    return SyncStateRepository::putTombstone(db, entity, id, version);
}

Core::Status PullApplier::apply(const QString &entity, const QString &op, const QJsonObject &row)
{
    RoundReport &report = m_report;
    QSqlDatabase db = m_database.connection();
    const QUuid id = QUuid::fromString(row.value(QStringLiteral("id")).toString());
    const qint64 version = row.value(QStringLiteral("version")).toInteger();
    if (id.isNull())
        return makeError(ErrorCode::BadResponse,
                         QStringLiteral("a pulled %1 without id").arg(entity));
    if (entity == QLatin1String("conflict")) {
        Store::Conflict conflict;
        conflict.id = id;
        conflict.entity = row.value(QStringLiteral("entity")).toString();
        conflict.entityId = QUuid::fromString(row.value(QStringLiteral("entity_id")).toString());
        const QString field = row.value(QStringLiteral("field")).toString();
        conflict.field = field.isEmpty() ? row.value(QStringLiteral("kind")).toString() : field;
        conflict.baseValue = row.value(QStringLiteral("base_value"));
        conflict.localValue = row.value(QStringLiteral("client_value"));
        conflict.serverValue = row.value(QStringLiteral("server_value"));
        conflict.createdAt = Store::RecordJson::timeFromText(
                row.value(QStringLiteral("created_at")).toString());
        conflict.resolved = row.value(QStringLiteral("resolved")).toBool();
        if (op == QLatin1String("delete")) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE conflicts SET resolved = 1 WHERE id = ?"));
            q.addBindValue(idText(id));
            if (!q.exec())
                return Store::sqlError(q, QStringLiteral("drop conflict"));
            return {};
        }
        ++report.pulled;
        m_changed.insert(QStringLiteral("conflict:") + idText(id));
        return Store::ConflictRepository::record(db, conflict);
    }
    if (SyncStateRepository::tableOf(entity).isEmpty()) {
        qCInfo(lcSync) << "skipping a pulled row of unknown entity" << entity;
        return {};
    }
    ++report.pulled;
    if (op == QLatin1String("delete")) {
        auto outcome = SyncStateRepository::decide(db, entity, id, version);
        if (!outcome)
            return outcome.error();
        if (*outcome == Store::ApplyOutcome::SkippedDeleted)
            return {};
        if (*outcome == Store::ApplyOutcome::BaseOnly) {
            // Local edits wait for upload (or were set aside): keep the row so nothing is
            // discarded silently — a delete over them, or lost access (SYNC.md 19) — and tell
            // the user; remember the deletion so the base is right.
            report.keptLocal.append(entity + u':' + idText(id));
            if (auto s = SyncStateRepository::removeBaseCopy(db, entity, id); !s)
                return s;
            return SyncStateRepository::putTombstone(db, entity, id, version);
        }
        m_changed.insert(entity + u':' + idText(id));
        return deleteLocal(db, entity, id, version);
    }
    Core::Result<Store::ApplyOutcome> outcome = Store::ApplyOutcome::SkippedOlder;
    const auto lenient = Core::Strictness::Lenient;
    if (entity == QLatin1String("requisition")) {
        auto record = WireCodec::requisitionFromJson(row, lenient);
        if (!record)
            return record.error();
        outcome = Store::RequisitionRepository(m_database).applyServerCopy(*record);
    } else if (entity == QLatin1String("candidate")) {
        auto record = WireCodec::candidateFromJson(row, lenient);
        if (!record)
            return record.error();
        outcome = Store::CandidateRepository(m_database).applyServerCopy(*record);
    } else if (entity == QLatin1String("application")) {
        auto record = WireCodec::applicationFromJson(row, lenient);
        if (!record)
            return record.error();
        outcome = Store::ApplicationRepository(m_database).applyServerCopy(*record);
    } else if (entity == QLatin1String("stage_event") || entity == QLatin1String("note")) {
        // Append-only: stored once; a re-sent copy (visibility) changes nothing.
        outcome = SyncStateRepository::decide(db, entity, id, version);
        if (outcome && *outcome == Store::ApplyOutcome::Applied) {
            Store::ApplicationRepository applications(m_database);
            if (entity == QLatin1String("note")) {
                auto note = WireCodec::noteFromJson(row, lenient);
                if (!note)
                    return note.error();
                if (auto s = applications.addNote(*note, Store::WriteOrigin::Sync); !s)
                    return s;
            } else {
                auto event = WireCodec::stageEventFromJson(row, lenient);
                if (!event)
                    return event.error();
                if (auto s = applications.addEvent(*event, Store::WriteOrigin::Sync); !s)
                    return s;
            }
            // Our own note or event coming back keeps its row (append-only) but takes the
            // server's version, so replays skip it and the checksum sees it as synced.
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE %1 SET version = ? WHERE id = ?")
                              .arg(SyncStateRepository::tableOf(entity)));
            q.addBindValue(version);
            q.addBindValue(idText(id));
            if (!q.exec())
                return Store::sqlError(q, QStringLiteral("store %1 version").arg(entity));
        }
    }
    if (!outcome)
        return outcome.error();
    if (*outcome == Store::ApplyOutcome::Applied)
        m_changed.insert(entity + u':' + idText(id));
    return {};
}

} // namespace Reqdesk::Sync
