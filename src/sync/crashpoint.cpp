#include "sync/crashpoint.h"

#include "sync/synclogging.h"

#include <QByteArray>

#include <cstdlib>

namespace Reqdesk::Sync {

void CrashPoint::hit(const char *point)
{
    // Read every time (not cached) so a test can set it per process; costs nothing measurable
    // next to the network round trips around each point.
    const QByteArray wanted = qgetenv("REQDESK_CRASH_AT");
    if (!wanted.isEmpty() && wanted == point) {
        qCWarning(lcSync, "REQDESK_CRASH_AT=%s: aborting on purpose", point);
        std::abort();
    }
}

} // namespace Reqdesk::Sync
