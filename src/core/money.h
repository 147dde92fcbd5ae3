#pragma once

#include "core/period.h"

#include <QString>

#include <optional>

namespace Reqdesk::Core {

/// An amount in integer minor units of an ISO 4217 currency, quoted per period. Never a double.
struct Money
{
    qint64 minor = 0;
    QString currency; ///< ISO 4217 code, upper case
    Period period = Period::Year;

    /// Whole major units (100600 USD) to Money.
    static Money fromMajor(qint64 major, const QString &currency, Period period);
    /// Parses "100600", "100,600", "100600.5" or "100,600.50" exactly into minor units.
    /// Returns nothing for anything else (letters, two dots, more fraction digits than the
    /// currency has).
    static std::optional<qint64> parseDecimal(QStringView text, QStringView currency);

    /// Major units as a double, for display, charts and JSON only.
    double toMajor() const;
    /// Exact decimal text in major units without grouping: "100600" or "52.50".
    QString toDecimalString() const;

    bool sameUnit(const Money &other) const
    {
        return currency == other.currency && period == other.period;
    }
    friend bool operator==(const Money &, const Money &) = default;
};

/// Exact decimal text for a minor-unit amount of the given currency ("52.50", "-3", "100600").
QString minorToDecimalString(qint64 minor, QStringView currency);

} // namespace Reqdesk::Core
