#include "gui/displaytext.h"

#include "core/currency.h"

namespace Reqdesk::Gui {

QString DisplayText::status(Core::RequisitionStatus status)
{
    using S = Core::RequisitionStatus;
    switch (status) {
    case S::Draft:
        return tr("Draft");
    case S::PendingApproval:
        return tr("Pending approval");
    case S::Open:
        return tr("Open");
    case S::OnHold:
        return tr("On hold");
    case S::Filled:
        return tr("Filled");
    case S::Closed:
        return tr("Closed");
    case S::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString DisplayText::period(Core::Period period)
{
    using P = Core::Period;
    switch (period) {
    case P::Hour:
        return tr("per hour");
    case P::Day:
        return tr("per day");
    case P::Week:
        return tr("per week");
    case P::Month:
        return tr("per month");
    case P::Year:
        return tr("per year");
    }
    return QString();
}

QString DisplayText::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    if (currency.isEmpty())
        return QString();
    // The locale's own symbol only for its own currency; other currencies show their ISO code
    // so "$" never leaves the reader guessing between USD, CAD and AUD.
    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    QString symbol = own ? locale.currencySymbol(QLocale::CurrencySymbol) : currency;
    const qint64 perMajor = Core::Currency::minorPerMajor(currency);
    // Format with a placeholder sign to learn where this locale puts the symbol.
    const QString placeholder(QChar(0x00A4));
    QString text = minor % perMajor == 0
                           ? locale.toCurrencyString(minor / perMajor, placeholder)
                           // Display only: the stored value stays exact in minor units.
                           : locale.toCurrencyString(double(minor) / double(perMajor),
                                                     placeholder,
                                                     Core::Currency::minorDigits(currency));
    const qsizetype at = text.indexOf(placeholder);
    if (at < 0)
        return text + QChar(0x00A0) + symbol;
    if (!own || symbol.isEmpty()) {
        if (symbol.isEmpty())
            symbol = currency;
        // A letter code needs a (non-breaking) space where it meets a digit: "EUR 42,800".
        if (at > 0 && text.at(at - 1).isDigit())
            symbol.prepend(QChar(0x00A0));
        if (at + 1 < text.size() && text.at(at + 1).isDigit())
            symbol.append(QChar(0x00A0));
    }
    text.replace(at, 1, symbol);
    return text;
}

QString DisplayText::error(const Core::Error &error)
{
    using E = Core::ErrorCode;
    switch (error.code) {
    case E::DatabaseNotReqdesk:
        return tr("This file is not a Reqdesk cache (%1). It was left untouched.")
                .arg(error.detail);
    case E::DatabaseCorrupt:
        return tr("The cache file is damaged (%1). It was left untouched; move it away to "
                  "start with an empty cache.")
                .arg(error.detail);
    case E::SchemaTooNew:
        return tr("The cache was written by a newer Reqdesk. Please update Reqdesk. (%1)")
                .arg(error.detail);
    case E::DiskFull:
        return tr("The disk is full; nothing was saved.");
    case E::DatabaseBusy:
        return tr("The cache is busy in another program; try again in a moment.");
    case E::ParseError:
        return error.line > 0 ? tr("Line %1: %2").arg(error.line).arg(error.detail) : error.detail;
    default:
        return error.message();
    }
}

} // namespace Reqdesk::Gui
