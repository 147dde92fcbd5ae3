#include "gui/charts/timeinstagechartview.h"

#include "gui/charts/charttheme.h"
#include "gui/charts/pipelineformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Reqdesk::Gui {

namespace {

// Bars and markers at one decimal: the precision the labels show (the tooltip and the table
// carry the same rounding, so the three never disagree).
double shown(double days)
{
    return std::round(days * 10.0) / 10.0;
}

} // namespace

TimeInStageChartView::TimeInStageChartView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(280, 220);
    m_chartView->setAccessibleName(tr("Time in stage chart"));
    // Tab skips the picture: the figures table beside it is the keyboard's way in.
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setAccessibleDescription(
            tr("Median days in each stage with the mean marked; the table beside it has the "
               "same figures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView, 1);
    // Axes for the chart's lifetime, as in FunnelChartView.
    m_stageAxis = new QBarCategoryAxis(m_chart);
    m_stageAxis->setGridLineVisible(false);
    m_chart->addAxis(m_stageAxis, Qt::AlignBottom);
    m_dayAxis = new QValueAxis(m_chart);
    m_dayAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_dayAxis, Qt::AlignLeft);
    m_dark = ChartTheme::isDark(palette());
    rebuild();
}

TimeInStageChartView::~TimeInStageChartView() = default;

void TimeInStageChartView::setDurations(const StageDurations &durations, const QString &scope)
{
    m_durations = durations;
    m_scope = scope;
    rebuild();
}

int TimeInStageChartView::barCount() const
{
    return m_durations.isEmpty() ? 0 : int(m_durations.entries().size());
}

int TimeInStageChartView::markerCount() const
{
    return m_markers;
}

QString TimeInStageChartView::toolTipForStage(int index) const
{
    const QList<StageDuration> &entries = m_durations.entries();
    if (index < 0 || index >= entries.size())
        return {};
    const StageDuration &e = entries.at(index);
    QStringList lines;
    lines << PipelineFormat::stage(e.stage);
    if (e.stays == 0) {
        lines << tr("No application has left this stage yet");
    } else {
        lines << tr("Median: %1").arg(PipelineFormat::days(e.medianDays))
              << tr("Mean: %1").arg(PipelineFormat::days(e.meanDays))
              << tr("Completed stays: %1").arg(PipelineFormat::count(e.stays));
    }
    return lines.join(QLatin1Char('\n'));
}

void TimeInStageChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange
         || event->type() == QEvent::ApplicationPaletteChange)
        && ChartTheme::isDark(palette()) != m_dark) {
        m_dark = ChartTheme::isDark(palette());
        rebuild();
    }
}

void TimeInStageChartView::showToolTip(bool shown, int index)
{
    if (!shown) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), toolTipForStage(index), m_chartView);
}

void TimeInStageChartView::rebuild()
{
    ChartTheme::apply(m_chart, m_dark);
    m_chart->removeAllSeries();
    m_markers = 0;
    m_stageAxis->setVisible(!m_durations.isEmpty());
    m_dayAxis->setVisible(!m_durations.isEmpty());

    if (m_durations.isEmpty()) {
        m_chart->setTitle(
                m_scope.isEmpty()
                        ? tr("Time in stage: no completed stays yet")
                        : tr("Time in stage: no completed stays yet for %1").arg(m_scope));
        m_chart->legend()->setVisible(false);
        flushLayout();
        emit durationsChanged();
        return;
    }
    m_chart->setTitle(tr("Time in stage: %1").arg(m_scope));

    const QList<StageDuration> &entries = m_durations.entries();
    auto *medians = new QBarSet(tr("Median days"));
    medians->setColor(ChartTheme::barColour(m_dark));
    medians->setPen(Qt::NoPen);
    auto *means = new QScatterSeries;
    means->setName(tr("Mean days"));
    means->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    means->setMarkerSize(11);
    means->setColor(ChartTheme::accentColour(m_dark));
    means->setBorderColor(ChartTheme::markerColour(m_dark));
    QStringList categories;
    for (int i = 0; i < entries.size(); ++i) {
        const StageDuration &e = entries.at(i);
        medians->append(shown(e.medianDays));
        categories << PipelineFormat::stage(e.stage);
        if (e.stays > 0) {
            means->append(i, shown(e.meanDays));
            ++m_markers;
        }
    }
    auto *bars = new QBarSeries;
    bars->append(medians);
    bars->setBarWidth(0.6);
    bars->setLabelsVisible(true);
    // Centred: the mean marker often sits near the top of its bar.
    bars->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    m_chart->addSeries(bars);
    m_chart->addSeries(means);
    connect(medians, &QBarSet::hovered, this, &TimeInStageChartView::showToolTip);
    connect(means, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        showToolTip(state, qRound(point.x()));
    });

    m_stageAxis->clear();
    m_stageAxis->append(categories);
    bars->attachAxis(m_stageAxis);
    means->attachAxis(m_stageAxis); // x = category index, as QtCharts maps it

    const double top = std::max(1.0, shown(m_durations.longestDays()));
    m_dayAxis->setRange(0, top * 1.15);
    m_dayAxis->applyNiceNumbers();
    m_dayAxis->setTitleText(tr("Days"));
    bars->attachAxis(m_dayAxis);
    means->attachAxis(m_dayAxis);

    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    flushLayout();
    emit durationsChanged();
}

void TimeInStageChartView::flushLayout() const
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QGraphicsLayout *layout = m_chart->legend()->layout())
        layout->activate();
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
}

QString TimeInStageChartView::exportTitle() const
{
    return m_chart->title();
}

QString TimeInStageChartView::exportDescription() const
{
    return tr("Reqdesk time in stage");
}

QSizeF TimeInStageChartView::exportSize() const
{
    // The chart as on screen, scaled up to at least 800 wide: the same proportions, no bands.
    const QSizeF chart = m_chartView->size();
    return chart * std::max(1.0, 800.0 / std::max(1.0, chart.width()));
}

QColor TimeInStageChartView::exportBackground() const
{
    return m_chart->backgroundBrush().color();
}

void TimeInStageChartView::renderChart(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->fillRect(target, exportBackground());
    flushLayout();
    m_chartView->scene()->render(painter, target, m_chart->geometry(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Reqdesk::Gui
