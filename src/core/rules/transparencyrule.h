#pragma once

#include "core/period.h"
#include "core/rules/locationmatcher.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

namespace Reqdesk::Core {

// clang-format off
/// One pay-transparency law as data: where it applies, from when, to whom, what it checks.
///
/// The built-in table summarises each law as a product hint, not legal advice:
///
/// | id                  | where         | from       | employers | checks                     |
/// |---------------------|---------------|------------|-----------|----------------------------|
/// | us-nyc-pay-range    | New York City | 2022-11-01 | 4+        | min and max, no open end   |
/// | us-ca-pay-scale     | California    | 2023-01-01 | 15+       | min and max                |
/// | us-co-pay-benefits  | Colorado      | 2021-01-01 | all       | min and max, benefits      |
/// | us-co-close-date    | Colorado      | 2024-01-01 | all       | application close date     |
/// | us-wa-pay-benefits  | Washington    | 2023-01-01 | 15+       | min and max, benefits,     |
/// |                     |               |            |           | other compensation         |
/// | ca-on-pay-range     | Ontario       | 2026-01-01 | 25+       | pay stated; a range whose  |
/// |                     |               |            |           | top is under CAD 200,000 a |
/// |                     |               |            |           | year spans at most 50,000  |
/// | eu-pay-transparency | EU 2023/970   | 2026-06-07 | all       | pay or a range in posting  |
///
/// Assumptions: Ontario's figures are CAD per year (bands in CAD are normalised to a year at
/// 2,080 hours; bands in other currencies cannot be checked and get an Info flag). The EU date
/// is the directive's transposition deadline; member states' own laws may differ. An unknown
/// employer size is assumed to be covered, and the message says so.
// clang-format on
struct TransparencyRule
{
    /// What a rule checks.
    enum Check {
        PayRange = 0x01,          ///< every applicable band has a minimum and a maximum
        PayStated = 0x02,         ///< at least one band states pay (a single figure will do)
        Benefits = 0x04,          ///< the posting describes benefits
        CloseDate = 0x08,         ///< the posting gives an application close date
        OtherCompensation = 0x10, ///< bonuses, commission, equity... (or their absence) described
        MaxRangeWidth = 0x20,     ///< ranges are no wider than maxWidthMinor (see below)
    };
    Q_DECLARE_FLAGS(Checks, Check)

    QString id;
    QString jurisdiction; ///< human name
    Region region = Region::NewYorkCity;
    QDate effectiveFrom;
    int minEmployees = 0; ///< 0: every employer
    Checks checks;
    QString citation; ///< where the rule comes from, for the flag's message

    // MaxRangeWidth: in this currency and period, a band whose maximum is below
    // widthAppliesBelowMinor may be at most maxWidthMinor wide.
    QString widthCurrency;
    Period widthPeriod = Period::Year;
    qint64 maxWidthMinor = 0;
    qint64 widthAppliesBelowMinor = 0;

    /// The rules Reqdesk ships, as in the table above.
    static const QList<TransparencyRule> &builtIn();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TransparencyRule::Checks)

} // namespace Reqdesk::Core
