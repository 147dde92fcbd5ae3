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

    /// Counts every table; each count is one indexed COUNT(*).
    static Core::Result<StoreStatistics> collect(Database &database);
};

} // namespace Reqdesk::Store
