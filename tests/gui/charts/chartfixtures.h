#pragma once

// Band fixtures for the chart tests, written from the seed posting's facts (PRODUCT.md).

#include "core/payband.h"
#include "gui/charts/postingbands.h"

#include <QUuid>

namespace Reqdesk::Gui::Testing {

inline Core::PayBand band(const QString &level,
                          const QString &location,
                          qint64 minMajor,
                          qint64 maxMajor,
                          const QString &currency = QStringLiteral("USD"),
                          Core::Period period = Core::Period::Year)
{
    Core::PayBand b;
    b.id = QUuid::createUuid();
    b.jobFamily = QStringLiteral("Software Engineering");
    b.level = level;
    b.location = location;
    b.currency = currency;
    b.period = period;
    b.minMinor = minMajor * 100;
    b.maxMinor = maxMajor * 100;
    return b;
}

/// The seed posting's four USD yearly bands.
inline PostingBands seedPosting()
{
    PostingBands p;
    p.requisitionId = QUuid::createUuid();
    p.title = QStringLiteral("Software Engineer 2");
    p.bands = {band(QStringLiteral("IC3"), QStringLiteral("U.S. typical"), 100600, 199000),
               band(QStringLiteral("IC3"),
                    QStringLiteral("San Francisco Bay Area and New York City metro"),
                    131400,
                    215400),
               band(QStringLiteral("IC4"), QStringLiteral("U.S. typical"), 119800, 234700),
               band(QStringLiteral("IC4"), QStringLiteral("Some locations"), 158400, 258000)};
    return p;
}

/// `count` bands spread over `postings` postings, deterministic figures.
inline QList<PostingBands> manyBands(int count, int postings)
{
    QList<PostingBands> result;
    for (int p = 0; p < postings; ++p) {
        PostingBands posting;
        posting.requisitionId = QUuid::createUuid();
        posting.title = QStringLiteral("Posting %1").arg(p + 1);
        result.append(posting);
    }
    for (int i = 0; i < count; ++i) {
        const qint64 min = 60000 + (i * 7919) % 90000;
        result[i % postings].bands.append(band(QStringLiteral("L%1").arg(i % 7 + 1),
                                               QStringLiteral("Zone %1").arg(i / 7 + 1),
                                               min,
                                               min + 40000 + (i * 104729) % 60000));
    }
    return result;
}

} // namespace Reqdesk::Gui::Testing
