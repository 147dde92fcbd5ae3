#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Reqdesk::Core {

/// A person who applies; contact details are visible only to recruiters and admins.
struct Candidate
{
    QUuid id;
    QString name;
    QStringList emails;
    QStringList phones;
    QStringList links;
    QString source; ///< "referral", "LinkedIn", "career site"...
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    friend bool operator==(const Candidate &, const Candidate &) = default;
};

} // namespace Reqdesk::Core
