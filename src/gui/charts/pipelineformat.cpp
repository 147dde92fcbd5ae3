#include "gui/charts/pipelineformat.h"

#include "gui/applicationtablemodel.h"
#include "gui/charts/paybandformat.h"

#include <QCoreApplication>

#include <cmath>

namespace Reqdesk::Gui {

QString PipelineFormat::stage(Core::Stage stage)
{
    return ApplicationTableModel::stageText(stage);
}

QString PipelineFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString PipelineFormat::percent(std::optional<double> share, const QLocale &locale)
{
    return PayBandFormat::percent(share, locale);
}

QString PipelineFormat::dayNumber(double days, const QLocale &locale)
{
    return locale.toString(days, 'f', 1);
}

QString PipelineFormat::days(double days, const QLocale &locale)
{
    // Plural by the rounded figure shown: "1.0 day", "1.5 days".
    const bool one = std::abs(std::round(days * 10) - 10) < 0.5;
    return one ? QCoreApplication::translate("Reqdesk::Gui::PipelineFormat", "%1 day")
                           .arg(dayNumber(days, locale))
               : QCoreApplication::translate("Reqdesk::Gui::PipelineFormat", "%1 days")
                           .arg(dayNumber(days, locale));
}

} // namespace Reqdesk::Gui
