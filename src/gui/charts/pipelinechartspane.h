#pragma once

#include "core/error.h"
#include "core/result.h"
#include "gui/charts/chartexporter.h"
#include "store/pipelinestatistics.h"

#include <QUuid>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class FunnelChartView;
class PipelineFiguresModel;
class TimeInStageChartView;

/// The funnel and time-in-stage charts of one requisition (or of all), each with its figures
/// table beside it and an export button. The figures are aggregated in SQL on the store's
/// worker (DatabaseClient::pipelineStatistics); the pane asks only while it is shown (a
/// hidden pane notes that it is stale and asks when shown) and again after stage moves,
/// coalesced, so a bulk move is one query.
class PipelineChartsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineChartsPane)

public:
    /// Which chart to export.
    enum class Chart { Funnel, TimeInStage };

    /// `client` must outlive the pane.
    explicit PipelineChartsPane(Store::DatabaseClient *client, QWidget *parent = nullptr);
    ~PipelineChartsPane() override;

    /// Shows one requisition's figures (`requisition` set; a null id shows a hint to pick one)
    /// or every requisition's (none). `title` names the scope in chart titles.
    void setScope(const std::optional<QUuid> &requisition, const QString &title);
    /// Reads the figures again (coalesced; deferred while hidden).
    void refresh();
    /// Writes a chart to `path` (ChartExporter).
    Core::Status exportChart(Chart chart, const QString &path, ChartExporter::Format format) const;

    FunnelChartView *funnelView() const { return m_funnel; }
    TimeInStageChartView *timeInStageView() const { return m_timeInStage; }
    PipelineFiguresModel *funnelModel() const { return m_funnelModel; }
    PipelineFiguresModel *durationsModel() const { return m_durationsModel; }
    QTableView *funnelTable() const { return m_funnelTable; }
    QTableView *durationsTable() const { return m_durationsTable; }
    /// The message line ("Reading…", an error in words, the scope hint).
    QString statusText() const;

signals:
    /// New figures are on screen.
    void figuresShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void request();
    void onReady(int requestId, const Store::PipelineStatistics &statistics);
    void onFailed(int requestId, const Core::Error &error);
    void askAndExport(Chart chart);

    Store::DatabaseClient *m_client;
    std::optional<QUuid> m_requisition;
    QString m_title;
    FunnelChartView *m_funnel = nullptr;
    TimeInStageChartView *m_timeInStage = nullptr;
    PipelineFiguresModel *m_funnelModel = nullptr;
    PipelineFiguresModel *m_durationsModel = nullptr;
    QTableView *m_funnelTable = nullptr;
    QTableView *m_durationsTable = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refreshTimer = nullptr;
    int m_request = 0;
    bool m_stale = true;
};

} // namespace Reqdesk::Gui
