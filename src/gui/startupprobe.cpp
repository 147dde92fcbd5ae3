#include "gui/startupprobe.h"

#include "gui/applicationspane.h"
#include "gui/applicationtablemodel.h"
#include "gui/mainwindow.h"
#include "gui/requisitionspane.h"
#include "gui/requisitiontablemodel.h"
#include "store/databaseclient.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace Reqdesk::Gui {

namespace {

// Rows of the requisitions table visited on the way to its end, and pages of applications
// scrolled through from the top of their table, a page at a time like a user paging down (the
// model is windowed: each step loads the page on screen and evicts far ones past its cache).
constexpr int kScrollSteps = 100;
constexpr int kApplicationPages = 25;
constexpr int kStepTimeoutMs = 60000;

/// A field of /proc/self/status in KiB (VmRSS, VmHWM); -1 where there is none.
qint64 procStatusKiB(const QByteArray &field)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
#else
    Q_UNUSED(field)
#endif
    return -1;
}

/// True when the rows the table shows are all in the model's memory.
template<typename Model>
bool visibleRowsLoaded(const QTableView *table, const Model *model)
{
    const int first = table->rowAt(0);
    if (first < 0)
        return model->rowCount() == 0;
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    return model->isRowLoaded(first) && model->isRowLoaded(last);
}

} // namespace

StartupProbe::StartupProbe(MainWindow *window,
                           Store::DatabaseClient *client,
                           Mode mode,
                           const QElapsedTimer &started,
                           QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_mode(mode)
    , m_started(started)
{}

void StartupProbe::start()
{
    RequisitionsPane *pane = m_window->requisitionsPane();
    connect(pane->model(),
            &RequisitionTableModel::firstPageArrived,
            this,
            &StartupProbe::onFirstPage,
            Qt::SingleShotConnection);
    connect(pane->model(), &RequisitionTableModel::totalCountChanged, this, [this] {
        m_countKnown = true;
        checkSettled();
    });
    connect(pane, &RequisitionsPane::detailShown, this, [this] {
        m_detailShown = true;
        checkSettled();
    });
    connect(m_window->applicationsPane()->model(),
            &ApplicationTableModel::firstPageArrived,
            this,
            [this] {
                m_applicationsLoaded = true;
                checkSettled();
            });
    connect(m_client, &Store::DatabaseClient::statisticsReady, this, [this] {
        m_statistics = true;
        checkSettled();
    });
    connect(pane->model(), &RequisitionTableModel::loadFailed, this, [this](const auto &error) {
        fail(error.message());
    });
    connect(m_window, &MainWindow::databaseFailed, this, [this](const auto &, const QString &t) {
        fail(t);
    });
}

void StartupProbe::onFirstPage()
{
    // The page is in the model; the paint it asked for runs in this event loop turn, before
    // a zero timer posted now.
    QTimer::singleShot(0, this, [this] {
        m_ready = true;
        print("ready");
        checkSettled();
    });
}

void StartupProbe::checkSettled()
{
    const bool empty = m_window->requisitionsPane()->model()->rowCount() == 0;
    if (m_done || m_settled || !m_ready || !m_countKnown || !m_applicationsLoaded || !m_statistics
        || !(m_detailShown || empty))
        return;
    m_settled = true;
    print("settled");
    if (m_mode == Mode::ExitWhenReady) {
        m_done = true;
        emit finished(0);
    } else {
        QTimer::singleShot(0, this, &StartupProbe::exercise);
    }
}

bool StartupProbe::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (m_done || timer.elapsed() > timeoutMs)
            return false;
        // Sleeps until an event or 10 ms pass (processEvents() with a time would spin and take
        // a core from the database worker).
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void StartupProbe::exercise()
{
    const auto settle = [this](int ms) {
        QElapsedTimer t;
        t.start();
        waitUntil([&t, ms] { return t.elapsed() >= ms; }, ms + 1000);
    };

    // Requisitions: to the end in steps, each waiting for the rows on screen.
    m_window->setCurrentPane(MainWindow::RequisitionsPaneIndex);
    RequisitionsPane *pane = m_window->requisitionsPane();
    QTableView *table = pane->tableView();
    RequisitionTableModel *model = pane->model();
    const int rows = model->rowCount();
    for (int step = 1; step <= kScrollSteps && rows > 0; ++step) {
        const int row = int(qint64(rows - 1) * step / kScrollSteps);
        table->scrollTo(model->index(row, RequisitionTableModel::TitleColumn),
                        QAbstractItemView::PositionAtTop);
        ++m_scrollSteps;
        if (!waitUntil([table, model] { return visibleRowsLoaded(table, model); }, kStepTimeoutMs))
            ++m_stalledSteps;
    }
    // The row at the end shows its detail (and the pay-band chart follows it).
    if (rows > 0)
        table->setCurrentIndex(model->index(rows - 1, RequisitionTableModel::TitleColumn));
    settle(200);

    m_window->setCurrentPane(MainWindow::PayBandsPaneIndex);
    settle(200);

    m_window->setCurrentPane(MainWindow::ApplicationsPaneIndex);
    ApplicationsPane *applications = m_window->applicationsPane();
    ApplicationTableModel *applicationModel = applications->model();
    QTableView *applicationTable = applications->tableView();
    int applicationRowsSeen = 0;
    for (int page = 1; page <= kApplicationPages; ++page) {
        const int count = applicationModel->rowCount();
        if (count == 0 || applicationRowsSeen >= count)
            break; // the end of the list
        const int last = qMin(count, page * applicationModel->pageSize()) - 1;
        applicationTable->scrollTo(applicationModel->index(last, 0),
                                   QAbstractItemView::PositionAtBottom);
        if (!waitUntil([&] { return visibleRowsLoaded(applicationTable, applicationModel); },
                       kStepTimeoutMs)) {
            ++m_stalledSteps;
            break;
        }
        applicationRowsSeen = last + 1;
    }
    applications->setViewMode(ApplicationsPane::BoardMode);
    settle(200);
    applications->setViewMode(ApplicationsPane::TableMode);
    settle(100);

    m_window->setCurrentPane(MainWindow::SyncPaneIndex);
    settle(100);
    m_window->setCurrentPane(MainWindow::RequisitionsPaneIndex);
    settle(200);

    print("exercised", applicationRowsSeen);
    m_done = true;
    emit finished(m_stalledSteps == 0 ? 0 : 1);
}

void StartupProbe::fail(const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("failed")},
                  {QStringLiteral("ms"), double(m_started.nsecsElapsed()) / 1e6},
                  {QStringLiteral("error"), text}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    emit finished(1);
}

void StartupProbe::print(const char *event, int extraRows)
{
    const RequisitionTableModel *model = m_window->requisitionsPane()->model();
    QJsonObject o{{QStringLiteral("event"), QLatin1String(event)},
                  {QStringLiteral("ms"), double(m_started.nsecsElapsed()) / 1e6},
                  {QStringLiteral("rows"), model->rowCount()},
                  {QStringLiteral("loaded_rows"), model->loadedRowCount()},
                  {QStringLiteral("vmrss_kib"), procStatusKiB("VmRSS")},
                  {QStringLiteral("vmhwm_kib"), procStatusKiB("VmHWM")}};
    if (extraRows >= 0) {
        o.insert(QStringLiteral("application_rows"), extraRows);
        o.insert(QStringLiteral("application_loaded_rows"),
                 m_window->applicationsPane()->model()->loadedRowCount());
        o.insert(QStringLiteral("scroll_steps"), m_scrollSteps);
        o.insert(QStringLiteral("stalled_steps"), m_stalledSteps);
    }
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace Reqdesk::Gui
