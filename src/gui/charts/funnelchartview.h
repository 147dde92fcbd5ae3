#pragma once

#include "gui/charts/pipelinechartview.h"
#include "gui/charts/pipelinefunnel.h"

namespace Reqdesk::Gui {

/// The pipeline funnel as horizontal bars, one per stage from Applied (top) to Hired: the bar
/// is the number of applications that reached the stage, its label the count, the category
/// the conversion from the stage before. Hovering a bar shows the exact figures; the exits
/// are a note under the chart. The chart theme follows the palette (light or dark).
class FunnelChartView final : public PipelineChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelChartView)

public:
    /// An empty funnel.
    explicit FunnelChartView(QWidget *parent = nullptr);
    ~FunnelChartView() override;

    /// Shows `funnel`; `scope` names what it counts ("Software Engineer 2", "All requisitions").
    void setFunnel(const PipelineFunnel &funnel, const QString &scope);
    /// The funnel shown.
    const PipelineFunnel &funnel() const { return m_funnel; }
    /// Bars plotted: one per stage, none while there are no applications.
    int barCount() const;
    /// Plain-text tooltip of step `step` (0 = Applied): counts, conversions, exits.
    QString toolTipForStep(int step) const;
    /// The exits line under the chart ("3 rejected, 1 withdrawn"); empty without exits.
    QString noteText() const override;

    QString exportDescription() const override;

signals:
    /// Emitted after every rebuild.
    void funnelChanged();

protected:
    bool isEmpty() const override;
    QString title() const override;
    QString emptyTitle() const override;
    void buildSeries() override;

private:
    PipelineFunnel m_funnel;
    QString m_scope;
};

} // namespace Reqdesk::Gui
