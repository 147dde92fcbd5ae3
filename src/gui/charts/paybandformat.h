#pragma once

#include "core/period.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace Reqdesk::Gui {

/// Locale-aware text for the money and ratios of the pay-band chart and table.
class PayBandFormat final
{
public:
    /// Minor units of `currency` as locale currency text: "$100,600" in en_US for USD; other
    /// currencies than the locale's own carry their ISO code ("EUR 90,000"). Cents only when
    /// the amount has some.
    static QString money(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    /// A major-unit value (an axis tick) as a whole number in the locale's digits ("150,000"):
    /// the axis title names the currency and period, and shorter ticks never run together.
    static QString axisMoney(double major, const QLocale &locale = QLocale());
    /// Compa-ratio with two decimals ("0.92"), or "n/a".
    static QString ratio(std::optional<double> value, const QLocale &locale = QLocale());
    /// Range penetration as a percentage ("31.2 %" in the locale's form), or "n/a".
    static QString percent(std::optional<double> value, const QLocale &locale = QLocale());
};

} // namespace Reqdesk::Gui
