#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace Reqdesk::Store {
class Database;
}

namespace Reqdesk::Sync {

/// Records the server removed (deleted, or no longer readable by this user) that the cache keeps
/// because they hold unsynced edits (SYNC.md 19): a row that still exists beside its tombstone.
/// Exported with their pending and set-aside outbox entries, so nothing is lost when the user
/// cannot push them any more.
class KeptRecords final
{
public:
    /// The kept records as one JSON document:
    /// {"format": "reqdesk-kept-records", "version": 1, "exported_at", "count",
    ///  "records": [{"entity", "id", "removed_at_version", "record", "edits": [...]}]}.
    /// `record` is the cached row in wire format (requisition, candidate, application) or its
    /// columns (note, stage_event); `edits` are the outbox entries in upload order.
    static Core::Result<QJsonObject> exportJson(Store::Database &database);
};

} // namespace Reqdesk::Sync
