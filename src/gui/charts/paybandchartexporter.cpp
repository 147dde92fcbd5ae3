#include "gui/charts/paybandchartexporter.h"

#include "gui/charts/paybandchartview.h"

namespace Reqdesk::Gui {

PayBandChartExporter::PayBandChartExporter(const PayBandChartView *view)
    : m_view(view)
{}

std::optional<PayBandChartExporter::Format>
PayBandChartExporter::formatForSuffix(QStringView suffix)
{
    return ChartExporter::formatForSuffix(suffix);
}

Core::Status PayBandChartExporter::exportTo(const QString &path, Format format) const
{
    return ChartExporter(m_view).exportTo(path, format);
}

} // namespace Reqdesk::Gui
