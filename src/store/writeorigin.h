#pragma once

namespace Reqdesk::Store {

/// Who causes a write: decides whether it is queued for upload to the server.
enum class WriteOrigin {
    LocalEdit, ///< a user's edit, including a file import: writes an outbox entry
    Sync,      ///< a row pulled from the server: no outbox entry, updates the base copy
};

} // namespace Reqdesk::Store
