#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Reqdesk::Core {

/// Feedback on an application; append-only, so concurrent notes never conflict.
struct Note
{
    QUuid id;
    QUuid applicationId;
    QString author;
    QDateTime at;
    QString text;
    qint64 version = 0;

    friend bool operator==(const Note &, const Note &) = default;
};

} // namespace Reqdesk::Core
