#include "core/rules/paymath.h"

#include <QtNumeric>

#include <algorithm>
#include <numeric>

namespace Reqdesk::Core {

namespace {

QString describe(const QString &currency, Period period)
{
    return currency + u'/' + periodName(period);
}

Status checkUnits(const QString &currencyA,
                  Period periodA,
                  const QString &currencyB,
                  Period periodB,
                  const QString &what)
{
    if (currencyA != currencyB) {
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("%1: %2 against %3; currencies are never converted")
                                 .arg(what, currencyA, currencyB));
    }
    if (periodA != periodB) {
        return makeError(
                ErrorCode::PeriodMismatch,
                QStringLiteral("%1: %2 against %3; normalise the period first")
                        .arg(what, describe(currencyA, periodA), describe(currencyB, periodB)));
    }
    return {};
}

} // namespace

qint64 PayMath::unitsPerYear(Period period)
{
    switch (period) {
    case Period::Hour:
        return 2080;
    case Period::Day:
        return 260;
    case Period::Week:
        return 52;
    case Period::Month:
        return 12;
    case Period::Year:
        return 1;
    }
    return 1;
}

qint64 PayMath::divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator; // same sign as the numerator
    const qint64 magnitude = remainder < 0 ? -remainder : remainder;
    // |r| ≥ d − |r| is 2|r| ≥ d without the overflow.
    if (magnitude != 0 && magnitude >= denominator - magnitude)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

qint64 PayMath::midpoint(const PayBand &band)
{
    if (band.midMinor)
        return *band.midMinor;
    // (a + b) / 2 without forming a + b, which could overflow.
    const qint64 a = band.minMinor;
    const qint64 b = band.maxMinor;
    const qint64 half = a / 2 + b / 2;
    const qint64 rest = a % 2 + b % 2; // -2 … 2; the exact midpoint is half + rest / 2
    if (rest == 2 || rest == -2)
        return half + rest / 2;
    if (rest == 1)
        return half >= 0 ? half + 1 : half; // half + 0.5, away from zero
    if (rest == -1)
        return half <= 0 ? half - 1 : half; // half − 0.5, away from zero
    return half;
}

qint64 PayMath::width(const PayBand &band)
{
    return band.maxMinor - band.minMinor;
}

Result<double> PayMath::spreadPercent(const PayBand &band)
{
    if (band.minMinor <= 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the band has no positive minimum, so no spread"));
    }
    return double(width(band)) / double(band.minMinor) * 100.0;
}

Result<double> PayMath::compaRatio(const Money &salary, const PayBand &band)
{
    if (Status s = checkUnits(salary.currency,
                              salary.period,
                              band.currency,
                              band.period,
                              QStringLiteral("compa-ratio"));
        !s) {
        return s.error();
    }
    const qint64 mid = midpoint(band);
    if (mid <= 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the band's midpoint is not positive, so no compa-ratio"));
    }
    return double(salary.minor) / double(mid);
}

Result<double> PayMath::rangePenetration(const Money &salary, const PayBand &band)
{
    if (Status s = checkUnits(salary.currency,
                              salary.period,
                              band.currency,
                              band.period,
                              QStringLiteral("range penetration"));
        !s) {
        return s.error();
    }
    const qint64 w = width(band);
    if (w <= 0) {
        return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("the band has no width, so range penetration is undefined"));
    }
    return double(salary.minor - band.minMinor) / double(w);
}

Result<qint64> PayMath::convertMinor(qint64 minor, Period from, Period to)
{
    // per-`to` amount = per-`from` amount × (from per year) ÷ (to per year), reduced first so
    // the product stays as small as possible.
    qint64 num = unitsPerYear(from);
    qint64 den = unitsPerYear(to);
    const qint64 g = std::gcd(num, den);
    num /= g;
    den /= g;
    qint64 product = 0;
    if (qMulOverflow(minor, num, &product)) {
        return makeError(ErrorCode::ValueOutOfRange,
                         QStringLiteral("%1 minor units per %2 is too large to express per %3")
                                 .arg(minor)
                                 .arg(periodName(from), periodName(to)));
    }
    return divideRounded(product, den);
}

Result<Money> PayMath::normalise(const Money &amount, Period to)
{
    Result<qint64> minor = convertMinor(amount.minor, amount.period, to);
    if (!minor)
        return minor.error();
    return Money{*minor, amount.currency, to};
}

Result<PayBand> PayMath::normalise(const PayBand &band, Period to)
{
    PayBand out = band;
    out.period = to;
    Result<qint64> min = convertMinor(band.minMinor, band.period, to);
    if (!min)
        return min.error();
    Result<qint64> max = convertMinor(band.maxMinor, band.period, to);
    if (!max)
        return max.error();
    out.minMinor = *min;
    out.maxMinor = *max;
    if (band.midMinor) {
        Result<qint64> mid = convertMinor(*band.midMinor, band.period, to);
        if (!mid)
            return mid.error();
        out.midMinor = *mid;
    }
    return out;
}

Status PayMath::checkComparable(const Money &amount, const PayBand &band)
{
    return checkUnits(amount.currency,
                      amount.period,
                      band.currency,
                      band.period,
                      QStringLiteral("amount against band"));
}

Status PayMath::checkComparable(const PayBand &a, const PayBand &b)
{
    return checkUnits(
            a.currency, a.period, b.currency, b.period, QStringLiteral("band against band"));
}

Result<qint64> PayMath::midpointDifference(const PayBand &a, const PayBand &b)
{
    if (Status s = checkComparable(a, b); !s)
        return s.error();
    qint64 diff = 0;
    if (qSubOverflow(midpoint(b), midpoint(a), &diff))
        return makeError(ErrorCode::ValueOutOfRange,
                         QStringLiteral("midpoint difference overflows"));
    return diff;
}

Status PayMath::validate(const PayBand &band)
{
    const QString &c = band.currency;
    if (c.size() != 3
        || !std::all_of(c.cbegin(), c.cend(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; })) {
        return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("currency '%1' is not a three-letter ISO 4217 code").arg(c));
    }
    if (band.minMinor < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the minimum is negative"));
    if (band.maxMinor < band.minMinor)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the maximum is below the minimum"));
    if (band.maxMinor > kMaxExactMinor)
        return makeError(ErrorCode::ValueOutOfRange,
                         QStringLiteral("the maximum is above 2^53 minor units"));
    if (band.midMinor && (*band.midMinor < band.minMinor || *band.midMinor > band.maxMinor))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the stated midpoint lies outside the band"));
    return {};
}

} // namespace Reqdesk::Core
