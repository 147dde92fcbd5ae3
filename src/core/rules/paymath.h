#pragma once

#include "core/money.h"
#include "core/payband.h"
#include "core/period.h"
#include "core/result.h"

namespace Reqdesk::Core {

/// Pay-band arithmetic in exact integer minor units: midpoint, width, spread, compa-ratio,
/// range penetration and period normalisation.
///
/// Rounding: every division that lands between two minor units rounds half away from zero
/// (2.5 → 3, -2.5 → -3), once, at the end. Never banker's rounding: people check these figures
/// by hand and expect school rounding.
///
/// Periods convert through their yearly counts: 2,080 hours, 260 days, 52 weeks, 12 months a
/// year. hour → day is therefore × 8, month → week × 12 / 52. The ratio is applied exactly and
/// rounded once, so converting through a year gives the same figure as converting directly.
///
/// Two amounts meet only in the same currency (else CurrencyMismatch) and the same period (else
/// PeriodMismatch); callers normalise the period first when they mean to. Currencies are never
/// converted. Ratios are doubles: they are ratios, not money.
class PayMath final
{
public:
    /// 2^53: the largest magnitude a JSON number carries exactly, and our ceiling for amounts.
    static constexpr qint64 kMaxExactMinor = qint64(1) << 53;

    /// How many of `period` make a year: hour 2080, day 260, week 52, month 12, year 1.
    static qint64 unitsPerYear(Period period);
    /// numerator ÷ denominator rounded half away from zero; denominator must be positive.
    static qint64 divideRounded(qint64 numerator, qint64 denominator);

    /// The stated midpoint when the band has one, else (min + max) ÷ 2 rounded half away from
    /// zero. Never overflows.
    static qint64 midpoint(const PayBand &band);
    /// max − min in minor units; for a band that passed validate() this cannot overflow.
    static qint64 width(const PayBand &band);
    /// Width as a percentage of the minimum ((max − min) ÷ min × 100); InvalidArgument when min
    /// is zero or negative.
    static Result<double> spreadPercent(const PayBand &band);
    /// salary ÷ midpoint. Mismatched currency or period is an error; so is a midpoint ≤ 0.
    static Result<double> compaRatio(const Money &salary, const PayBand &band);
    /// (salary − min) ÷ (max − min): 0 at the minimum, 1 at the maximum, below 0 or above 1
    /// outside the band (not clamped, so an offer above the range shows as such). A zero-width
    /// band has no penetration: InvalidArgument, and the caller shows "not applicable".
    static Result<double> rangePenetration(const Money &salary, const PayBand &band);

    /// A minor-unit amount quoted per `from` re-quoted per `to`, rounded half away from zero;
    /// ValueOutOfRange when the result would not fit (e.g. a huge hourly rate × 2080).
    static Result<qint64> convertMinor(qint64 minor, Period from, Period to);
    /// The same money quoted per `to`; currency unchanged.
    static Result<Money> normalise(const Money &amount, Period to);
    /// The band with min, max and any stated midpoint quoted per `to`.
    static Result<PayBand> normalise(const PayBand &band, Period to);

    /// Ok when both amounts share currency and period; else CurrencyMismatch / PeriodMismatch.
    static Status checkComparable(const Money &amount, const PayBand &band);
    /// Ok when both bands share currency and period; else CurrencyMismatch / PeriodMismatch.
    static Status checkComparable(const PayBand &a, const PayBand &b);
    /// midpoint(b) − midpoint(a), once the bands are comparable.
    static Result<qint64> midpointDifference(const PayBand &a, const PayBand &b);

    /// A band the maths can trust: a three-letter upper-case currency, 0 ≤ min ≤ max ≤ 2^53, a
    /// stated midpoint within [min, max]. InvalidArgument or ValueOutOfRange with the reason.
    static Status validate(const PayBand &band);
};

} // namespace Reqdesk::Core
