#pragma once

#include "gui/charts/exportablechart.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

/// What the pipeline charts (funnel, time in stage) share: a chart view over a stage axis and a
/// whole-number value axis, an optional note line under it, the theme following the palette
/// (light or dark), hover tooltips, and the export (ExportableChart: the chart scaled to at
/// least 800 px wide with the note under it). A subclass says whether it has data, its titles,
/// and builds its series; the base rebuilds everything else.
class PipelineChartView : public QWidget, public ExportableChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineChartView)

public:
    ~PipelineChartView() override;

    /// The QtCharts chart (tests, export).
    QChart *chart() const { return m_chart; }
    /// The line under the chart, on screen and in exports; empty when there is none.
    virtual QString noteText() const;

    QString exportTitle() const override;
    QSizeF exportSize() const override;
    QColor exportBackground() const override;
    void renderChart(QPainter *painter, const QRectF &target) const override;

signals:
    /// The chart was rebuilt (new data or a new theme).
    void chartRebuilt();

protected:
    /// The stage axis goes on `stageSide`, the value axis on `valueSide`; the chart view gets
    /// `accessibleName` and `accessibleDescription`. Subclasses call rebuild() once they are
    /// set up.
    PipelineChartView(Qt::Alignment stageSide,
                      Qt::Alignment valueSide,
                      const QString &accessibleName,
                      const QString &accessibleDescription,
                      QWidget *parent);

    void changeEvent(QEvent *event) override;

    /// True while there is nothing to plot: axes hidden, emptyTitle() shown.
    virtual bool isEmpty() const = 0;
    /// The chart's title with data, and without.
    virtual QString title() const = 0;
    virtual QString emptyTitle() const = 0;
    /// Adds the series for the current data and theme (called on a cleared, themed chart with
    /// its axes visible) and sets the legend.
    virtual void buildSeries() = 0;

    /// Themes the chart, clears it and builds it again.
    void rebuild();
    /// What a screen reader calls the note line.
    void setNoteAccessibleName(const QString &name);
    /// Shows `text` as a tooltip at the cursor over the chart; hides it when empty.
    void showChartToolTip(const QString &text);
    /// True while the chart uses its dark theme.
    bool isDark() const { return m_dark; }
    QBarCategoryAxis *stageAxis() const { return m_stageAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

private:
    void flushLayout() const;

    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QBarCategoryAxis *m_stageAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLabel *m_noteLabel = nullptr;
    bool m_dark = false;
};

} // namespace Reqdesk::Gui
