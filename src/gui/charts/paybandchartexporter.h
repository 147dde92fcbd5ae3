#pragma once

#include "core/result.h"
#include "gui/charts/chartexporter.h"

#include <QString>

#include <optional>

namespace Reqdesk::Gui {

class PayBandChartView;

/// Writes a PayBandChartView, with its notes, to PNG, SVG or PDF: ChartExporter for the pay
/// band chart, kept so callers that name the pay band chart read as they did.
class PayBandChartExporter final
{
public:
    /// Export formats (ChartExporter's).
    using Format = ChartExporter::Format;

    /// Exports `view`, which must outlive the exporter.
    explicit PayBandChartExporter(const PayBandChartView *view);

    /// Writes the chart to `path`; IoError with the reason when the file cannot be written.
    Core::Status exportTo(const QString &path, Format format) const;
    /// The format a file suffix names ("png", "SVG", "pdf"), if any.
    static std::optional<Format> formatForSuffix(QStringView suffix);

private:
    const PayBandChartView *m_view;
};

} // namespace Reqdesk::Gui
