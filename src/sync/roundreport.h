#pragma once

#include <QString>
#include <QStringList>

namespace Reqdesk::Sync {

/// What one sync round did.
struct RoundReport
{
    int pushed = 0;     ///< outbox entries acknowledged by the server
    int pulled = 0;     ///< changed or snapshot rows applied locally
    int conflicts = 0;  ///< conflicts reported by push outcomes
    int setAside = 0;   ///< outbox entries the server rejected (kept aside with the reason)
    bool reset = false; ///< a snapshot (first sync, new epoch, expired cursor) ran
    QString cursor;
    QString epoch;
    /// Entities whose checksum differed from the server's (only when checked; see
    /// SyncEngine::setVerifyChecksum).
    QStringList checksumMismatch;
    /// Records ("entity:id") the server removed (deleted, or no longer readable) that stay in
    /// the cache because they hold unsynced edits: the user must be told (SYNC.md 19).
    QStringList keptLocal;
};

} // namespace Reqdesk::Sync
