#pragma once

#include "core/error.h"
#include "core/period.h"
#include "core/requisitionstatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Reqdesk::Gui {

/// Translated words for core values; the GUI's only place that turns enums into text.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(Reqdesk::Gui::DisplayText)

public:
    /// "Pending approval", "On hold"...
    static QString status(Core::RequisitionStatus status);
    /// "per year", "per hour"...
    static QString period(Core::Period period);
    /// An amount in minor units as the locale writes money: "$100,600", "€52.50", "CHF 90,000".
    static QString money(qint64 minor, const QString &currency, const QLocale &locale = {});
    /// A sentence for a store or import error, in the user's words.
    static QString error(const Core::Error &error);
};

} // namespace Reqdesk::Gui
