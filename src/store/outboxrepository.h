#pragma once

#include "core/result.h"
#include "store/outboxentry.h"

#include <QList>
#include <QSqlDatabase>

namespace Reqdesk::Store {

class Database;

/// The upload queue: local edits in order, marked done or set aside by the sync engine.
class OutboxRepository final
{
public:
    /// Uses `database`'s connection, on its thread; `database` must outlive the repository.
    explicit OutboxRepository(Database &database);

    /// Appends an entry on `db` inside the caller's transaction; fills in seq, a new mutation
    /// id when none is given and createdAt when invalid. Used by every repository's local edit.
    static Core::Status append(QSqlDatabase db, OutboxEntry &entry);

    /// Inside the caller's transaction: once the server has *applied* an edit of a record that
    /// was sent from `sentBase` at `version` (nobody else had written the record since
    /// `sentBase`), the record's later update/delete entries made on that same view (base
    /// `sentBase`; also re-creations after a delete, inserts with a base version) were made on
    /// top of it, so their base version moves up to `version` (else the server would see our
    /// own write as a clash). Entries from another base are left alone: a base raised by
    /// rebaseWithin() is not this client's view of the other fields.
    static Core::Status rebase(QSqlDatabase db,
                               const QString &entity,
                               const QUuid &id,
                               qint64 sentBase,
                               qint64 version);
    /// Like rebase() after the server *merged* an edit of `fields`: it also holds changes of
    /// the record this client has not seen, so only later updates that touch nothing but
    /// `fields` (whose server values are now this client's) move up to `version`. The others
    /// keep their base, so a clash with the unseen changes is still a conflict, never a silent
    /// overwrite.
    static Core::Status rebaseWithin(QSqlDatabase db,
                                     const QString &entity,
                                     const QUuid &id,
                                     qint64 version,
                                     const QStringList &fields);

    /// Entries waiting for upload (not set aside), oldest first, at most `limit`.
    Core::Result<QList<OutboxEntry>> pending(int limit = 100) const;
    /// Entries set aside with their errors, oldest first.
    Core::Result<QList<OutboxEntry>> setAside() const;
    /// Number of entries waiting for upload (not set aside).
    Core::Result<qint64> pendingCount() const;
    /// True when `entity`/`id` has entries not yet acknowledged (set aside included).
    Core::Result<bool> hasPending(const QString &entity, const QUuid &id) const;
    /// Removes acknowledged entries, in one transaction.
    Core::Status markDone(const QList<qint64> &seqs);
    /// Counts a failed attempt and keeps the entry in the queue.
    Core::Status recordFailure(qint64 seq, const QString &error);
    /// Moves a poison entry out of the queue with its error; the others keep syncing.
    Core::Status setAside(qint64 seq, const QString &error);
    /// Puts a set-aside entry back in the queue at its original position, with a new mutation
    /// id (the server remembers its refusal of the old one); other entries are left alone.
    Core::Status release(qint64 seq);

private:
    Core::Result<QList<OutboxEntry>> select(bool setAside, int limit) const;

    Database &m_database;
};

} // namespace Reqdesk::Store
