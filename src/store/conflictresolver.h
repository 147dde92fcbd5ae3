#pragma once

#include "core/result.h"
#include "store/conflictrepository.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

namespace Reqdesk::Store {

class Database;

/// How a person settles a conflict (docs/sync-protocol.md, POST /v1/conflicts/{id}/resolve).
enum class ConflictChoice {
    KeepMine,   ///< the value this computer sent
    KeepTheirs, ///< the server's value (or state)
    UseValue,   ///< a third, merged value
};

/// An open conflict with what a person needs to judge it.
struct ConflictRow
{
    Conflict conflict;
    QString recordTitle;       ///< requisition title, candidate name, "candidate — requisition"
    QJsonValue currentValue;   ///< the field's value in the cache now; undefined for whole records
    bool recordExists = false; ///< false when the record is not (or no longer) in the cache
};

/// What a resolution wrote, enough to undo it.
struct ConflictOutcome
{
    QUuid conflictId;
    QString entity; ///< the record the conflict is about
    QUuid entityId;
    ConflictChoice choice = ConflictChoice::KeepTheirs;
    bool edited = false;       ///< a local edit (row + outbox entry) was written
    bool deletedLocal = false; ///< the local row was removed (edit against a delete, keep theirs)
    QJsonValue before;         ///< the field's value before the edit
    QJsonValue after;          ///< the value the edit wrote
};

/// Resolves conflicts in the cache, offline too — the one implementation of the rules, used by
/// the GUI and by Sync::SyncEngine::resolveConflict (the CLI): a field clash becomes an
/// ordinary local edit (row and outbox entry), whole-record and stage clashes are left to the
/// server; either way the choice is queued for the server's conflict record
/// (sent after the next push) and the local conflict is marked resolved — all in one
/// transaction. reopen() undoes exactly that, also in one transaction.
class ConflictResolver final
{
public:
    /// The sync_state key of the queue of resolutions waiting for the server (a JSON array of
    /// {"id", "resolution"[, "value"]}); the only definition: Sync::SyncEngine uses it to
    /// drain the queue after each push, and its resolveConflict() resolves through this class.
    static constexpr auto pendingResolutionsKey = "pending_resolutions";

    /// Uses `database`'s connection, on its thread; `database` must outlive the resolver.
    explicit ConflictResolver(Database &database);

    /// Open conflicts, oldest first, with record titles and the cache's current values.
    Core::Result<QList<ConflictRow>> openRows() const;
    /// Resolves an open conflict; `value` is the merged value for UseValue (refused when the
    /// record's codec refuses it). Fails with NotFound when the conflict is not open.
    Core::Result<ConflictOutcome>
    resolve(const QUuid &conflictId, ConflictChoice choice, const QJsonValue &value = {});
    /// Undoes `outcome`: reverts the edit (refused with IllegalTransition when the field has
    /// changed since), drops the queued resolution if it was not sent yet, opens the conflict.
    Core::Status reopen(const ConflictOutcome &outcome);

    /// True for conflicts the server settles itself (whole-record kinds and stage moves).
    static bool isServerSide(const QString &field);
    /// What a person calls a record ("entity:id" keys as RoundReport::keptLocal has them):
    /// the title, the name, or "candidate — requisition"; empty when unknown here.
    Core::Result<QStringList> titlesOf(const QStringList &keys) const;
    /// The wire JSON of a requisition, candidate or application; nullopt when not in the cache.
    Core::Result<std::optional<QJsonObject>> recordJson(const QString &entity,
                                                        const QUuid &id) const;

private:
    Core::Status
    setField(const QString &entity, const QUuid &id, const QString &field, const QJsonValue &value);
    Core::Result<QString> recordTitle(const QString &entity, const QJsonObject &record) const;

    Database &m_database;
};

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::ConflictRow)
Q_DECLARE_METATYPE(Reqdesk::Store::ConflictOutcome)
