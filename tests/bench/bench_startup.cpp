// P6 (TARGETS.md): process start to the first interactive main window, with the full dataset
// against an empty cache, in the same run. Launches the real `reqdesk` executable under
// QT_QPA_PLATFORM=offscreen with `--exit-when-ready` and fresh settings; the time runs from
// QProcess::start() to the app's "ready" line on stdout (the first page of requisitions in the
// model and painted). "settled" (every request the start made answered: the count, the first
// applications, the statistics, the first row's detail) is reported beside it.
//
//   REQDESK_BENCH_ROWS=100000 REQDESK_BENCH_APPLICATIONS=1000000
//   build/bench/tests/bench/bench_startup

#include "benchsupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Reqdesk;
using Reqdesk::Bench::AppEvent;
using Reqdesk::Bench::BenchSupport;

namespace {

constexpr int kRounds = 5;

struct Times
{
    QList<double> ready, settled, appReady;
};

void measure(const QString &db, const QString &config, Times *times)
{
    const QList<AppEvent> events
            = BenchSupport::runApp(db, {QStringLiteral("--exit-when-ready")}, config);
    const AppEvent ready = BenchSupport::event(events, QStringLiteral("ready"));
    const AppEvent settled = BenchSupport::event(events, QStringLiteral("settled"));
    if (ready.ms <= 0 || settled.ms <= 0)
        qFatal("reqdesk printed no ready/settled line");
    times->ready << ready.ms;
    times->settled << settled.ms;
    times->appReady << ready.object.value(QStringLiteral("ms")).toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = BenchSupport::requisitionCount();
    const qint64 applications = BenchSupport::applicationCount();
    const QString full = BenchSupport::dataset(rows, applications);
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary directory");
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    BenchSupport::createEmptyCache(empty);
    const QString config = dir.filePath(QStringLiteral("config"));

    Times emptyTimes, fullTimes, unused;
    // Warm-up of each (libraries, fonts and the file in the OS cache), not counted.
    measure(empty, config, &unused);
    measure(full, config, &unused);
    for (int round = 0; round < kRounds; ++round) {
        measure(empty, config, &emptyTimes);
        measure(full, config, &fullTimes);
    }
    const auto line = [&](const char *name, const Times &t) {
        BenchSupport::emitLine(
                QJsonObject{{QStringLiteral("bench"), QLatin1String(name)},
                            {QStringLiteral("unit"), QStringLiteral("ms")},
                            {QStringLiteral("value"), BenchSupport::median(t.ready)},
                            {QStringLiteral("settled_ms"), BenchSupport::median(t.settled)},
                            {QStringLiteral("ready_ms_in_app"), BenchSupport::median(t.appReady)},
                            {QStringLiteral("rounds"), kRounds}});
    };
    line("p6_startup_empty_cache", emptyTimes);
    line("p6_startup_full_dataset", fullTimes);
    const double ratio
            = BenchSupport::median(fullTimes.ready) / BenchSupport::median(emptyTimes.ready);
    const double settledRatio
            = BenchSupport::median(fullTimes.settled) / BenchSupport::median(emptyTimes.settled);
    BenchSupport::emitLine(
            QJsonObject{{QStringLiteral("bench"), QStringLiteral("p6_startup_ratio")},
                        {QStringLiteral("unit"), QStringLiteral("ratio")},
                        {QStringLiteral("value"), ratio},
                        {QStringLiteral("settled_ratio"), settledRatio},
                        {QStringLiteral("target_ratio"), 1.2},
                        {QStringLiteral("dataset_requisitions"), rows},
                        {QStringLiteral("dataset_applications"), applications},
                        {QStringLiteral("meets_p6"), ratio <= 1.2}});
    return 0;
}
