#pragma once

namespace Reqdesk::Store {

/// What applying a pulled server copy did (SYNC.md "applying a pulled row").
enum class ApplyOutcome {
    Applied,        ///< stored as the row and the base copy
    SkippedOlder,   ///< the stored row has this version or a newer one (a replay)
    SkippedDeleted, ///< a tombstone at this version or newer: no resurrection
    BaseOnly,       ///< the row has pending local edits: they stay, only the base copy moved
};

} // namespace Reqdesk::Store
