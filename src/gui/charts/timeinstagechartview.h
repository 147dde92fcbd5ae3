#pragma once

#include "gui/charts/exportablechart.h"
#include "gui/charts/stagedurations.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

/// Time in stage as vertical bars of the median days spent in each stage from Applied to
/// Offer, with the mean as a marker over each bar (a long tail shows as a mean well above its
/// median). Only completed stays count: an application still in a stage has not finished its
/// time there. Hovering a bar or a marker shows the exact figures. The chart theme follows the
/// palette (light or dark).
class TimeInStageChartView final : public QWidget, public ExportableChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeInStageChartView)

public:
    /// No stays.
    explicit TimeInStageChartView(QWidget *parent = nullptr);
    ~TimeInStageChartView() override;

    /// Shows `durations`; `scope` names what they measure.
    void setDurations(const StageDurations &durations, const QString &scope);
    /// The figures shown.
    const StageDurations &durations() const { return m_durations; }
    /// Bars plotted: one per measured stage, none while no stay was completed.
    int barCount() const;
    /// Mean markers plotted (stages with at least one stay).
    int markerCount() const;
    /// Plain-text tooltip of entry `index` (0 = Applied): median, mean, number of stays.
    QString toolTipForStage(int index) const;
    /// The QtCharts chart (tests, export).
    QChart *chart() const { return m_chart; }

    QString exportTitle() const override;
    QString exportDescription() const override;
    QSizeF exportSize() const override;
    QColor exportBackground() const override;
    void renderChart(QPainter *painter, const QRectF &target) const override;

signals:
    /// Emitted after every rebuild.
    void durationsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showToolTip(bool shown, int index);
    void flushLayout() const;

    StageDurations m_durations;
    QString m_scope;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QBarCategoryAxis *m_stageAxis = nullptr;
    QValueAxis *m_dayAxis = nullptr;
    int m_markers = 0;
    bool m_dark = false;
};

} // namespace Reqdesk::Gui
