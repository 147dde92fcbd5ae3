#pragma once

#include "gui/charts/pipelinechartview.h"
#include "gui/charts/stagedurations.h"

namespace Reqdesk::Gui {

/// Time in stage as vertical bars of the median days spent in each stage from Applied to
/// Offer, with the mean as a marker over each bar (a long tail shows as a mean well above its
/// median). Only completed stays count: an application still in a stage has not finished its
/// time there. Hovering a bar or a marker shows the exact figures. The chart theme follows the
/// palette (light or dark).
class TimeInStageChartView final : public PipelineChartView
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

    QString exportDescription() const override;

signals:
    /// Emitted after every rebuild.
    void durationsChanged();

protected:
    bool isEmpty() const override;
    QString title() const override;
    QString emptyTitle() const override;
    void buildSeries() override;

private:
    StageDurations m_durations;
    QString m_scope;
    int m_markers = 0;
};

} // namespace Reqdesk::Gui
