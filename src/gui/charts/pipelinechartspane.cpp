#include "gui/charts/pipelinechartspane.h"

#include "gui/charts/funnelchartview.h"
#include "gui/charts/pipelinefiguresmodel.h"
#include "gui/charts/timeinstagechartview.h"
#include "gui/displaytext.h"
#include "store/databaseclient.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

namespace {

QTableView *figuresTable(PipelineFiguresModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent); // six rows in memory: a proxy is fine
    proxy->setSourceModel(model);
    proxy->setSortRole(PipelineFiguresModel::SortRole);
    auto *table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // pipeline order until a header is clicked
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumWidth(200);
    return table;
}

QSplitter *chartWithTable(QWidget *chart, QTableView *table, const QString &name, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setAccessibleName(name);
    splitter->addWidget(chart);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace

PipelineChartsPane::PipelineChartsPane(Store::DatabaseClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setAccessibleName(tr("Pipeline charts"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setWordWrap(true);
    auto *exportFunnel = new QPushButton(tr("Export funnel…"), this);
    exportFunnel->setObjectName(QStringLiteral("exportFunnelButton"));
    exportFunnel->setAccessibleName(tr("Export the funnel chart as PNG, SVG or PDF"));
    auto *exportTime = new QPushButton(tr("Export time in stage…"), this);
    exportTime->setObjectName(QStringLiteral("exportTimeInStageButton"));
    exportTime->setAccessibleName(tr("Export the time in stage chart as PNG, SVG or PDF"));

    m_funnel = new FunnelChartView(this);
    m_funnel->setObjectName(QStringLiteral("funnelChart"));
    m_funnelModel = new PipelineFiguresModel(PipelineFiguresModel::Kind::Funnel, this);
    m_funnelTable = figuresTable(m_funnelModel, tr("Funnel figures"), this);
    m_funnelTable->setObjectName(QStringLiteral("funnelTable"));
    m_timeInStage = new TimeInStageChartView(this);
    m_timeInStage->setObjectName(QStringLiteral("timeInStageChart"));
    m_durationsModel = new PipelineFiguresModel(PipelineFiguresModel::Kind::TimeInStage, this);
    m_durationsTable = figuresTable(m_durationsModel, tr("Time in stage figures"), this);
    m_durationsTable->setObjectName(QStringLiteral("timeInStageTable"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(exportFunnel);
    bar->addWidget(exportTime);

    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->setAccessibleName(tr("Pipeline charts"));
    rows->addWidget(chartWithTable(m_funnel, m_funnelTable, tr("Funnel and its figures"), rows));
    rows->addWidget(chartWithTable(
            m_timeInStage, m_durationsTable, tr("Time in stage and its figures"), rows));
    rows->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(rows, 1);

    // Reading order for the keyboard: exports, then each chart's table (the charts themselves
    // take no focus; their tables carry the same figures).
    setTabOrder(exportFunnel, exportTime);
    setTabOrder(exportTime, m_funnelTable);
    setTabOrder(m_funnelTable, m_durationsTable);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PipelineChartsPane::request);
    connect(exportFunnel, &QPushButton::clicked, this, [this] { askAndExport(Chart::Funnel); });
    connect(exportTime, &QPushButton::clicked, this, [this] { askAndExport(Chart::TimeInStage); });
    connect(m_client,
            &Store::DatabaseClient::pipelineStatisticsReady,
            this,
            &PipelineChartsPane::onReady);
    connect(m_client, &Store::DatabaseClient::failed, this, &PipelineChartsPane::onFailed);
    // Any stored move changes the figures; the timer folds a bulk move into one query.
    connect(m_client, &Store::DatabaseClient::stageMoved, this, &PipelineChartsPane::refresh);
}

PipelineChartsPane::~PipelineChartsPane() = default;

void PipelineChartsPane::setScope(const std::optional<QUuid> &requisition, const QString &title)
{
    m_requisition = requisition;
    m_title = title;
    refresh();
}

void PipelineChartsPane::refresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void PipelineChartsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshTimer->start();
}

QString PipelineChartsPane::statusText() const
{
    return m_status->text();
}

void PipelineChartsPane::request()
{
    m_stale = false;
    if (m_requisition && m_requisition->isNull()) {
        // Following the Requisitions pane before it shows one: nothing to count yet.
        m_request = 0;
        m_status->setText(tr("Select a requisition to see its funnel, or show all requisitions."));
        m_funnel->setFunnel(PipelineFunnel(), QString());
        m_timeInStage->setDurations(StageDurations(), QString());
        m_funnelModel->setFunnel(PipelineFunnel());
        m_durationsModel->setDurations(StageDurations());
        emit figuresShown();
        return;
    }
    m_status->setText(tr("Reading the pipeline…"));
    m_request = m_client->pipelineStatistics(m_requisition);
}

void PipelineChartsPane::onReady(int requestId, const Store::PipelineStatistics &statistics)
{
    if (requestId != m_request)
        return; // an earlier scope's answer, or another pane's
    m_request = 0;
    const PipelineFunnel funnel = PipelineFunnel::fromCounts(statistics.funnel);
    const StageDurations durations = StageDurations::fromRows(statistics.durations);
    const QString scope = m_requisition ? m_title : tr("All requisitions");
    m_funnel->setFunnel(funnel, scope);
    m_timeInStage->setDurations(durations, scope);
    m_funnelModel->setFunnel(funnel);
    m_durationsModel->setDurations(durations);
    m_status->setText(tr("%1: %n application(s).", nullptr, int(funnel.total())).arg(scope));
    emit figuresShown();
}

void PipelineChartsPane::onFailed(int requestId, const Core::Error &error)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    m_status->setText(
            tr("The pipeline figures could not be read: %1").arg(DisplayText::error(error)));
}

Core::Status PipelineChartsPane::exportChart(Chart chart,
                                             const QString &path,
                                             ChartExporter::Format format) const
{
    const ExportableChart *source = chart == Chart::Funnel
                                            ? static_cast<const ExportableChart *>(m_funnel)
                                            : static_cast<const ExportableChart *>(m_timeInStage);
    return ChartExporter(source).exportTo(path, format);
}

void PipelineChartsPane::askAndExport(Chart chart)
{
    const QString base = chart == Chart::Funnel ? QStringLiteral("funnel.png")
                                                : QStringLiteral("time-in-stage.png");
    const QString filters = tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), base, filters, &selected);
    if (path.isEmpty())
        return;
    auto format = ChartExporter::formatForSuffix(QFileInfo(path).suffix());
    if (!format) {
        // No or an unknown suffix: the filter chosen decides, PNG by default.
        format = selected.contains(QLatin1String("*.svg"))   ? ChartExporter::Format::Svg
                 : selected.contains(QLatin1String("*.pdf")) ? ChartExporter::Format::Pdf
                                                             : ChartExporter::Format::Png;
        path += *format == ChartExporter::Format::Svg   ? QStringLiteral(".svg")
                : *format == ChartExporter::Format::Pdf ? QStringLiteral(".pdf")
                                                        : QStringLiteral(".png");
    }
    const Core::Status status = exportChart(chart, path, *format);
    if (!status)
        QMessageBox::warning(this,
                             tr("Export failed"),
                             tr("The chart could not be written to %1:\n%2")
                                     .arg(path, status.error().message()));
}

} // namespace Reqdesk::Gui
