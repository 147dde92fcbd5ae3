#include "gui/charts/funnelchartview.h"

#include "gui/charts/charttheme.h"
#include "gui/charts/pipelineformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Reqdesk::Gui {

FunnelChartView::FunnelChartView(QWidget *parent)
    : PipelineChartView(
            Qt::AlignLeft,
            Qt::AlignBottom,
            tr("Funnel chart"),
            tr("Applications that reached each stage; the table beside it has the same figures"),
            parent)
{
    setNoteAccessibleName(tr("Funnel notes"));
    connect(this, &PipelineChartView::chartRebuilt, this, &FunnelChartView::funnelChanged);
    rebuild();
}

FunnelChartView::~FunnelChartView() = default;

void FunnelChartView::setFunnel(const PipelineFunnel &funnel, const QString &scope)
{
    m_funnel = funnel;
    m_scope = scope;
    rebuild();
}

int FunnelChartView::barCount() const
{
    return m_funnel.isEmpty() ? 0 : int(m_funnel.steps().size());
}

QString FunnelChartView::toolTipForStep(int step) const
{
    const QList<FunnelStep> &steps = m_funnel.steps();
    if (step < 0 || step >= steps.size())
        return {};
    const FunnelStep &s = steps.at(step);
    QStringList lines;
    lines << PipelineFormat::stage(s.stage)
          << tr("Reached: %1 of %2 applications")
                     .arg(PipelineFormat::count(s.reached),
                          PipelineFormat::count(m_funnel.total()));
    if (step > 0)
        lines << tr("Conversion from %1: %2")
                         .arg(PipelineFormat::stage(steps.at(step - 1).stage),
                              PipelineFormat::percent(s.conversion));
    const std::optional<double> ofAll
            = m_funnel.total() > 0
                      ? std::optional<double>(double(s.reached) / double(m_funnel.total()))
                      : std::nullopt;
    lines << tr("Share of all applications: %1").arg(PipelineFormat::percent(ofAll))
          << tr("In this stage now: %1").arg(PipelineFormat::count(s.current));
    if (s.exited > 0)
        lines << tr("Rejected or withdrawn after this stage: %1")
                         .arg(PipelineFormat::count(s.exited));
    return lines.join(QLatin1Char('\n'));
}

QString FunnelChartView::noteText() const
{
    if (m_funnel.rejected() == 0 && m_funnel.withdrawn() == 0)
        return {};
    return tr("Left the pipeline: %1 rejected, %2 withdrawn. Hired of all applications: %3.")
            .arg(PipelineFormat::count(m_funnel.rejected()),
                 PipelineFormat::count(m_funnel.withdrawn()),
                 PipelineFormat::percent(m_funnel.overallConversion()));
}

bool FunnelChartView::isEmpty() const
{
    return m_funnel.isEmpty();
}

QString FunnelChartView::title() const
{
    return tr("Funnel: %1").arg(m_scope);
}

QString FunnelChartView::emptyTitle() const
{
    return m_scope.isEmpty() ? tr("Funnel: no applications")
                             : tr("Funnel: no applications for %1").arg(m_scope);
}

void FunnelChartView::buildSeries()
{
    const QList<FunnelStep> &steps = m_funnel.steps();
    const int n = int(steps.size());
    auto *set = new QBarSet(tr("Applications that reached the stage"));
    set->setColor(ChartTheme::barColour(isDark()));
    set->setPen(Qt::NoPen);
    // The count sits after the bar, on the chart's background: the theme's own label colour is
    // meant for inside bars.
    set->setLabelColor(ChartTheme::markerColour(isDark()));
    QStringList categories;
    for (int i = n - 1; i >= 0; --i) { // category 0 is drawn at the bottom: Applied goes last
        const FunnelStep &s = steps.at(i);
        set->append(qreal(s.reached));
        categories << (i == 0 ? PipelineFormat::stage(s.stage)
                              : tr("%1 (%2)").arg(PipelineFormat::stage(s.stage),
                                                  PipelineFormat::percent(s.conversion)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart()->addSeries(series);
    connect(set, &QBarSet::hovered, this, [this](bool shown, int index) {
        // Categories run bottom-up; steps top-down.
        showChartToolTip(shown ? toolTipForStep(barCount() - 1 - index) : QString());
    });

    stageAxis()->clear();
    stageAxis()->append(categories);
    series->attachAxis(stageAxis());

    // Whole applications only; room after the longest bar for its label.
    const qint64 top = std::max<qint64>(1, m_funnel.total());
    const qint64 step = std::max<qint64>(1, qint64(std::ceil(double(top) / 5.0)));
    const qint64 axisMax = step * (top / step + 1);
    valueAxis()->setRange(0, double(axisMax));
    valueAxis()->setTickCount(int(axisMax / step) + 1);
    valueAxis()->setTitleText(tr("Applications"));
    series->attachAxis(valueAxis());

    chart()->legend()->setVisible(false); // one series: the axis title says what it is
}

QString FunnelChartView::exportDescription() const
{
    return tr("Reqdesk pipeline funnel");
}

} // namespace Reqdesk::Gui
