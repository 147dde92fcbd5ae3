#pragma once

#include "core/stage.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace Reqdesk::Gui {

/// Locale-aware text for the funnel and time-in-stage charts and their tables, so a tooltip
/// and the table beside the chart always read alike.
class PipelineFormat final
{
public:
    /// The translated stage name ("Recruiter screen").
    static QString stage(Core::Stage stage);
    /// A count in the locale's digits ("1,204").
    static QString count(qint64 value, const QLocale &locale = QLocale());
    /// A share as a percentage with one decimal ("66.7 %"), or "n/a".
    static QString percent(std::optional<double> share, const QLocale &locale = QLocale());
    /// Days with one decimal ("3.5 days", "1.0 day").
    static QString days(double days, const QLocale &locale = QLocale());
    /// A number of days with one decimal, without the unit ("3.5"), for table cells.
    static QString dayNumber(double days, const QLocale &locale = QLocale());
};

} // namespace Reqdesk::Gui
