#include "gui/charts/paybandformat.h"

#include "core/currency.h"

#include <QCoreApplication>

namespace Reqdesk::Gui {

namespace {

QString symbolFor(const QString &currency, const QLocale &locale)
{
    // The locale's own symbol only for its own currency: "$" would be ambiguous for CAD or AUD.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    return currency + QLatin1Char(' ');
}

} // namespace

QString PayBandFormat::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    const qint64 perMajor = Core::Currency::minorPerMajor(currency);
    const bool whole = minor % perMajor == 0;
    const int precision = whole ? 0 : Core::Currency::minorDigits(currency);
    // Display only: the double is exact for every amount below 2^53 minor units.
    const double major = double(minor) / double(perMajor);
    return locale.toCurrencyString(major, symbolFor(currency, locale), precision).trimmed();
}

QString PayBandFormat::axisMoney(double major, const QString &currency, const QLocale &locale)
{
    return locale.toCurrencyString(major, symbolFor(currency, locale), 0).trimmed();
}

QString PayBandFormat::ratio(std::optional<double> value, const QLocale &locale)
{
    if (!value)
        return QCoreApplication::translate("Reqdesk::Gui::PayBandFormat", "n/a");
    return locale.toString(*value, 'f', 2);
}

QString PayBandFormat::percent(std::optional<double> value, const QLocale &locale)
{
    if (!value)
        return QCoreApplication::translate("Reqdesk::Gui::PayBandFormat", "n/a");
    return locale.toString(*value * 100.0, 'f', 1) + locale.percent();
}

} // namespace Reqdesk::Gui
