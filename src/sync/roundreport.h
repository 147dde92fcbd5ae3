#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Reqdesk::Sync {

/// A conflict resolution the server refused (an impossible stage move, a value it does not
/// take...): the local conflict is open again and the user must choose anew.
struct RefusedResolution
{
    QUuid conflictId;
    QString reason; ///< the server's answer, for the user
};

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
    /// Entities re-pulled from a per-entity snapshot because their checksum differed (local
    /// edits kept); a later verification compares again.
    QStringList resynced;
    /// Resolutions sent this round that the server refused; their conflicts are open again.
    QList<RefusedResolution> refusedResolutions;
    /// Records ("entity:id") the server removed (deleted, or no longer readable) that stay in
    /// the cache because they hold unsynced edits: the user must be told (SYNC.md 19).
    QStringList keptLocal;
};

} // namespace Reqdesk::Sync
