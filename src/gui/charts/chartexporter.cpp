#include "gui/charts/chartexporter.h"

#include "gui/charts/exportablechart.h"
#include "gui/guilogging.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace Reqdesk::Gui {

ChartExporter::ChartExporter(const ExportableChart *chart)
    : m_chart(chart)
{}

std::optional<ChartExporter::Format> ChartExporter::formatForSuffix(QStringView suffix)
{
    if (suffix.compare(u"png", Qt::CaseInsensitive) == 0)
        return Format::Png;
    if (suffix.compare(u"svg", Qt::CaseInsensitive) == 0)
        return Format::Svg;
    if (suffix.compare(u"pdf", Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    return std::nullopt;
}

Core::Status ChartExporter::exportTo(const QString &path, Format format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::makeError(Core::ErrorCode::IoError, file.errorString());
    const QSizeF size = m_chart->exportSize();
    const QString title = m_chart->exportTitle();

    switch (format) {
    case Format::Png: {
        constexpr qreal scale = 2.0;
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(m_chart->exportBackground());
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            m_chart->renderChart(&painter, QRectF(QPointF(), size));
        }
        image.setText(QStringLiteral("Title"), title);
        if (!image.save(&file, "PNG"))
            return Core::makeError(Core::ErrorCode::IoError, QStringLiteral("PNG encoding failed"));
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(), size));
        generator.setTitle(title);
        generator.setDescription(m_chart->exportDescription());
        QPainter painter;
        if (!painter.begin(&generator))
            return Core::makeError(Core::ErrorCode::IoError, QStringLiteral("SVG writer failed"));
        painter.setRenderHint(QPainter::Antialiasing);
        m_chart->renderChart(&painter, QRectF(QPointF(), size));
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Reqdesk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QPainter painter;
        if (!painter.begin(&writer))
            return Core::makeError(Core::ErrorCode::IoError, QStringLiteral("PDF writer failed"));
        painter.setRenderHint(QPainter::Antialiasing);
        // Scale the on-screen layout to the page so fonts keep their proportions.
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal factor = std::min(page.width() / size.width(), page.height() / size.height());
        painter.scale(factor, factor);
        m_chart->renderChart(&painter, QRectF(QPointF(), size));
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return Core::makeError(Core::ErrorCode::IoError, file.errorString());
    qCDebug(lcGuiCharts) << "exported chart to" << path;
    return {};
}

} // namespace Reqdesk::Gui
