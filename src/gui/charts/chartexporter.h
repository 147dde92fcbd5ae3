#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Reqdesk::Gui {

class ExportableChart;

/// Writes any ExportableChart to PNG (2× pixels for high-DPI screens and print), SVG or PDF
/// (vector, A4 landscape). Files are written atomically through QSaveFile.
class ChartExporter final
{
public:
    /// Export formats.
    enum class Format { Png, Svg, Pdf };

    /// Exports `chart`, which must outlive the exporter.
    explicit ChartExporter(const ExportableChart *chart);

    /// Writes the chart to `path`; IoError with the reason when the file cannot be written.
    Core::Status exportTo(const QString &path, Format format) const;
    /// The format a file suffix names ("png", "SVG", "pdf"), if any.
    static std::optional<Format> formatForSuffix(QStringView suffix);

private:
    const ExportableChart *m_chart;
};

} // namespace Reqdesk::Gui
