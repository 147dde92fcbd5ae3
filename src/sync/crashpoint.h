#pragma once

#include <QString>

namespace Reqdesk::Sync {

/// Test hook: REQDESK_CRASH_AT=<point> makes the process abort at that named point of the
/// engine, so end-to-end tests can kill a client exactly there (SYNC.md scenarios 2 and 3).
class CrashPoint final
{
public:
    /// Calls std::abort() when REQDESK_CRASH_AT equals `point`; does nothing otherwise.
    static void hit(const char *point);
};

} // namespace Reqdesk::Sync
