#pragma once

#include "core/result.h"
#include "store/applyoutcome.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

namespace Reqdesk::Store {

class Database;

/// The last server copy of a record: the base of a three-way merge. While a record has no
/// local edits its row is that copy; a separate one is kept only from its first local edit
/// until a pulled server copy replaces the row again (SyncStateRepository::baseCopy).
struct BaseCopy
{
    QString entity;
    QUuid id;
    qint64 version = 0;
    QJsonObject data;
};

/// Sync bookkeeping: key/value state (device id, epoch, cursor...), base copies and tombstones.
class SyncStateRepository final
{
public:
    /// Well-known keys of sync_state.
    static constexpr auto deviceIdKey = "device_id";
    static constexpr auto epochKey = "epoch";
    static constexpr auto cursorKey = "cursor";
    static constexpr auto lastSyncKey = "last_sync";

    /// Uses `database`'s connection, on its thread; `database` must outlive the repository.
    explicit SyncStateRepository(Database &database);

    /// The value stored under `key`; nullopt when unset.
    Core::Result<std::optional<QString>> value(const QString &key) const;
    /// Stores `value` under `key` (insert or replace) in its own statement.
    Core::Status setValue(const QString &key, const QString &value);
    /// Removes `key`.
    Core::Status remove(const QString &key);
    /// The device id, created and stored on first use.
    Core::Result<QUuid> deviceId();

    /// Base copy of a record: the one kept for its local edits, else (no edits pending) its
    /// row when that came from the server (version above 0); nullopt when the record was
    /// never synced.
    Core::Result<std::optional<BaseCopy>> baseCopy(const QString &entity, const QUuid &id) const;
    /// Version of the tombstone of a deleted record; nullopt when it was not deleted.
    Core::Result<std::optional<qint64>> tombstone(const QString &entity, const QUuid &id) const;

    /// Writes `key` = `value` on `db` inside the caller's transaction (a cursor with its page).
    static Core::Status setValueIn(QSqlDatabase db, const QString &key, const QString &value);
    /// Inserts or replaces a base copy inside the caller's transaction.
    static Core::Status putBaseCopy(QSqlDatabase db, const BaseCopy &copy);
    /// Inside the caller's transaction, before a local edit changes a synced record's row:
    /// keeps `copy` (that row, the last server copy) as the edit's base, unless a base copy is
    /// kept already (an earlier edit's, which stays the base). Nothing for version 0 (never
    /// synced: no base).
    static Core::Status keepBaseCopy(QSqlDatabase db, const BaseCopy &copy);
    /// Drops a base copy inside the caller's transaction (also when a pulled server copy
    /// becomes the row, which is then the base again).
    static Core::Status removeBaseCopy(QSqlDatabase db, const QString &entity, const QUuid &id);
    /// Records a deletion inside the caller's transaction.
    static Core::Status
    putTombstone(QSqlDatabase db, const QString &entity, const QUuid &id, qint64 version);
    /// Forgets a deletion (the record exists again) inside the caller's transaction.
    static Core::Status removeTombstone(QSqlDatabase db, const QString &entity, const QUuid &id);
    /// Reads and forgets the tombstone of a record created here again (an undone delete) inside
    /// the caller's transaction: the deletion's version, nullopt when it was not deleted.
    static Core::Result<std::optional<qint64>>
    takeTombstone(QSqlDatabase db, const QString &entity, const QUuid &id);

    /// The table a record of `entity` lives in ("requisition" → "requisitions"); empty for an
    /// unknown entity. A fixed list: entity names never reach SQL otherwise.
    static QString tableOf(const QString &entity);
    /// Decides, inside the caller's transaction, what a pulled copy at `version` should do:
    /// SkippedOlder, SkippedDeleted, BaseOnly (pending outbox entries) or Applied (go ahead).
    static Core::Result<ApplyOutcome>
    decide(QSqlDatabase db, const QString &entity, const QUuid &id, qint64 version);

private:
    static Core::Result<std::optional<qint64>>
    tombstoneIn(QSqlDatabase db, const QString &entity, const QUuid &id);

    Database &m_database;
};

} // namespace Reqdesk::Store
