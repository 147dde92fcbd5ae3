#include "gui/charts/funnelchartview.h"

#include "gui/charts/charttheme.h"
#include "gui/charts/pipelineformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Reqdesk::Gui {

namespace {

constexpr qreal kNoteHeight = 36; // one or two lines of the note under an exported funnel

} // namespace

FunnelChartView::FunnelChartView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(280, 220);
    m_chartView->setAccessibleName(tr("Funnel chart"));
    // Tab skips the picture: the figures table beside it is the keyboard's way in.
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setAccessibleDescription(
            tr("Applications that reached each stage; the table beside it has the same figures"));

    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setAccessibleName(tr("Funnel notes"));
    m_noteLabel->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_noteLabel);

    // The axes live as long as the chart (a removed axis would leave its items in the scene
    // until the event loop runs, and an export right after a rebuild would paint them).
    m_stageAxis = new QBarCategoryAxis(m_chart);
    m_stageAxis->setGridLineVisible(false);
    m_chart->addAxis(m_stageAxis, Qt::AlignLeft);
    m_countAxis = new QValueAxis(m_chart);
    m_countAxis->setLabelFormat(
            QStringLiteral("%.0f")); // "%d" draws nothing with localized numbers
    m_chart->addAxis(m_countAxis, Qt::AlignBottom);

    m_dark = ChartTheme::isDark(palette());
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

void FunnelChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange
         || event->type() == QEvent::ApplicationPaletteChange)
        && ChartTheme::isDark(palette()) != m_dark) {
        m_dark = ChartTheme::isDark(palette());
        rebuild();
    }
}

void FunnelChartView::showBarToolTip(bool shown, int index)
{
    if (!shown) {
        QToolTip::hideText();
        return;
    }
    // Categories run bottom-up; steps top-down.
    QToolTip::showText(QCursor::pos(), toolTipForStep(barCount() - 1 - index), m_chartView);
}

void FunnelChartView::rebuild()
{
    // The theme resets fonts, axes and series colours, so it goes first, every time.
    ChartTheme::apply(m_chart, m_dark);
    m_chart->removeAllSeries();
    m_stageAxis->setVisible(!m_funnel.isEmpty());
    m_countAxis->setVisible(!m_funnel.isEmpty());

    const QString note = noteText();
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
    if (m_funnel.isEmpty()) {
        m_chart->setTitle(m_scope.isEmpty() ? tr("Funnel: no applications")
                                            : tr("Funnel: no applications for %1").arg(m_scope));
        m_chart->legend()->setVisible(false);
        flushLayout();
        emit funnelChanged();
        return;
    }
    m_chart->setTitle(tr("Funnel: %1").arg(m_scope));

    const QList<FunnelStep> &steps = m_funnel.steps();
    const int n = int(steps.size());
    auto *set = new QBarSet(tr("Applications that reached the stage"));
    set->setColor(ChartTheme::barColour(m_dark));
    set->setPen(Qt::NoPen);
    // The count sits after the bar, on the chart's background: the theme's own label colour is
    // meant for inside bars.
    set->setLabelColor(ChartTheme::markerColour(m_dark));
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
    m_chart->addSeries(series);
    connect(set, &QBarSet::hovered, this, &FunnelChartView::showBarToolTip);

    m_stageAxis->clear();
    m_stageAxis->append(categories);
    series->attachAxis(m_stageAxis);

    // Whole applications only; room after the longest bar for its label.
    const qint64 top = std::max<qint64>(1, m_funnel.total());
    const qint64 step = std::max<qint64>(1, qint64(std::ceil(double(top) / 5.0)));
    const qint64 axisMax = step * (top / step + 1);
    m_countAxis->setRange(0, double(axisMax));
    m_countAxis->setTickCount(int(axisMax / step) + 1);
    m_countAxis->setTitleText(tr("Applications"));
    series->attachAxis(m_countAxis);

    m_chart->legend()->setVisible(false); // one series: the axis title says what it is
    flushLayout();
    emit funnelChanged();
}

void FunnelChartView::flushLayout() const
{
    // QtCharts lays out on a posted LayoutRequest: an export right after a rebuild must not
    // paint the previous layout.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
}

QString FunnelChartView::exportTitle() const
{
    return m_chart->title();
}

QString FunnelChartView::exportDescription() const
{
    return tr("Reqdesk pipeline funnel");
}

QSizeF FunnelChartView::exportSize() const
{
    // The chart as on screen, scaled up to at least 800 wide (scaling keeps its proportions, so
    // it fills the image), with a line for the note under it.
    const QSizeF chart = m_chartView->size();
    const qreal k = std::max(1.0, 800.0 / std::max(1.0, chart.width()));
    return chart * k + QSizeF(0, noteText().isEmpty() ? 0 : kNoteHeight);
}

QColor FunnelChartView::exportBackground() const
{
    return m_chart->backgroundBrush().color();
}

void FunnelChartView::renderChart(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->fillRect(target, exportBackground());
    QRectF chartRect = target;
    if (const QString note = noteText(); !note.isEmpty()) {
        QFont font = m_chart->titleFont();
        font.setBold(false);
        font.setPointSizeF(font.pointSizeF() * 0.8);
        painter->setFont(font);
        painter->setPen(m_chart->titleBrush().color());
        chartRect.setBottom(target.bottom() - kNoteHeight);
        painter->drawText(QRectF(target.left() + 12,
                                 chartRect.bottom(),
                                 target.width() - 24,
                                 kNoteHeight - 4),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                          note);
    }
    flushLayout();
    m_chartView->scene()->render(painter, chartRect, m_chart->geometry(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Reqdesk::Gui
