#pragma once

#include "gui/charts/exportablechart.h"
#include "gui/charts/pipelinefunnel.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

/// The pipeline funnel as horizontal bars, one per stage from Applied (top) to Hired: the bar
/// is the number of applications that reached the stage, its label the count, the category
/// the conversion from the stage before. Hovering a bar shows the exact figures. The chart
/// theme follows the palette (light or dark).
class FunnelChartView final : public QWidget, public ExportableChart
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
    QString noteText() const;
    /// The QtCharts chart (tests, export).
    QChart *chart() const { return m_chart; }

    QString exportTitle() const override;
    QString exportDescription() const override;
    QSizeF exportSize() const override;
    QColor exportBackground() const override;
    void renderChart(QPainter *painter, const QRectF &target) const override;

signals:
    /// Emitted after every rebuild.
    void funnelChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showBarToolTip(bool shown, int index);
    void flushLayout() const;

    PipelineFunnel m_funnel;
    QString m_scope;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QBarCategoryAxis *m_stageAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QLabel *m_noteLabel = nullptr;
    bool m_dark = false;
};

} // namespace Reqdesk::Gui
