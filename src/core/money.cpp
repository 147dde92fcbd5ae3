#include "core/money.h"

#include "core/currency.h"

#include <limits>

namespace Reqdesk::Core {

Money Money::fromMajor(qint64 major, const QString &currency, Period period)
{
    return Money{major * Currency::minorPerMajor(currency), currency, period};
}

std::optional<qint64> Money::parseDecimal(QStringView text, QStringView currency)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const int digits = Currency::minorDigits(currency);
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool sawDigit = false;
    int digitsSinceComma = -1; // grouping commas must be followed by exactly three digits
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 100000;
    for (const QChar c : t) {
        if (c.isDigit()) {
            sawDigit = true;
            const int d = c.digitValue();
            if (inFraction) {
                if (++fractionDigits > digits)
                    return std::nullopt;
                fraction = fraction * 10 + d;
            } else {
                if (whole > limit)
                    return std::nullopt;
                whole = whole * 10 + d;
                if (digitsSinceComma >= 0)
                    ++digitsSinceComma;
            }
        } else if (c == u',' && !inFraction && sawDigit) {
            if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                return std::nullopt;
            digitsSinceComma = 0;
        } else if (c == u'.' && !inFraction) {
            if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                return std::nullopt;
            digitsSinceComma = -1;
            inFraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (!sawDigit || (digitsSinceComma >= 0 && digitsSinceComma != 3))
        return std::nullopt;
    for (int i = fractionDigits; i < digits; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return whole * scale + fraction;
}

double Money::toMajor() const
{
    return double(minor) / double(Currency::minorPerMajor(currency));
}

QString Money::toDecimalString() const
{
    return minorToDecimalString(minor, currency);
}

QString minorToDecimalString(qint64 minor, QStringView currency)
{
    const qint64 scale = Currency::minorPerMajor(currency);
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    const quint64 whole = magnitude / quint64(scale);
    const quint64 fraction = magnitude % quint64(scale);
    QString text = negative ? QStringLiteral("-") : QString();
    text += QString::number(whole);
    if (fraction != 0) {
        text += u'.'
                + QString::number(fraction).rightJustified(Currency::minorDigits(currency), u'0');
    }
    return text;
}

} // namespace Reqdesk::Core
