// P5 (TARGETS.md): jump from the top to row 0.9 × N (900,000 of 1,000,000) in the requisitions
// view: QTableView::scrollTo() on the app's RequisitionTableModel, shown under the offscreen
// platform, until every row on screen is in the model. The model fetches what the paint asks
// for: the first far jump goes through the store's cursorAtRow(), later ones through the
// anchors it fetches behind that page. Each round starts from a fresh query at the top.
//
//   REQDESK_BENCH_ROWS=100000 REQDESK_BENCH_APPLICATIONS=1000000 build/bench/tests/bench/bench_jump

#include "benchsupport.h"

#include "gui/requisitiontablemodel.h"
#include "store/databaseclient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Reqdesk;
using Reqdesk::Bench::BenchSupport;

namespace {

constexpr int kRounds = 5;
constexpr int kTimeoutMs = 120000;
// The background quick_check reads the whole file: minutes for the full 25 GB dataset.
constexpr int kVerifyTimeoutMs = 3600000;

/// True when the rows the view shows are all in the model's memory.
bool visibleRowsLoaded(const QTableView &view, const Gui::RequisitionTableModel &model)
{
    const int first = view.rowAt(0);
    if (first < 0)
        return false;
    int last = view.rowAt(view.viewport()->height() - 1);
    if (last < 0)
        last = model.rowCount() - 1;
    return model.isRowLoaded(first) && model.isRowLoaded(last);
}

/// Runs an event loop until `done()` holds, re-checked whenever `signal` fires.
template<typename Sender, typename Signal, typename Done>
bool waitUntil(Sender *sender, Signal signal, Done done, int timeoutMs = kTimeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return done();
}

/// Scrolls `row` to the top of the view; milliseconds until the rows on screen are loaded.
double jump(QTableView &view, Gui::RequisitionTableModel &model, int row)
{
    QElapsedTimer timer;
    timer.start();
    view.scrollTo(model.index(row, Gui::RequisitionTableModel::TitleColumn),
                  QAbstractItemView::PositionAtTop);
    if (!waitUntil(&model, &Gui::RequisitionTableModel::pageArrived, [&] {
            return visibleRowsLoaded(view, model);
        }))
        qFatal("rows at %d never arrived", row);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 rows = BenchSupport::requisitionCount();
    const qint64 applications = BenchSupport::applicationCount();
    const QString path = BenchSupport::dataset(rows, applications);

    Store::DatabaseClient client;
    bool verified = false;
    QObject::connect(&client, &Store::DatabaseClient::verified, [&] { verified = true; });
    client.open(path);
    // The client checks the whole file in the background once it is open (quick_check); the
    // jumps are timed after it, in the steady state.
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    if (!waitUntil(
                &client,
                &Store::DatabaseClient::verified,
                [&] { return verified; },
                kVerifyTimeoutMs))
        qFatal("cannot open or verify %s", qPrintable(path));
    std::fprintf(stderr, "open and verify: %.1f s\n", double(verifyTimer.elapsed()) / 1000.0);
    Gui::RequisitionTableModel model(&client);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    bool anchorsIn = false;
    QObject::connect(&client, &Store::DatabaseClient::anchorsReady, [&] { anchorsIn = true; });

    const int target = int(rows * 9 / 10);
    const int second = int(rows * 8 / 10);
    QList<double> firstJumps, anchoredJumps;
    int onScreen = 0;
    // Round 0 is a warm-up (OS file cache), not counted.
    for (int round = 0; round <= kRounds; ++round) {
        // From the top: a new query, its first page and count (the app's default order,
        // newest first), the top rows painted.
        anchorsIn = false;
        model.setFilter({});
        if (!waitUntil(&model, &Gui::RequisitionTableModel::totalCountChanged, [&] {
                return model.totalCount() >= 0 && model.isRowLoaded(0);
            }))
            qFatal("no first page");
        QApplication::processEvents();
        const double firstMs = jump(view, model, target);
        onScreen = view.rowAt(view.viewport()->height() - 1) - view.rowAt(0) + 1;
        // The anchors follow the first far jump; a later jump is one short seek.
        if (!waitUntil(&client, &Store::DatabaseClient::anchorsReady, [&] { return anchorsIn; }))
            qFatal("no anchors");
        QApplication::processEvents();
        const double anchoredMs = jump(view, model, second);
        if (round > 0) {
            firstJumps << firstMs;
            anchoredJumps << anchoredMs;
        }
    }
    const double value = BenchSupport::median(firstJumps);
    BenchSupport::emitLine(QJsonObject{
            {QStringLiteral("bench"), QStringLiteral("p5_jump_to_row")},
            {QStringLiteral("unit"), QStringLiteral("ms")},
            {QStringLiteral("value"), value},
            {QStringLiteral("row"), target},
            {QStringLiteral("rows_on_screen"), onScreen},
            {QStringLiteral("order"), QStringLiteral("updated desc")},
            {QStringLiteral("later_jump_with_anchors_ms"), BenchSupport::median(anchoredJumps)},
            {QStringLiteral("max_ms"), *std::max_element(firstJumps.cbegin(), firstJumps.cend())},
            {QStringLiteral("rounds"), kRounds},
            {QStringLiteral("target_ms"), 30},
            {QStringLiteral("dataset_requisitions"), rows},
            {QStringLiteral("dataset_applications"), applications},
            {QStringLiteral("meets_p5"), value <= 30.0}});
    return 0;
}
