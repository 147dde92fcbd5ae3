#pragma once

#include "core/period.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace Reqdesk::Core {

/// A pay range for one level in one location or zone, as a posting states it.
struct PayBand
{
    QUuid id;
    QString jobFamily; ///< "Software Engineering"; may be empty
    QString level;     ///< "IC3", "L5", "Senior"; may be empty
    QString location;  ///< "U.S. typical", "San Francisco Bay Area", "Zone A"
    QString currency;  ///< ISO 4217
    Period period = Period::Year;
    qint64 minMinor = 0;
    qint64 maxMinor = 0;
    std::optional<qint64> midMinor; ///< only when the posting states one
    QString sourceText;             ///< the sentence the band came from
    QString note; ///< importer remarks a person should see, e.g. "plus equity", "OTE"

    friend bool operator==(const PayBand &, const PayBand &) = default;
};

} // namespace Reqdesk::Core
