#include "gui/charts/paybandformat.h"

#include "core/currency.h"
#include "gui/displaytext.h"

#include <QCoreApplication>

namespace Reqdesk::Gui {

QString PayBandFormat::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    // One money format in the whole app: the table beside the chart reads like the detail pane.
    return DisplayText::money(minor, currency, locale);
}

QString PayBandFormat::axisMoney(double major, const QLocale &locale)
{
    return locale.toString(qRound64(major));
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
