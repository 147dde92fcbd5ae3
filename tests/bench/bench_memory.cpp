// P7 (TARGETS.md): resident memory after opening and scrolling all panes, with the full
// dataset against an empty cache, in the same run. Launches the real `reqdesk` executable under
// QT_QPA_PLATFORM=offscreen with `--exercise-panes`: once ready it scrolls the requisitions
// table to its end in 100 steps (waiting for the rows on screen each time), shows the detail of
// the last row, the pay-band chart, the applications table paged down 25 times (5,000 rows
// scrolled through; its windowed model keeps at most 64 pages) and as a board, the sync pane, and
// prints VmRSS and VmHWM from /proc/self/status.
//
//   REQDESK_BENCH_ROWS=100000 REQDESK_BENCH_APPLICATIONS=1000000
//   build/bench/tests/bench/bench_memory

#include "benchsupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Reqdesk;
using Reqdesk::Bench::AppEvent;
using Reqdesk::Bench::BenchSupport;

namespace {

constexpr int kRounds = 3;
constexpr double kAllowanceKiB = 64 * 1024;

struct Memory
{
    QList<double> rss, hwm, readyRss, seconds;
    AppEvent last;
};

void measure(const QString &db, const QString &config, Memory *memory)
{
    const QList<AppEvent> events
            = BenchSupport::runApp(db, {QStringLiteral("--exercise-panes")}, config);
    const AppEvent ready = BenchSupport::event(events, QStringLiteral("ready"));
    const AppEvent done = BenchSupport::event(events, QStringLiteral("exercised"));
    if (done.ms <= 0)
        qFatal("reqdesk printed no exercised line");
    memory->rss << done.object.value(QStringLiteral("vmrss_kib")).toDouble();
    memory->hwm << done.object.value(QStringLiteral("vmhwm_kib")).toDouble();
    memory->readyRss << ready.object.value(QStringLiteral("vmrss_kib")).toDouble();
    memory->seconds << (done.ms - ready.ms) / 1000.0;
    memory->last = done;
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

    Memory emptyMemory, fullMemory;
    for (int round = 0; round < kRounds; ++round) {
        measure(empty, config, &emptyMemory);
        measure(full, config, &fullMemory);
    }
    const auto line = [&](const char *name, const Memory &m) {
        BenchSupport::emitLine(QJsonObject{
                {QStringLiteral("bench"), QLatin1String(name)},
                {QStringLiteral("unit"), QStringLiteral("KiB")},
                {QStringLiteral("value"), BenchSupport::median(m.rss)},
                {QStringLiteral("vmhwm_kib"), BenchSupport::median(m.hwm)},
                {QStringLiteral("vmrss_at_ready_kib"), BenchSupport::median(m.readyRss)},
                {QStringLiteral("exercise_seconds"), BenchSupport::median(m.seconds)},
                {QStringLiteral("requisition_rows"), m.last.object.value(QStringLiteral("rows"))},
                {QStringLiteral("requisition_rows_in_memory"),
                 m.last.object.value(QStringLiteral("loaded_rows"))},
                {QStringLiteral("application_rows_scrolled"),
                 m.last.object.value(QStringLiteral("application_rows"))},
                {QStringLiteral("application_rows_in_memory"),
                 m.last.object.value(QStringLiteral("application_loaded_rows"))},
                {QStringLiteral("scroll_steps"),
                 m.last.object.value(QStringLiteral("scroll_steps"))},
                {QStringLiteral("rounds"), kRounds}});
    };
    line("p7_memory_empty_cache", emptyMemory);
    line("p7_memory_full_dataset", fullMemory);
    const double rssOver
            = BenchSupport::median(fullMemory.rss) - BenchSupport::median(emptyMemory.rss);
    const double hwmOver
            = BenchSupport::median(fullMemory.hwm) - BenchSupport::median(emptyMemory.hwm);
    BenchSupport::emitLine(
            QJsonObject{{QStringLiteral("bench"), QStringLiteral("p7_memory_over_empty")},
                        {QStringLiteral("unit"), QStringLiteral("MiB")},
                        {QStringLiteral("value"), rssOver / 1024.0},
                        {QStringLiteral("vmhwm_over_empty_mib"), hwmOver / 1024.0},
                        {QStringLiteral("target_mib"), kAllowanceKiB / 1024.0},
                        {QStringLiteral("dataset_requisitions"), rows},
                        {QStringLiteral("dataset_applications"), applications},
                        {QStringLiteral("meets_p7"), rssOver <= kAllowanceKiB},
                        {QStringLiteral("peak_meets_p7"), hwmOver <= kAllowanceKiB}});
    return 0;
}
