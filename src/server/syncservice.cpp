#include "server/syncservice.h"

#include "core/rules/applicationstatemachine.h"
#include "core/stage.h"
#include "core/wire/wirecodec.h"
#include "server/jsontext.h"
#include "server/serverstorage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <chrono>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Result;
using Core::Status;
using Core::WireCodec;

/// One request's state: who asks, their connection and rules, and the transaction's counter.
struct SyncService::Context
{
    const Principal &principal;
    ServerStorage &storage;
    QDateTime now;
    RecordAccess access;
    qint64 pendingSeq = 0; ///< taken at the start of the transaction, not yet used by a write
    bool seqUsed = false;
    /// Records this push deleted ("entity:id"), with the version each delete was made from: a
    /// later insert of the same push from that version restores the record (an undone delete
    /// whose re-creation travels in the same batch, before the client saw the new version).
    QHash<QString, qint64> deletedFrom = {};

    QUuid tenant() const { return principal.user.tenantId; }

    /// The next counter value for one record write inside the current transaction.
    Result<qint64> nextSeq()
    {
        if (!seqUsed) {
            seqUsed = true;
            return pendingSeq;
        }
        return storage.takeChangeSeq(tenant());
    }
};

namespace {

const QString kOutcome = QStringLiteral("outcome");
const QString kVersion = QStringLiteral("version");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString cursorText(qint64 seq)
{
    return QString::number(seq);
}

QJsonObject rejected(const QString &code, const QString &reason)
{
    return {{kOutcome, QStringLiteral("rejected")},
            {QStringLiteral("code"), code},
            {QStringLiteral("reason"), reason}};
}

QJsonObject outcome(const QString &name, qint64 version)
{
    return {{kOutcome, name}, {kVersion, double(version)}};
}

/// A client-made record id: 36 characters, dashes, not nil (as the wire format says).
QUuid parseId(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 36)
        return QUuid();
    return QUuid::fromString(text);
}

/// The parent references kept beside the data, for authorisation lookups.
void setRefs(SyncRecord &record)
{
    const QJsonObject &data = record.data;
    if (record.entity == QLatin1String("application")) {
        record.ref1 = data.value(QStringLiteral("requisition_id")).toString();
        record.ref2 = data.value(QStringLiteral("candidate_id")).toString();
    } else if (record.entity == QLatin1String("note")
               || record.entity == QLatin1String("stage_event")) {
        record.ref1 = data.value(QStringLiteral("application_id")).toString();
    }
}

/// The parents of a child entity: (parent entity, the child's reference field).
QList<std::pair<QString, QString>> parentsOf(const QString &entity)
{
    if (entity == QLatin1String("application")) {
        return {{QStringLiteral("requisition"), QStringLiteral("requisition_id")},
                {QStringLiteral("candidate"), QStringLiteral("candidate_id")}};
    }
    if (entity == QLatin1String("note") || entity == QLatin1String("stage_event"))
        return {{QStringLiteral("application"), QStringLiteral("application_id")}};
    return {};
}

bool appendOnly(const QString &entity)
{
    return entity == QLatin1String("note") || entity == QLatin1String("stage_event");
}

/// Client display times: applied as sent, never a conflict (merges never read a clock).
bool isDisplayTime(const QString &field)
{
    return field == QLatin1String("created_at") || field == QLatin1String("updated_at");
}

QJsonObject withoutVersion(QJsonObject data)
{
    data.remove(kVersion);
    return data;
}

qint64 jsonInteger(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

Result<qint64> parseCursor(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (text.isEmpty() || text.size() > 18 || !ok || value < 0 || !digits.match(text).hasMatch()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cursor must be a decimal number, got '%1'").arg(text));
    }
    return value;
}

} // namespace

SyncService::SyncService(SyncLimits limits, SyncCounters *counters)
    : m_limits(limits)
    , m_counters(counters)
{}

std::pair<int, int> SyncService::protocolRange()
{
    // Only tests set the hook: a build cannot really speak another release's protocol, but the
    // clients' handling of an older or newer server is worth testing end to end.
    static const std::pair<int, int> range = [] {
        const QStringList parts = qEnvironmentVariable("REQDESK_TEST_PROTOCOL_RANGE").split(u'-');
        bool okMin = false;
        bool okMax = false;
        const int minimum = parts.value(0).toInt(&okMin);
        const int maximum = parts.value(1).toInt(&okMax);
        if (parts.size() == 2 && okMin && okMax && minimum >= 0 && minimum <= maximum)
            return std::pair{minimum, maximum};
        return std::pair{ProtocolMin, ProtocolMax};
    }();
    return range;
}

const QStringList &SyncService::recordEntities()
{
    static const QStringList entities{QStringLiteral("requisition"),
                                      QStringLiteral("candidate"),
                                      QStringLiteral("application"),
                                      QStringLiteral("stage_event"),
                                      QStringLiteral("note")};
    return entities;
}

namespace {

// Decodes strictly and encodes again, so the stored form is the canonical wire form.
template<typename Decode>
Result<QJsonObject> canonical(const QJsonObject &data, Decode decode)
{
    auto record = decode(data, Core::Strictness::Strict);
    if (!record)
        return record.error();
    return WireCodec::toJson(*record);
}

} // namespace

Result<QJsonObject> SyncService::normalize(const QString &entity, const QJsonObject &data)
{
    if (entity == QLatin1String("requisition"))
        return canonical(data, &WireCodec::requisitionFromJson);
    if (entity == QLatin1String("candidate"))
        return canonical(data, &WireCodec::candidateFromJson);
    if (entity == QLatin1String("application"))
        return canonical(data, &WireCodec::applicationFromJson);
    if (entity == QLatin1String("stage_event"))
        return canonical(data, &WireCodec::stageEventFromJson);
    if (entity == QLatin1String("note"))
        return canonical(data, &WireCodec::noteFromJson);
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown entity '%1'").arg(entity));
}

Result<int> SyncService::parseLimit(const QString &text, int fallback, int maximum)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("limit must be a positive integer, got '%1'").arg(text));
    }
    return std::min(value, maximum);
}

Result<QJsonObject>
SyncService::meta(const Principal &principal, ServerStorage &storage, const QDateTime &now) const
{
    auto epoch = storage.epoch();
    if (!epoch)
        return epoch.error();
    auto head = storage.syncHead(principal.user.tenantId);
    if (!head)
        return head.error();
    const UserRecord &user = principal.user;
    QJsonArray entities;
    for (const QString &entity : recordEntities())
        entities.append(entity);
    entities.append(QStringLiteral("conflict"));
    return QJsonObject{
            {QStringLiteral("protocol"),
             QJsonObject{{QStringLiteral("min"), protocolRange().first},
                         {QStringLiteral("max"), protocolRange().second}}},
            {QStringLiteral("epoch"), idText(*epoch)},
            {QStringLiteral("server_time"), WireCodec::dateTimeValue(now)},
            {QStringLiteral("cursor"), cursorText(head->seq)},
            {QStringLiteral("purge_horizon"), cursorText(head->purgedSeq)},
            {QStringLiteral("limits"),
             QJsonObject{{QStringLiteral("push_max_mutations"), m_limits.pushMaxMutations},
                         {QStringLiteral("push_max_bytes"), double(m_limits.pushMaxBytes)},
                         {QStringLiteral("changes_max_limit"), m_limits.changesMaxLimit},
                         {QStringLiteral("snapshot_max_limit"), m_limits.snapshotMaxLimit},
                         {QStringLiteral("tombstone_days"), m_limits.tombstoneDays}}},
            {QStringLiteral("entities"), entities},
            {QStringLiteral("user"),
             QJsonObject{
                     {QStringLiteral("id"), idText(user.id)},
                     {QStringLiteral("name"), user.name},
                     {QStringLiteral("role"), roleName(user.role)},
                     {QStringLiteral("org"), user.org},
                     {QStringLiteral("pay_access"), user.role != Role::Viewer || user.payAccess}}},
    };
}

Result<QJsonObject> SyncService::push(const Principal &principal,
                                      const QJsonObject &body,
                                      ServerStorage &storage,
                                      const QDateTime &now) const
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("device_id") && it.key() != QLatin1String("mutations")) {
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("push.%1: unknown field").arg(it.key()));
        }
    }
    if (body.contains(QStringLiteral("device_id"))) {
        const QUuid device = QUuid::fromString(body.value(QStringLiteral("device_id")).toString());
        if (device != principal.deviceId) {
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("push.device_id: not the device of this token"));
        }
    }
    if (!body.value(QStringLiteral("mutations")).isArray())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("push.mutations: expected an array"));
    const QJsonArray mutations = body.value(QStringLiteral("mutations")).toArray();
    if (mutations.size() > m_limits.pushMaxMutations) {
        return makeError(ErrorCode::PayloadTooLarge,
                         QStringLiteral("at most %1 mutations per push, got %2")
                                 .arg(m_limits.pushMaxMutations)
                                 .arg(mutations.size()));
    }

    Context context{principal, storage, now, RecordAccess(principal.user, storage)};
    QJsonArray results;
    for (const QJsonValue &mutation : mutations) {
        const QJsonObject object = mutation.toObject();
        const QString mutationId = object.value(QStringLiteral("mutation_id")).toString();
        const bool ledgered = !mutationId.isEmpty() && mutationId.size() <= 128;
        QJsonObject result;
        bool rollbackOnly = false;
        context.access.forget(); // the previous mutation may have moved a parent
        const Status status = storage.transaction([&]() -> Status {
            // The counter row first: it serialises this tenant's writers (and SQLite takes its
            // write lock here, waiting instead of failing later on a lock upgrade).
            auto seq = storage.takeChangeSeq(context.tenant());
            if (!seq)
                return seq.error();
            context.pendingSeq = *seq;
            context.seqUsed = false;
            if (ledgered) {
                auto stored = storage.findLedgerEntry(principal.deviceId, mutationId);
                if (!stored)
                    return stored.error();
                if (stored->has_value()) {
                    result = **stored;
                    result.insert(QStringLiteral("original"), result.value(kOutcome));
                    result.insert(kOutcome, QStringLiteral("duplicate"));
                    rememberReplayedDelete(context, object, result);
                    rollbackOnly = true;
                    return makeError(ErrorCode::AlreadyExists, QStringLiteral("replay"));
                }
            }
            auto applied = applyMutation(context, mutation);
            if (!applied)
                return applied.error();
            result = *applied;
            result.insert(QStringLiteral("mutation_id"), mutationId);
            if (!ledgered) {
                rollbackOnly = true;
                return makeError(ErrorCode::AlreadyExists, QStringLiteral("not ledgered"));
            }
            return storage.insertLedgerEntry(principal.deviceId, mutationId, result, now);
        });
        if (!status && !rollbackOnly)
            return status.error();
        result.insert(QStringLiteral("mutation_id"), mutationId);
        results.append(result);
        if (m_counters)
            ++m_counters->mutationsPushed;
    }
    auto head = storage.syncHead(principal.user.tenantId);
    if (!head)
        return head.error();
    return QJsonObject{{QStringLiteral("results"), results},
                       {QStringLiteral("cursor"), cursorText(head->seq)}};
}

Result<QJsonObject> SyncService::applyMutation(Context &context, const QJsonValue &mutation) const
{
    if (!mutation.isObject())
        return rejected(QStringLiteral("bad_mutation"), QStringLiteral("a mutation is an object"));
    const QJsonObject object = mutation.toObject();
    static const QStringList known{QStringLiteral("mutation_id"),
                                   QStringLiteral("entity"),
                                   QStringLiteral("entity_id"),
                                   QStringLiteral("op"),
                                   QStringLiteral("base_version"),
                                   QStringLiteral("changes")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return rejected(QStringLiteral("bad_mutation"),
                            QStringLiteral("mutation.%1: unknown field").arg(it.key()));
        }
    }
    const QString mutationId = object.value(QStringLiteral("mutation_id")).toString();
    if (mutationId.isEmpty() || mutationId.size() > 128) {
        return rejected(QStringLiteral("bad_mutation"),
                        QStringLiteral("mutation.mutation_id: a string of 1 to 128 characters"));
    }
    const QString entity = object.value(QStringLiteral("entity")).toString();
    if (!recordEntities().contains(entity)) {
        return rejected(QStringLiteral("bad_mutation"),
                        QStringLiteral("mutation.entity: unknown entity '%1'").arg(entity));
    }
    const QUuid id = parseId(object.value(QStringLiteral("entity_id")));
    if (id.isNull()) {
        return rejected(QStringLiteral("bad_mutation"),
                        QStringLiteral("mutation.entity_id: expected a UUID"));
    }
    const QJsonValue base = object.value(QStringLiteral("base_version"));
    if (!base.isUndefined() && (!base.isDouble() || base.toDouble() < 0)) {
        return rejected(QStringLiteral("bad_mutation"),
                        QStringLiteral("mutation.base_version: expected an integer >= 0"));
    }
    const qint64 baseVersion = jsonInteger(base);
    const QJsonValue changes = object.value(QStringLiteral("changes"));
    if (!changes.isUndefined() && !changes.isNull() && !changes.isObject()) {
        return rejected(QStringLiteral("bad_mutation"),
                        QStringLiteral("mutation.changes: expected an object"));
    }
    const QString op = object.value(QStringLiteral("op")).toString();
    if (op != QLatin1String("delete") && context.access.readOnly())
        return rejected(QStringLiteral("read_only"), QStringLiteral("viewers are read-only"));
    if (op == QLatin1String("insert"))
        return applyInsert(context, entity, id, baseVersion, changes.toObject());
    if (op == QLatin1String("update"))
        return applyUpdate(context, entity, id, baseVersion, changes.toObject());
    if (op == QLatin1String("delete")) {
        if (context.access.readOnly())
            return rejected(QStringLiteral("read_only"), QStringLiteral("viewers are read-only"));
        return applyDelete(context, entity, id, baseVersion);
    }
    return rejected(
            QStringLiteral("bad_mutation"),
            QStringLiteral("mutation.op: expected insert, update or delete, got '%1'").arg(op));
}

Result<QJsonObject> SyncService::applyInsert(Context &context,
                                             const QString &entity,
                                             const QUuid &id,
                                             qint64 baseVersion,
                                             const QJsonObject &changes) const
{
    QJsonObject full = changes;
    if (full.contains(QStringLiteral("id")) && parseId(full.value(QStringLiteral("id"))) != id) {
        return rejected(QStringLiteral("bad_mutation"),
                        QStringLiteral("%1.id: differs from entity_id").arg(entity));
    }
    full.insert(QStringLiteral("id"), idText(id));
    full.insert(kVersion, 0);
    auto normalised = normalize(entity, full);
    if (!normalised)
        return rejected(QStringLiteral("invalid"), normalised.error().detail);
    if (const Status allowed
        = context.access.canWrite(entity, RecordAccess::Write::Insert, *normalised);
        !allowed) {
        if (allowed.error().code != ErrorCode::PermissionDenied)
            return allowed.error();
        return rejected(QStringLiteral("permission_denied"), allowed.error().detail);
    }
    auto existing = context.storage.findRecord(context.tenant(), entity, id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const SyncRecord &record = **existing;
        if (record.deleted && mayRestore(context, record, baseVersion))
            return restore(context, record, *normalised);
        if (record.deleted) {
            auto conflict = recordConflict(context,
                                           record,
                                           QStringLiteral("edit_delete"),
                                           QString(),
                                           QJsonValue::Null,
                                           QJsonValue::Null,
                                           withoutVersion(*normalised),
                                           0);
            if (!conflict)
                return conflict.error();
            QJsonObject result = outcome(QStringLiteral("conflict"), record.version);
            result.insert(QStringLiteral("conflict_id"), *conflict);
            result.insert(QStringLiteral("conflict_ids"), QJsonArray{*conflict});
            return result;
        }
        // A replayed create (a new mutation id, same record) is harmless.
        QJsonObject mine = withoutVersion(*normalised);
        QJsonObject theirs = withoutVersion(record.data);
        if (appendOnly(entity) || mine == theirs)
            return outcome(QStringLiteral("duplicate"), record.version);
        QJsonObject differences = WireCodec::changedFields(theirs, mine);
        return applyUpdate(context, entity, id, 0, differences);
    }
    auto seq = context.nextSeq();
    if (!seq)
        return seq.error();
    SyncRecord record;
    record.entity = entity;
    record.id = id;
    record.version = *seq;
    record.createdVersion = *seq;
    record.data = *normalised;
    record.data.insert(kVersion, double(*seq));
    setRefs(record);
    if (const Status saved = context.storage.saveRecord(context.tenant(), record, {}); !saved)
        return saved.error();
    if (const Status touched = touchDependents(context, record, std::nullopt); !touched)
        return touched.error();
    // A child whose parent was deleted meanwhile is kept (nothing is lost) but recorded as a
    // conflict against the parent, to restore it or drop the child (SYNC.md scenario 17).
    QJsonArray conflictIds;
    for (const auto &[parentEntity, field] : parentsOf(entity)) {
        const QString parentId = record.data.value(field).toString();
        auto parent = context.storage.findRecord(
                context.tenant(), parentEntity, QUuid::fromString(parentId));
        if (!parent)
            return parent.error();
        if (!parent->has_value() || !(*parent)->deleted)
            continue; // present, or not arrived yet (a later batch): fine
        auto conflict = recordConflict(
                context,
                **parent,
                QStringLiteral("parent_deleted"),
                field,
                QJsonValue::Null,
                QJsonValue::Null,
                QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), idText(id)}},
                0);
        if (!conflict)
            return conflict.error();
        conflictIds.append(*conflict);
    }
    if (!conflictIds.isEmpty()) {
        QJsonObject result = outcome(QStringLiteral("conflict"), *seq);
        result.insert(QStringLiteral("conflict_id"), conflictIds.first());
        result.insert(QStringLiteral("conflict_ids"), conflictIds);
        return result;
    }
    return outcome(QStringLiteral("applied"), *seq);
}

void SyncService::rememberReplayedDelete(Context &context,
                                         const QJsonObject &mutation,
                                         const QJsonObject &result)
{
    if (mutation.value(QStringLiteral("op")).toString() != QLatin1String("delete")
        || result.value(QStringLiteral("original")).toString() != QLatin1String("applied"))
        return;
    const QUuid id = parseId(mutation.value(QStringLiteral("entity_id")));
    if (id.isNull())
        return;
    context.deletedFrom.insert(mutation.value(QStringLiteral("entity")).toString() + u':'
                                       + idText(id),
                               jsonInteger(mutation.value(QStringLiteral("base_version"))));
}

bool SyncService::mayRestore(const Context &context, const SyncRecord &deleted, qint64 baseVersion)
{
    if (baseVersion <= 0)
        return false; // a plain create of an id that was deleted: never a silent resurrection
    if (baseVersion == deleted.version)
        return true;
    const auto own = context.deletedFrom.constFind(deleted.entity + u':' + idText(deleted.id));
    return own != context.deletedFrom.cend() && *own == baseVersion;
}

Result<QJsonObject> SyncService::restore(Context &context,
                                         const SyncRecord &deleted,
                                         const QJsonObject &normalised) const
{
    auto seq = context.nextSeq();
    if (!seq)
        return seq.error();
    SyncRecord restored = deleted;
    restored.version = *seq;
    restored.deleted = false;
    restored.deletedAt = QDateTime();
    restored.data = normalised;
    restored.data.insert(kVersion, double(*seq));
    // Every field is written again by this client: later edits made from older versions clash.
    for (auto it = normalised.begin(); it != normalised.end(); ++it) {
        if (it.key() != kVersion)
            restored.fieldVersions.insert(it.key(), double(*seq));
    }
    setRefs(restored);
    if (const Status saved = context.storage.saveRecord(context.tenant(), restored, {}); !saved)
        return saved.error();
    if (const Status touched = touchDependents(context, restored, std::nullopt); !touched)
        return touched.error();
    return outcome(QStringLiteral("applied"), *seq);
}

Result<QJsonObject> SyncService::applyUpdate(Context &context,
                                             const QString &entity,
                                             const QUuid &id,
                                             qint64 baseVersion,
                                             QJsonObject changes) const
{
    if (appendOnly(entity)) {
        return rejected(QStringLiteral("append_only"),
                        QStringLiteral("%1 records are append-only").arg(entity));
    }
    auto existing = context.storage.findRecord(context.tenant(), entity, id);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) {
        return rejected(QStringLiteral("not_found"),
                        QStringLiteral("no %1 %2 on the server").arg(entity, idText(id)));
    }
    const SyncRecord &record = **existing;
    if (changes.contains(QStringLiteral("id"))) {
        if (parseId(changes.value(QStringLiteral("id"))) != id) {
            return rejected(QStringLiteral("bad_mutation"),
                            QStringLiteral("%1.id: differs from entity_id").arg(entity));
        }
        changes.remove(QStringLiteral("id"));
    }
    changes.remove(kVersion);

    auto normalised = normalize(entity, WireCodec::applyChanges(record.data, changes));
    if (!normalised)
        return rejected(QStringLiteral("invalid"), normalised.error().detail);
    for (const QJsonObject *data :
         std::initializer_list<const QJsonObject *>{&record.data, &*normalised}) {
        if (const Status allowed
            = context.access.canWrite(entity, RecordAccess::Write::Update, *data);
            !allowed) {
            if (allowed.error().code != ErrorCode::PermissionDenied)
                return allowed.error();
            return rejected(QStringLiteral("permission_denied"), allowed.error().detail);
        }
    }
    if (context.principal.user.role == Role::HiringManager
        && normalised->value(QStringLiteral("candidate_id"))
                   != record.data.value(QStringLiteral("candidate_id"))) {
        return rejected(QStringLiteral("permission_denied"),
                        QStringLiteral("hiring managers may not change candidate_id"));
    }
    if (record.deleted) {
        auto conflict = recordConflict(context,
                                       record,
                                       QStringLiteral("edit_delete"),
                                       QString(),
                                       QJsonValue::Null,
                                       QJsonValue::Null,
                                       changes,
                                       baseVersion);
        if (!conflict)
            return conflict.error();
        QJsonObject result = outcome(QStringLiteral("conflict"), record.version);
        result.insert(QStringLiteral("conflict_id"), *conflict);
        result.insert(QStringLiteral("conflict_ids"), QJsonArray{*conflict});
        return result;
    }

    struct Clash
    {
        QString kind;
        QString field;
    };
    QStringList apply;
    QList<Clash> clashes;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue mine = normalised->value(field);
        const QJsonValue theirs = record.data.value(field);
        if (mine == theirs)
            continue; // both sides agree (or the change is a no-op)
        if (isDisplayTime(field)) {
            apply.append(field);
            continue;
        }
        if (entity == QLatin1String("application") && field == QLatin1String("stage")) {
            const auto from = Core::stageFromName(theirs.toString());
            const auto to = Core::stageFromName(mine.toString());
            if (from && to && !Core::ApplicationStateMachine::isLegal(*from, *to)) {
                clashes.append({QStringLiteral("stage_move"), field});
                continue;
            }
        }
        if (record.fieldVersion(field) <= baseVersion)
            apply.append(field);
        else
            clashes.append({QStringLiteral("field"), field});
    }

    qint64 version = record.version;
    if (!apply.isEmpty()) {
        QJsonObject data = record.data;
        QJsonObject prior;
        for (const QString &field : std::as_const(apply)) {
            const QJsonValue value = normalised->value(field);
            prior.insert(field,
                         record.data.contains(field) ? record.data.value(field)
                                                     : QJsonValue(QJsonValue::Null));
            if (value.isUndefined())
                data.remove(field);
            else
                data.insert(field, value);
        }
        auto merged = normalize(entity, data);
        if (!merged) {
            return rejected(
                    QStringLiteral("invalid"),
                    QStringLiteral("the merged record is invalid: %1").arg(merged.error().detail));
        }
        auto seq = context.nextSeq();
        if (!seq)
            return seq.error();
        SyncRecord updated = record;
        updated.version = *seq;
        updated.data = *merged;
        updated.data.insert(kVersion, double(*seq));
        for (const QString &field : std::as_const(apply))
            updated.fieldVersions.insert(field, double(*seq));
        setRefs(updated);
        if (const Status saved = context.storage.saveRecord(context.tenant(), updated, prior);
            !saved) {
            return saved.error();
        }
        if (const Status touched = touchDependents(context, updated, record); !touched)
            return touched.error();
        version = *seq;
    }
    QJsonArray conflictIds;
    for (const Clash &clash : std::as_const(clashes)) {
        auto base = context.storage.priorFieldValue(
                context.tenant(), entity, id, baseVersion, clash.field);
        if (!base)
            return base.error();
        auto conflict = recordConflict(context,
                                       record,
                                       clash.kind,
                                       clash.field,
                                       base->isUndefined() ? QJsonValue(QJsonValue::Null) : *base,
                                       record.data.value(clash.field),
                                       normalised->value(clash.field),
                                       baseVersion);
        if (!conflict)
            return conflict.error();
        conflictIds.append(*conflict);
    }
    if (!conflictIds.isEmpty()) {
        QJsonObject result = outcome(QStringLiteral("conflict"), version);
        result.insert(QStringLiteral("conflict_id"), conflictIds.first());
        result.insert(QStringLiteral("conflict_ids"), conflictIds);
        return result;
    }
    return outcome(record.version > baseVersion ? QStringLiteral("merged")
                                                : QStringLiteral("applied"),
                   version);
}

Result<QJsonObject> SyncService::applyDelete(Context &context,
                                             const QString &entity,
                                             const QUuid &id,
                                             qint64 baseVersion) const
{
    if (appendOnly(entity)) {
        return rejected(QStringLiteral("append_only"),
                        QStringLiteral("%1 records are append-only").arg(entity));
    }
    auto existing = context.storage.findRecord(context.tenant(), entity, id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return outcome(QStringLiteral("applied"), 0);
    const SyncRecord &record = **existing;
    if (record.deleted) {
        // Both sides deleted. Undoing this delete later restores the record, as the rebased
        // re-creation of a later push would (it names this version).
        context.deletedFrom.insert(entity + u':' + idText(id), baseVersion);
        return outcome(QStringLiteral("applied"), record.version);
    }
    if (const Status allowed
        = context.access.canWrite(entity, RecordAccess::Write::Delete, record.data);
        !allowed) {
        if (allowed.error().code != ErrorCode::PermissionDenied)
            return allowed.error();
        return rejected(QStringLiteral("permission_denied"), allowed.error().detail);
    }
    if (record.version > baseVersion) {
        auto conflict = recordConflict(context,
                                       record,
                                       QStringLiteral("delete_edit"),
                                       QString(),
                                       QJsonValue::Null,
                                       withoutVersion(record.data),
                                       QJsonValue::Null,
                                       baseVersion);
        if (!conflict)
            return conflict.error();
        QJsonObject result = outcome(QStringLiteral("conflict"), record.version);
        result.insert(QStringLiteral("conflict_id"), *conflict);
        result.insert(QStringLiteral("conflict_ids"), QJsonArray{*conflict});
        return result;
    }
    auto seq = context.nextSeq();
    if (!seq)
        return seq.error();
    SyncRecord tombstone = record;
    tombstone.version = *seq;
    tombstone.deleted = true;
    tombstone.deletedAt = context.now;
    if (const Status saved = context.storage.saveRecord(context.tenant(), tombstone, {}); !saved)
        return saved.error();
    context.deletedFrom.insert(entity + u':' + idText(id), record.version);
    return outcome(QStringLiteral("applied"), *seq);
}

Status SyncService::touch(Context &context, const QString &entity, const QString &id) const
{
    auto found = context.storage.findRecord(context.tenant(), entity, QUuid::fromString(id));
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted)
        return {};
    auto seq = context.nextSeq();
    if (!seq)
        return seq.error();
    SyncRecord record = **found;
    record.version = *seq;
    record.data.insert(kVersion, double(*seq));
    return context.storage.saveRecord(context.tenant(), record, {});
}

Status SyncService::touchDependents(Context &context,
                                    const SyncRecord &record,
                                    const std::optional<SyncRecord> &before) const
{
    const auto children = [&](const QString &applicationId) -> Status {
        for (const QString &entity : {QStringLiteral("note"), QStringLiteral("stage_event")}) {
            auto rows = context.storage.recordsByRef(context.tenant(), entity, 1, applicationId);
            if (!rows)
                return rows.error();
            for (const SyncRecord &child : std::as_const(*rows)) {
                if (const Status done = touch(context, entity, idText(child.id)); !done)
                    return done;
            }
        }
        return {};
    };
    if (record.entity == QLatin1String("application")) {
        if (before && before->ref1 == record.ref1 && before->ref2 == record.ref2)
            return {};
        if (const Status done = touch(context, QStringLiteral("candidate"), record.ref2); !done)
            return done;
        return children(idText(record.id));
    }
    if (record.entity == QLatin1String("requisition")) {
        const QString org = QStringLiteral("org");
        if (!before || before->data.value(org) == record.data.value(org))
            return {};
        auto applications = context.storage.recordsByRef(
                context.tenant(), QStringLiteral("application"), 1, idText(record.id));
        if (!applications)
            return applications.error();
        for (const SyncRecord &application : std::as_const(*applications)) {
            for (const auto &[entity, id] :
                 {std::pair{QStringLiteral("application"), idText(application.id)},
                  std::pair{QStringLiteral("candidate"), application.ref2}}) {
                if (const Status done = touch(context, entity, id); !done)
                    return done;
            }
            if (const Status done = children(idText(application.id)); !done)
                return done;
        }
    }
    return {};
}

Result<QString> SyncService::recordConflict(Context &context,
                                            const SyncRecord &target,
                                            const QString &kind,
                                            const QString &field,
                                            const QJsonValue &baseValue,
                                            const QJsonValue &serverValue,
                                            const QJsonValue &clientValue,
                                            qint64 baseVersion) const
{
    auto seq = context.nextSeq();
    if (!seq)
        return seq.error();
    SyncRecord conflict;
    conflict.entity = QStringLiteral("conflict");
    conflict.id = QUuid::createUuid();
    conflict.version = *seq;
    conflict.createdVersion = *seq;
    conflict.ref1 = idText(target.id);
    conflict.ref2 = target.entity;
    conflict.data = QJsonObject{
            {QStringLiteral("id"), idText(conflict.id)},
            {QStringLiteral("entity"), target.entity},
            {QStringLiteral("entity_id"), idText(target.id)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("field"), field.isEmpty() ? QJsonValue(QJsonValue::Null) : field},
            {QStringLiteral("base_value"),
             baseValue.isUndefined() ? QJsonValue(QJsonValue::Null) : baseValue},
            {QStringLiteral("server_value"),
             serverValue.isUndefined() ? QJsonValue(QJsonValue::Null) : serverValue},
            {QStringLiteral("client_value"),
             clientValue.isUndefined() ? QJsonValue(QJsonValue::Null) : clientValue},
            {QStringLiteral("base_version"), double(baseVersion)},
            {QStringLiteral("server_version"), double(target.version)},
            {QStringLiteral("created_by"), context.principal.user.name},
            {QStringLiteral("device_id"), idText(context.principal.deviceId)},
            {QStringLiteral("created_at"), WireCodec::dateTimeValue(context.now)},
            {QStringLiteral("resolved"), false},
            {QStringLiteral("resolution"), QJsonValue::Null},
            {QStringLiteral("resolved_by"), QJsonValue::Null},
            {QStringLiteral("resolved_at"), QJsonValue::Null},
            {kVersion, double(*seq)},
    };
    if (const Status saved = context.storage.saveRecord(context.tenant(), conflict, {}); !saved)
        return saved.error();
    if (m_counters)
        ++m_counters->conflicts;
    return idText(conflict.id);
}

Result<SyncService::FeedWindow> SyncService::feedWindow(const Principal &principal,
                                                        const QString &cursorValue,
                                                        const QString &limitText,
                                                        ServerStorage &storage) const
{
    auto cursor = parseCursor(cursorValue);
    if (!cursor)
        return cursor.error();
    auto limit = parseLimit(limitText, m_limits.changesMaxLimit, m_limits.changesMaxLimit);
    if (!limit)
        return limit.error();
    // The head first: every change up to it has committed (counter order is commit order), so
    // reading up to it never passes a change that commits later.
    auto head = storage.syncHead(principal.user.tenantId);
    if (!head)
        return head.error();
    if (*cursor < head->purgedSeq) {
        return makeError(ErrorCode::CursorExpired,
                         QStringLiteral("cursor %1 is older than the purge horizon %2: run a full "
                                        "resync")
                                 .arg(*cursor)
                                 .arg(head->purgedSeq));
    }
    if (*cursor > head->seq) {
        return makeError(ErrorCode::CursorAhead,
                         QStringLiteral("cursor %1 is ahead of the server (%2): reset")
                                 .arg(*cursor)
                                 .arg(head->seq));
    }
    return FeedWindow{*cursor, *limit, head->seq, head->purgedSeq};
}

Result<QJsonObject> SyncService::changes(const Principal &principal,
                                         const QString &cursorValue,
                                         const QString &limitText,
                                         ServerStorage &storage) const
{
    const auto window = feedWindow(principal, cursorValue, limitText, storage);
    if (!window)
        return window.error();
    const QUuid tenant = principal.user.tenantId;
    auto rows = storage.changedRecords(tenant, window->cursor, window->head, window->limit + 1);
    if (!rows)
        return rows.error();
    const bool hasMore = rows->size() > window->limit;
    if (hasMore)
        rows->resize(window->limit);
    RecordAccess access(principal.user, storage);
    QJsonArray changes;
    for (const SyncRecord &record : std::as_const(*rows)) {
        QJsonObject change{{QStringLiteral("seq"), double(record.version)},
                           {QStringLiteral("entity"), record.entity},
                           {QStringLiteral("id"), idText(record.id)},
                           {kVersion, double(record.version)}};
        bool readable = !record.deleted;
        if (readable) {
            auto allowed = access.canRead(record.entity, record.data);
            if (!allowed)
                return allowed.error();
            readable = *allowed;
        }
        if (readable && record.entity == QLatin1String("conflict")) {
            change.insert(QStringLiteral("op"), QStringLiteral("upsert"));
            change.insert(QStringLiteral("data"), access.redact(record.entity, record.data));
        } else if (readable) {
            change.insert(QStringLiteral("op"), QStringLiteral("upsert"));
            change.insert(QStringLiteral("data"), access.redact(record.entity, record.data));
            const QStringList redacted = access.redactedFields(record.entity);
            if (!redacted.isEmpty())
                change.insert(QStringLiteral("redacted"), QJsonArray::fromStringList(redacted));
        } else {
            change.insert(QStringLiteral("op"), QStringLiteral("delete"));
        }
        changes.append(change);
    }
    if (m_counters)
        m_counters->rowsPulled += quint64(changes.size());
    const qint64 next = hasMore ? rows->last().version : window->head;
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("next_cursor"), cursorText(next)},
                       {QStringLiteral("has_more"), hasMore}};
}

namespace {

/// The keys after "data" of one change, in the order QJsonDocument writes them (sorted), so
/// both paths give the same bytes.
void appendChangeTail(QByteArray &out,
                      const QString &entity,
                      const QString &id,
                      bool upsert,
                      const QStringList &redacted,
                      qint64 version)
{
    out += "\"entity\":";
    JsonText::appendString(out, entity);
    out += ",\"id\":";
    JsonText::appendString(out, id);
    out += upsert ? ",\"op\":\"upsert\"" : ",\"op\":\"delete\"";
    if (!redacted.isEmpty()) {
        out += ",\"redacted\":[";
        for (qsizetype i = 0; i < redacted.size(); ++i) {
            if (i > 0)
                out += ',';
            JsonText::appendString(out, redacted.at(i));
        }
        out += ']';
    }
    const QByteArray number = QByteArray::number(version);
    out += ",\"seq\":" + number + ",\"version\":" + number + '}';
}

/// Stored data that can be copied as it is: one JSON object (the storage only ever writes
/// compact objects; anything else takes the parsing path and is judged there).
bool looksLikeObject(const QByteArray &data)
{
    return data.size() >= 2 && data.front() == '{' && data.back() == '}';
}

} // namespace

Result<QByteArray> SyncService::changesPage(const Principal &principal,
                                            const QString &cursorValue,
                                            const QString &limitText,
                                            ServerStorage &storage,
                                            const QUuid &epoch) const
{
    const auto window = feedWindow(principal, cursorValue, limitText, storage);
    if (!window)
        return window.error();
    RecordAccess access(principal.user, storage);
    // A hiring manager's page depends on other records (parents read at their current state),
    // so only pages that depend on the rows and the caller's role and grant are cached.
    const bool cacheable = !epoch.isNull() && access.readsEverything();
    PageCache::Key key;
    const qint64 nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    if (cacheable) {
        key = PageCache::Key{principal.user.tenantId,
                             epoch,
                             window->cursor,
                             window->limit,
                             window->head,
                             window->purgedSeq,
                             int(principal.user.role) * 2 + (principal.user.payAccess ? 1 : 0)};
        if (auto page = m_pages.find(key, nowMs)) {
            if (m_counters)
                m_counters->rowsPulled += quint64(page->rows);
            return page->body;
        }
    }
    auto rows = storage.changedRows(
            principal.user.tenantId, window->cursor, window->head, window->limit + 1);
    if (!rows)
        return rows.error();
    const bool hasMore = rows->size() > window->limit;
    if (hasMore)
        rows->resize(window->limit);
    const bool readsEverything = access.readsEverything();
    const bool redactsNothing = access.redactsNothing();
    qsizetype size = 64;
    for (const RawChange &row : std::as_const(*rows))
        size += row.data.size() + 160;
    QByteArray body;
    body.reserve(size);
    body += "{\"changes\":[";
    bool first = true;
    for (const RawChange &row : std::as_const(*rows)) {
        if (!first)
            body += ',';
        first = false;
        if (row.deleted) {
            body += '{';
            appendChangeTail(body, row.entity, row.id, false, {}, row.version);
            continue;
        }
        const bool isConflict = row.entity == QLatin1String("conflict");
        const QStringList redacted = isConflict ? QStringList() : access.redactedFields(row.entity);
        // The fast path: nothing to decide from the data and nothing to remove, so the stored
        // canonical JSON goes into the page unchanged.
        if (readsEverything && looksLikeObject(row.data)
            && (isConflict ? redactsNothing : redacted.isEmpty())) {
            body += "{\"data\":";
            body += row.data;
            body += ',';
            appendChangeTail(body, row.entity, row.id, true, {}, row.version);
            continue;
        }
        // The careful path: parse, decide, redact, serialise (as changes() does).
        const QJsonObject data = QJsonDocument::fromJson(row.data).object();
        auto allowed = access.canRead(row.entity, data);
        if (!allowed)
            return allowed.error();
        if (!*allowed) {
            body += '{';
            appendChangeTail(body, row.entity, row.id, false, {}, row.version);
            continue;
        }
        body += "{\"data\":";
        body += QJsonDocument(access.redact(row.entity, data)).toJson(QJsonDocument::Compact);
        body += ',';
        appendChangeTail(body, row.entity, row.id, true, redacted, row.version);
    }
    if (m_counters)
        m_counters->rowsPulled += quint64(rows->size());
    const qint64 next = hasMore ? rows->last().version : window->head;
    body += "],\"has_more\":";
    body += hasMore ? "true" : "false";
    body += ",\"next_cursor\":\"" + QByteArray::number(next) + "\"}";
    if (cacheable)
        m_pages.insert(key, PageCache::Page{body, rows->size()}, nowMs);
    return body;
}

Result<QJsonObject> SyncService::snapshot(const Principal &principal,
                                          const QString &entity,
                                          const QString &after,
                                          const QString &limitText,
                                          ServerStorage &storage) const
{
    if (!recordEntities().contains(entity) && entity != QLatin1String("conflict")) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("entity must be one of %1, conflict, got '%2'")
                                 .arg(recordEntities().join(QStringLiteral(", ")), entity));
    }
    if (!after.isEmpty() && parseId(after).isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("after must be a record id"));
    auto limit = parseLimit(limitText, m_limits.snapshotMaxLimit, m_limits.snapshotMaxLimit);
    if (!limit)
        return limit.error();
    const QUuid tenant = principal.user.tenantId;
    auto head = storage.syncHead(tenant);
    if (!head)
        return head.error();
    auto rows = storage.recordsPage(tenant, entity, after.toLower(), *limit + 1);
    if (!rows)
        return rows.error();
    const bool hasMore = rows->size() > *limit;
    if (hasMore)
        rows->resize(*limit);
    RecordAccess access(principal.user, storage);
    QJsonArray records;
    for (const SyncRecord &record : std::as_const(*rows)) {
        if (entity == QLatin1String("conflict")
            && record.data.value(QStringLiteral("resolved")).toBool()) {
            continue;
        }
        auto allowed = access.canRead(entity, record.data);
        if (!allowed)
            return allowed.error();
        if (*allowed)
            records.append(access.redact(entity, record.data));
    }
    if (m_counters)
        m_counters->rowsPulled += quint64(records.size());
    QJsonObject redacted;
    for (const QString &field : access.redactedFields(entity))
        redacted.insert(field, true);
    return QJsonObject{
            {QStringLiteral("entity"), entity},
            {QStringLiteral("records"), records},
            {QStringLiteral("redacted"), redacted},
            {QStringLiteral("next_after"),
             rows->isEmpty() ? QJsonValue(after.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(after.toLower()))
                             : QJsonValue(idText(rows->last().id))},
            {QStringLiteral("has_more"), hasMore},
            {QStringLiteral("cursor"), cursorText(head->seq)},
    };
}

Result<QJsonObject> SyncService::checksum(const Principal &principal, ServerStorage &storage) const
{
    const QUuid tenant = principal.user.tenantId;
    auto head = storage.syncHead(tenant);
    if (!head)
        return head.error();
    RecordAccess access(principal.user, storage);
    QJsonObject entities;
    for (const QString &entity : recordEntities()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        QString after;
        while (true) {
            auto rows = storage.recordsPage(tenant, entity, after, 1000);
            if (!rows)
                return rows.error();
            for (const SyncRecord &record : std::as_const(*rows)) {
                // Only what the caller's cache can hold, at the checksum's head.
                if (record.version > head->seq)
                    continue;
                auto allowed = access.canRead(entity, record.data);
                if (!allowed)
                    return allowed.error();
                if (!*allowed)
                    continue;
                ++count;
                hash.addData(QStringLiteral("%1:%2\n")
                                     .arg(idText(record.id))
                                     .arg(record.version)
                                     .toUtf8());
            }
            if (rows->size() < 1000)
                break;
            after = idText(rows->last().id);
        }
        entities.insert(
                entity,
                QJsonObject{{QStringLiteral("count"), double(count)},
                            {QStringLiteral("hash"), QString::fromLatin1(hash.result().toHex())}});
    }
    return QJsonObject{{QStringLiteral("cursor"), cursorText(head->seq)},
                       {QStringLiteral("entities"), entities}};
}

Result<QJsonObject> SyncService::conflicts(const Principal &principal,
                                           const QString &status,
                                           const QString &after,
                                           const QString &limitText,
                                           ServerStorage &storage) const
{
    const QString wanted = status.isEmpty() ? QStringLiteral("open") : status;
    if (wanted != QLatin1String("open") && wanted != QLatin1String("resolved")
        && wanted != QLatin1String("all")) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("status must be open, resolved or all"));
    }
    if (!after.isEmpty() && parseId(after).isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("after must be a conflict id"));
    auto limit = parseLimit(limitText, 100, m_limits.snapshotMaxLimit);
    if (!limit)
        return limit.error();
    auto rows = storage.recordsPage(
            principal.user.tenantId, QStringLiteral("conflict"), after.toLower(), *limit + 1);
    if (!rows)
        return rows.error();
    const bool hasMore = rows->size() > *limit;
    if (hasMore)
        rows->resize(*limit);
    RecordAccess access(principal.user, storage);
    QJsonArray list;
    for (const SyncRecord &record : std::as_const(*rows)) {
        const bool resolved = record.data.value(QStringLiteral("resolved")).toBool();
        if ((wanted == QLatin1String("open") && resolved)
            || (wanted == QLatin1String("resolved") && !resolved)) {
            continue;
        }
        auto allowed = access.canRead(QStringLiteral("conflict"), record.data);
        if (!allowed)
            return allowed.error();
        if (*allowed)
            list.append(access.redact(QStringLiteral("conflict"), record.data));
    }
    return QJsonObject{
            {QStringLiteral("conflicts"), list},
            {QStringLiteral("next_after"),
             rows->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(idText(rows->last().id))},
            {QStringLiteral("has_more"), hasMore},
    };
}

Result<QJsonObject> SyncService::resolve(const Principal &principal,
                                         const QString &conflictId,
                                         const QJsonObject &body,
                                         ServerStorage &storage,
                                         const QDateTime &now) const
{
    const QUuid id = parseId(conflictId);
    if (id.isNull())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such conflict"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("resolution") && it.key() != QLatin1String("value"))
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("resolve.%1: unknown field").arg(it.key()));
    }
    const QString resolution = body.value(QStringLiteral("resolution")).toString();
    if (resolution != QLatin1String("server") && resolution != QLatin1String("client")
        && resolution != QLatin1String("value")) {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("resolve.resolution: expected server, client or value"));
    }
    if (resolution == QLatin1String("value") && !body.contains(QStringLiteral("value")))
        return makeError(ErrorCode::ParseError, QStringLiteral("resolve.value: missing"));

    Context context{principal, storage, now, RecordAccess(principal.user, storage)};
    QJsonObject answer;
    const Status status = storage.transaction([&]() -> Status {
        auto seq = storage.takeChangeSeq(context.tenant());
        if (!seq)
            return seq.error();
        context.pendingSeq = *seq;
        context.seqUsed = false;
        auto found = storage.findRecord(context.tenant(), QStringLiteral("conflict"), id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no such conflict"));
        SyncRecord conflict = **found;
        auto readable = context.access.canRead(QStringLiteral("conflict"), conflict.data);
        if (!readable)
            return readable.error();
        if (!*readable)
            return makeError(ErrorCode::NotFound, QStringLiteral("no such conflict"));
        if (conflict.data.value(QStringLiteral("resolved")).toBool()) {
            return makeError(
                    ErrorCode::AlreadyResolved,
                    QStringLiteral("resolved by %1")
                            .arg(conflict.data.value(QStringLiteral("resolved_by")).toString()));
        }
        const QString entity = conflict.ref2;
        const QUuid targetId = QUuid::fromString(conflict.ref1);
        auto target = storage.findRecord(context.tenant(), entity, targetId);
        if (!target)
            return target.error();
        if (!target->has_value()) {
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("the conflicting record is gone (purged)"));
        }
        SyncRecord record = **target;
        if (const Status allowed
            = context.access.canWrite(entity, RecordAccess::Write::Update, record.data);
            !allowed) {
            return allowed;
        }
        const QString kind = conflict.data.value(QStringLiteral("kind")).toString();
        const QString field = conflict.data.value(QStringLiteral("field")).toString();
        bool write = resolution != QLatin1String("server");
        QJsonObject prior;
        if (write && (kind == QLatin1String("field") || kind == QLatin1String("stage_move"))) {
            if (record.deleted) {
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("the record was deleted since"));
            }
            const QJsonValue value = resolution == QLatin1String("value")
                                             ? body.value(QStringLiteral("value"))
                                             : conflict.data.value(QStringLiteral("client_value"));
            QJsonObject data = record.data;
            prior.insert(field,
                         data.value(field).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                         : data.value(field));
            if (entity == QLatin1String("application") && field == QLatin1String("stage")) {
                const auto from = Core::stageFromName(data.value(field).toString());
                const auto to = Core::stageFromName(value.toString());
                if (from && to && *from != *to
                    && !Core::ApplicationStateMachine::isLegal(*from, *to)) {
                    return makeError(ErrorCode::IllegalTransition,
                                     QStringLiteral("%1 → %2 is not a legal move")
                                             .arg(data.value(field).toString(), value.toString()));
                }
            }
            if (value.isNull())
                data.remove(field);
            else
                data.insert(field, value);
            auto normalised = normalize(entity, data);
            if (!normalised)
                return makeError(ErrorCode::InvalidArgument, normalised.error().detail);
            record.data = *normalised;
            record.fieldVersions.insert(field, double(context.pendingSeq));
        } else if (write && kind == QLatin1String("edit_delete")) {
            const QJsonObject changes
                    = conflict.data.value(QStringLiteral("client_value")).toObject();
            auto normalised = normalize(entity, WireCodec::applyChanges(record.data, changes));
            if (!normalised)
                return makeError(ErrorCode::InvalidArgument, normalised.error().detail);
            record.data = *normalised;
            record.deleted = false;
            record.deletedAt = QDateTime();
            for (auto it = changes.begin(); it != changes.end(); ++it)
                record.fieldVersions.insert(it.key(), double(context.pendingSeq));
        } else if (kind == QLatin1String("parent_deleted")) {
            if (resolution == QLatin1String("value")) {
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("a deleted parent is restored (client) or its "
                                                "child dropped (server)"));
            }
            if (resolution == QLatin1String("client") && record.deleted) {
                record.deleted = false; // restore the parent
                record.deletedAt = QDateTime();
            } else {
                write = false;
            }
            if (resolution == QLatin1String("server")) {
                const QJsonObject child
                        = conflict.data.value(QStringLiteral("client_value")).toObject();
                const QString childEntity = child.value(QStringLiteral("entity")).toString();
                auto found = storage.findRecord(
                        context.tenant(),
                        childEntity,
                        QUuid::fromString(child.value(QStringLiteral("id")).toString()));
                if (!found)
                    return found.error();
                if (found->has_value() && !(*found)->deleted) {
                    auto childSeq = context.nextSeq();
                    if (!childSeq)
                        return childSeq.error();
                    SyncRecord dropped = **found;
                    dropped.version = *childSeq;
                    dropped.deleted = true;
                    dropped.deletedAt = now;
                    if (const Status saved = storage.saveRecord(context.tenant(), dropped, {});
                        !saved) {
                        return saved;
                    }
                }
            }
        } else if (write && kind == QLatin1String("delete_edit")) {
            if (!record.deleted) {
                record.deleted = true;
                record.deletedAt = now;
            } else {
                write = false;
            }
        } else {
            write = false;
        }
        if (write) {
            auto recordSeq = context.nextSeq();
            if (!recordSeq)
                return recordSeq.error();
            record.version = *recordSeq;
            record.data.insert(kVersion, double(*recordSeq));
            setRefs(record);
            if (const Status saved = storage.saveRecord(context.tenant(), record, prior); !saved)
                return saved;
        }
        auto conflictSeq = context.nextSeq();
        if (!conflictSeq)
            return conflictSeq.error();
        conflict.version = *conflictSeq;
        conflict.data.insert(QStringLiteral("resolved"), true);
        conflict.data.insert(QStringLiteral("resolution"), resolution);
        conflict.data.insert(QStringLiteral("resolved_by"), principal.user.name);
        conflict.data.insert(QStringLiteral("resolved_at"), WireCodec::dateTimeValue(now));
        if (resolution == QLatin1String("value"))
            conflict.data.insert(QStringLiteral("resolved_value"),
                                 body.value(QStringLiteral("value")));
        conflict.data.insert(kVersion, double(*conflictSeq));
        if (const Status saved = storage.saveRecord(context.tenant(), conflict, {}); !saved)
            return saved;
        answer = QJsonObject{{QStringLiteral("conflict"),
                              context.access.redact(QStringLiteral("conflict"), conflict.data)},
                             {kVersion, double(record.version)}};
        return {};
    });
    if (!status)
        return status.error();
    return answer;
}

} // namespace Reqdesk::Server
