// The window during a long first sync ("the window never freezes", issue 5): the real main
// window, its database worker and its sync thread (Gui::SyncConnection) sign in to a real,
// seeded reqdesk-server and download everything, while the GUI thread serves a 4 ms timer and
// the requisitions table is scrolled a little every 50 ms, as a person would. Measured: how
// late each tick comes (a stall of the GUI thread's event loop). Reference in the same run: the
// same window, open on the same (then full) cache, idle under the same timer and scrolling for
// as long — what this machine's scheduler and the window's own painting cost anyway.
//
// REQDESK_BENCH_ROWS: requisitions on the server (default 5,000; as many applications).
// Prints one JSON object per result.

#include "gui/mainwindow.h"
#include "gui/syncconnection.h"
#include "store/databaseclient.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "syncbenchserver.h"

using namespace Reqdesk;

namespace {

/// Tick lateness of a 4 ms timer on the GUI thread, with a scroll step every 50 ms.
class StallMeter final
{
public:
    explicit StallMeter(QTableView *view)
        : m_view(view)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(kTickMs);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { onTick(); });
        m_scroll.setInterval(50);
        QObject::connect(&m_scroll, &QTimer::timeout, [this] { scrollStep(); });
    }

    void start()
    {
        m_lateness.clear();
        m_clock.start();
        m_last = 0;
        m_tick.start();
        m_scroll.start();
    }
    void stop()
    {
        m_tick.stop();
        m_scroll.stop();
    }

    /// Lateness in ms at quantile q (0..1) of the ticks so far.
    double quantile(double q) const
    {
        if (m_lateness.empty())
            return 0;
        std::vector<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(q * double(sorted.size() - 1))];
    }
    double worst() const
    {
        return m_lateness.empty() ? 0 : *std::max_element(m_lateness.begin(), m_lateness.end());
    }
    size_t ticks() const { return m_lateness.size(); }

private:
    static constexpr int kTickMs = 4;

    void onTick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_last > 0)
            m_lateness.push_back(qMax(0.0, double(now - m_last) / 1e6 - kTickMs));
        m_last = now;
    }
    void scrollStep()
    {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_down = bar->value() >= bar->maximum() ? false : bar->value() <= 0 ? true : m_down;
        bar->setValue(bar->value() + (m_down ? 1 : -1) * qMax(1, bar->pageStep() / 3));
    }

    QTableView *m_view;
    QTimer m_tick;
    QTimer m_scroll;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    bool m_down = true;
    std::vector<double> m_lateness;
};

void print(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double round2(double value)
{
    return std::round(value * 100) / 100;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("REQDESK_TOKEN_STORE", "file");
    QTemporaryDir home;
    qputenv("REQDESK_HOME", home.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication app(argc, argv);

    bool ok = false;
    qint64 rows = qEnvironmentVariableIntValue("REQDESK_BENCH_ROWS", &ok);
    if (!ok || rows <= 0)
        rows = 5000;
    ReqdeskBench::SyncBenchServer server(home.filePath(QStringLiteral("server")));
    const double seeded = server.seed(rows, rows);
    server.addUser(QStringLiteral("rita"));
    server.start();

    const QString dbPath = home.filePath(QStringLiteral("cache.sqlite"));
    Store::DatabaseClient client;
    Gui::SyncConnection sync(dbPath);
    Gui::MainWindow window(&client);
    window.setupSync(&sync, server.url());
    window.resize(1280, 800);
    window.show();
    QEventLoop wait;
    QObject::connect(&window, &Gui::MainWindow::databaseOpened, &wait, &QEventLoop::quit);
    window.openDatabase(dbPath);
    wait.exec();
    QTableView *table = nullptr;
    for (QTableView *view : window.findChildren<QTableView *>()) {
        if (view->isVisible() && (!table || view->height() > table->height()))
            table = view;
    }
    if (!table)
        qFatal("no visible table in the window");

    StallMeter meter(table);
    QElapsedTimer syncClock;
    bool failed = false;
    QObject::connect(&sync, &Gui::SyncConnection::synced, &wait, &QEventLoop::quit);
    QObject::connect(&sync,
                     &Gui::SyncConnection::syncFailed,
                     &wait,
                     [&](int, const QString &text, bool willRetry) {
                         if (willRetry)
                             return;
                         std::fprintf(stderr, "sync failed: %s\n", qPrintable(text));
                         failed = true;
                         wait.quit();
                     });
    QObject::connect(&sync, &Gui::SyncConnection::signInFailed, &wait, [&](int, const QString &t) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(t));
        failed = true;
        wait.quit();
    });
    meter.start();
    syncClock.start();
    sync.signIn(server.url(), QStringLiteral("rita"), server.password(QStringLiteral("rita")));
    wait.exec();
    const double syncSeconds = double(syncClock.nsecsElapsed()) / 1e9;
    meter.stop();
    if (failed)
        return 1;
    const double syncP50 = meter.quantile(0.5), syncP99 = meter.quantile(0.99),
                 syncMax = meter.worst();
    const size_t syncTicks = meter.ticks();

    // The reference: the same window, idle, for as long (the table now full).
    meter.start();
    QTimer::singleShot(int(qMax(1.0, syncSeconds) * 1000), &wait, &QEventLoop::quit);
    wait.exec();
    meter.stop();

    print({{QStringLiteral("bench"), QStringLiteral("gui_stall_first_sync")},
           {QStringLiteral("requisitions"), rows},
           {QStringLiteral("applications"), rows},
           {QStringLiteral("seed_seconds"), round2(seeded)},
           {QStringLiteral("sync_seconds"), round2(syncSeconds)},
           {QStringLiteral("unit"), QStringLiteral("ms_late")},
           {QStringLiteral("p50"), round2(syncP50)},
           {QStringLiteral("p99"), round2(syncP99)},
           {QStringLiteral("max"), round2(syncMax)},
           {QStringLiteral("ticks"), qint64(syncTicks)},
           {QStringLiteral("reference_idle_p50"), round2(meter.quantile(0.5))},
           {QStringLiteral("reference_idle_p99"), round2(meter.quantile(0.99))},
           {QStringLiteral("reference_idle_max"), round2(meter.worst())},
           {QStringLiteral("p99_over_reference"), round2(syncP99 - meter.quantile(0.99))}});
    window.close();
    sync.shutdown();
    sync.waitForStopped(30000);
    server.stop();
    return 0;
}
