#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Reqdesk::Gui {

class PayBandChartView;

/// Writes a PayBandChartView, with its notes, to PNG (2× pixels for high-DPI screens and print),
/// SVG or PDF (vector, A4 landscape). Files are written atomically through QSaveFile.
class PayBandChartExporter final
{
public:
    /// Export formats.
    enum class Format { Png, Svg, Pdf };

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
