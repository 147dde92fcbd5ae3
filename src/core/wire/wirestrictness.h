#pragma once

namespace Reqdesk::Core {

/// How a wire decoder treats a record that does not match this schema version exactly.
enum class Strictness {
    /// Exactly this schema: every field the encoder always writes must be present and unknown
    /// fields are errors. For tests, the server's own validation and tools.
    Strict,
    /// Tolerates another schema version: unknown fields are ignored, and missing fields take
    /// their defaults, except the key fields without which a record means nothing (id, version,
    /// and per entity e.g. title and status). Wrong types are errors in both modes.
    Lenient,
};

} // namespace Reqdesk::Core
