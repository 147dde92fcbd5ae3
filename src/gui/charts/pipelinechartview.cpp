#include "gui/charts/pipelinechartview.h"

#include "gui/charts/charttheme.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Reqdesk::Gui {

namespace {

constexpr qreal kNoteHeight = 36; // one or two lines of the note under an exported chart

} // namespace

PipelineChartView::PipelineChartView(Qt::Alignment stageSide,
                                     Qt::Alignment valueSide,
                                     const QString &accessibleName,
                                     const QString &accessibleDescription,
                                     QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(280, 220);
    m_chartView->setAccessibleName(accessibleName);
    // Tab skips the picture: the figures table beside it is the keyboard's way in.
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setAccessibleDescription(accessibleDescription);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
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
    m_chart->addAxis(m_stageAxis, stageSide);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(
            QStringLiteral("%.0f")); // "%d" draws nothing with localized numbers
    m_chart->addAxis(m_valueAxis, valueSide);

    m_dark = ChartTheme::isDark(palette());
}

PipelineChartView::~PipelineChartView() = default;

QString PipelineChartView::noteText() const
{
    return {};
}

void PipelineChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange
         || event->type() == QEvent::ApplicationPaletteChange)
        && ChartTheme::isDark(palette()) != m_dark) {
        m_dark = ChartTheme::isDark(palette());
        rebuild();
    }
}

void PipelineChartView::rebuild()
{
    // The theme resets fonts, axes and series colours, so it goes first, every time.
    ChartTheme::apply(m_chart, m_dark);
    m_chart->removeAllSeries();
    const bool empty = isEmpty();
    m_stageAxis->setVisible(!empty);
    m_valueAxis->setVisible(!empty);
    const QString note = noteText();
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
    if (empty) {
        m_chart->setTitle(emptyTitle());
        m_chart->legend()->setVisible(false);
    } else {
        m_chart->setTitle(title());
        buildSeries();
    }
    flushLayout();
    emit chartRebuilt();
}

void PipelineChartView::setNoteAccessibleName(const QString &name)
{
    m_noteLabel->setAccessibleName(name);
}

void PipelineChartView::showChartToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_chartView);
}

void PipelineChartView::flushLayout() const
{
    // QtCharts lays out on a posted LayoutRequest: an export right after a rebuild must not
    // paint the previous layout.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QGraphicsLayout *layout = m_chart->legend()->layout())
        layout->activate();
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
}

QString PipelineChartView::exportTitle() const
{
    return m_chart->title();
}

QSizeF PipelineChartView::exportSize() const
{
    // The chart as on screen, scaled up to at least 800 wide (scaling keeps its proportions, so
    // it fills the image), with a line for the note under it.
    const QSizeF chart = m_chartView->size();
    const qreal k = std::max(1.0, 800.0 / std::max(1.0, chart.width()));
    return chart * k + QSizeF(0, noteText().isEmpty() ? 0 : kNoteHeight);
}

QColor PipelineChartView::exportBackground() const
{
    return m_chart->backgroundBrush().color();
}

void PipelineChartView::renderChart(QPainter *painter, const QRectF &target) const
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
