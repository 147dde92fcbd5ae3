#pragma once

#include "core/result.h"

namespace Reqdesk::Store {

class Database;

/// How many of each record the cache holds and how much waits to sync.
struct StoreStatistics
{
    qint64 requisitions = 0;
    qint64 payBands = 0;
    qint64 candidates = 0;
    qint64 applications = 0;
    qint64 stageEvents = 0;
    qint64 notes = 0;
    qint64 outboxPending = 0;  ///< entries waiting to be pushed (not set aside)
    qint64 outboxSetAside = 0; ///< poison entries kept with their error
    qint64 openConflicts = 0;
    /// A first sync set the search index aside (DeferredIndexes): text searches find the rows
    /// it loaded only once it ends. Read in every scope.
    bool searchIndexPending = false;

    /// What collect() counts.
    enum class Scope {
        All,  ///< every table (the CLI's stats; seconds at 10 million applications)
        Sync, ///< only the outbox and open conflicts; the record counts stay 0
    };

    /// Counts the tables of `scope`; each count is one indexed COUNT(*), which reads the whole
    /// index: the record tables are left out of Scope::Sync for that reason.
    static Core::Result<StoreStatistics> collect(Database &database, Scope scope = Scope::All);
};

} // namespace Reqdesk::Store
