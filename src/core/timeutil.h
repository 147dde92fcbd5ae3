#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Reqdesk::Core {

/// A UTC QDateTime on Qt 6.4 (Qt::UTC) and on newer Qt, where the TimeSpec form is deprecated.
inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

/// Milliseconds since the epoch as a UTC QDateTime, on every supported Qt.
inline QDateTime utcFromMSecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

} // namespace Reqdesk::Core
