#pragma once

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

/// A chart view that ChartExporter can write to PNG, SVG or PDF: what it is called, its natural
/// size, the colour under it and how it paints itself (with its notes) into a rectangle.
class ExportableChart
{
public:
    virtual ~ExportableChart() = default;

    /// The chart's title (image metadata, SVG and PDF titles).
    virtual QString exportTitle() const = 0;
    /// A short description of the kind of chart (SVG metadata).
    virtual QString exportDescription() const = 0;
    /// The natural size of an export in device-independent pixels.
    virtual QSizeF exportSize() const = 0;
    /// The colour a PNG starts from (the chart's background, so dark charts stay dark).
    virtual QColor exportBackground() const = 0;
    /// Paints the chart and its notes, vector where the device allows, into `target`.
    virtual void renderChart(QPainter *painter, const QRectF &target) const = 0;

protected:
    ExportableChart() = default;
    ExportableChart(const ExportableChart &) = default;
    ExportableChart &operator=(const ExportableChart &) = default;
};

} // namespace Reqdesk::Gui
