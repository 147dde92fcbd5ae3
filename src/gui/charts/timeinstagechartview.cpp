#include "gui/charts/timeinstagechartview.h"

#include "gui/charts/charttheme.h"
#include "gui/charts/pipelineformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QScatterSeries>
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
    : PipelineChartView(Qt::AlignBottom,
                        Qt::AlignLeft,
                        tr("Time in stage chart"),
                        tr("Median days in each stage with the mean marked; the table beside it "
                           "has the same figures"),
                        parent)
{
    connect(this, &PipelineChartView::chartRebuilt, this, &TimeInStageChartView::durationsChanged);
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
    return m_durations.isEmpty() ? 0 : m_markers;
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

bool TimeInStageChartView::isEmpty() const
{
    return m_durations.isEmpty();
}

QString TimeInStageChartView::title() const
{
    return tr("Time in stage: %1").arg(m_scope);
}

QString TimeInStageChartView::emptyTitle() const
{
    return m_scope.isEmpty() ? tr("Time in stage: no completed stays yet")
                             : tr("Time in stage: no completed stays yet for %1").arg(m_scope);
}

void TimeInStageChartView::buildSeries()
{
    m_markers = 0;
    const QList<StageDuration> &entries = m_durations.entries();
    auto *medians = new QBarSet(tr("Median days"));
    medians->setColor(ChartTheme::barColour(isDark()));
    medians->setPen(Qt::NoPen);
    auto *means = new QScatterSeries;
    means->setName(tr("Mean days"));
    means->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    means->setMarkerSize(11);
    means->setColor(ChartTheme::accentColour(isDark()));
    means->setBorderColor(ChartTheme::markerColour(isDark()));
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
    chart()->addSeries(bars);
    chart()->addSeries(means);
    connect(medians, &QBarSet::hovered, this, [this](bool state, int index) {
        showChartToolTip(state ? toolTipForStage(index) : QString());
    });
    connect(means, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        showChartToolTip(state ? toolTipForStage(qRound(point.x())) : QString());
    });

    stageAxis()->clear();
    stageAxis()->append(categories);
    bars->attachAxis(stageAxis());
    means->attachAxis(stageAxis()); // x = category index, as QtCharts maps it

    const double top = std::max(1.0, shown(m_durations.longestDays()));
    valueAxis()->setRange(0, top * 1.15);
    valueAxis()->applyNiceNumbers();
    valueAxis()->setTitleText(tr("Days"));
    bars->attachAxis(valueAxis());
    means->attachAxis(valueAxis());

    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QString TimeInStageChartView::exportDescription() const
{
    return tr("Reqdesk time in stage");
}

} // namespace Reqdesk::Gui
