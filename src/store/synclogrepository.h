#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Reqdesk::Store {

class Database;

/// One line of the sync log as the cache keeps it: a finished round's counts, or a failure's
/// error code and technical detail. No record values and no credentials.
struct SyncLogEntry
{
    QDateTime at;
    bool failed = false;
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int setAside = 0;
    bool reset = false;
    QStringList keptLocal;        ///< "entity:id" of records kept here after a server removal
    QStringList checksumMismatch; ///< entities whose checksum differed
    int code = 0;                 ///< failures: a Core::ErrorCode
    QString detail;               ///< failures: the technical detail
    bool willRetry = false;       ///< failures: the engine tries again by itself

    friend bool operator==(const SyncLogEntry &, const SyncLogEntry &) = default;
};

/// The recent sync rounds and failures, kept between sessions in the `sync_log` table.
class SyncLogRepository final
{
public:
    /// Uses `database`'s connection, on its thread; `database` must outlive the repository.
    explicit SyncLogRepository(Database &database);

    /// Appends `entry` and drops all but the newest `keep` entries, in one transaction.
    Core::Status append(const SyncLogEntry &entry, int keep);
    /// The newest `limit` entries, newest first.
    Core::Result<QList<SyncLogEntry>> recent(int limit) const;

private:
    Database &m_database;
};

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::SyncLogEntry)
