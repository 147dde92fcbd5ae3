// P2 (TARGETS.md): the first sync of a seeded reqdesk-server on loopback into an empty cache,
// end to end through SyncEngine::syncOnce (snapshot pages, each applied with its resume point in
// one transaction). Reports rows/s, the peak resident memory of this (the syncing) process at N
// and at N/10 (memory must be bounded by the page size, not the dataset), and the same-run
// reference: the sqlite3 shell loading the very rows the sync wrote (CSV .import of every data
// table) into a fresh file with the same schema, indexes, FTS index and triggers, with
// bench_bulkload's steps. Prints one JSON object per line.
//
//   REQDESK_BENCH_ROWS=100000 ./build/bench/tests/bench/bench_firstsync
//   (REQDESK_BENCH_APPLICATIONS defaults to the number of requisitions)

#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/schema.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

#include "syncbenchserver.h"

using namespace Reqdesk;
using namespace ReqdeskBench;

namespace {

// Every table a first sync fills (the ones whose indexes it sets aside). A function, not a
// global copy: the list is another file's static, not yet built while globals here are.
QStringList dataTables()
{
    return Store::DeferredIndexes::tables();
}

void emitLine(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 envInt(const char *name, qint64 fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariable(name).toLongLong() : fallback;
}

/// A line of /proc/self/status in KiB ("VmHWM", "VmRSS"); -1 where there is none.
qint64 statusKib(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets the peak-RSS watermark (Linux ≥ 4.0: "5" into clear_refs), so each sync's peak is its
/// own; false where that is not possible (the peak then includes earlier work).
bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

/// Runs the sqlite3 shell on `db` with `script` on stdin; the wall seconds of the process.
double runShell(const QString &db, const QByteArray &script, QByteArray *output = nullptr)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db});
    if (!shell.waitForStarted())
        qFatal("cannot start sqlite3");
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray err = shell.readAllStandardError();
    if (shell.exitCode() != 0 || !err.isEmpty())
        qFatal("sqlite3 failed: %s", err.constData());
    if (output)
        *output = shell.readAllStandardOutput();
    return seconds;
}

/// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct SyncRun
{
    qint64 requisitions = 0;
    qint64 rows = 0;
    double seconds = 0;
    qint64 peakKib = -1;
    bool peakReset = false;
    double seedSeconds = 0;
    double clientCpu = 0; ///< CPU of this process during the sync
    double serverCpu = 0; ///< CPU of the server process over its life (start, login, sync)
    QString cache;
};

/// Seeds a server with `requisitions` (+ applications), then times the first sync of an empty
/// cache from it.
SyncRun firstSync(const QString &root, qint64 requisitions, qint64 applications)
{
    SyncRun run;
    run.requisitions = requisitions;
    const QString tag = QString::number(requisitions);
    SyncBenchServer server(root + QStringLiteral("/server-") + tag);
    run.seedSeconds = server.seed(requisitions, applications);
    server.addUser(QStringLiteral("bench"));
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    server.start();
    run.cache = root + QStringLiteral("/cache-") + tag + QStringLiteral(".db");
    {
        Sync::SyncEngine engine(run.cache);
        if (auto s = engine.open(); !s)
            qFatal("open cache: %s", qPrintable(s.error().message()));
        if (auto s = engine.signIn(server.url(),
                                   QStringLiteral("bench"),
                                   SyncBenchServer::password(QStringLiteral("bench")));
            !s)
            qFatal("sign in: %s", qPrintable(s.error().message()));
        run.peakReset = resetPeak();
        QElapsedTimer timer;
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        timer.start();
        const auto report = engine.syncOnce();
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.clientCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        run.peakKib = statusKib("VmHWM");
        if (!report)
            qFatal("first sync: %s", qPrintable(report.error().message()));
        run.rows = report->pulled;
    }
    server.stop();
    run.serverCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    return run;
}

/// The shell's load of the rows the sync wrote: CSV dumps of `cache`'s data tables (untimed),
/// then one timed shell run loading them into a fresh file with the cache schema. Its CPU
/// seconds go to `cpu`.
double shellReference(const QString &cache, const QString &dir, double &cpu)
{
    QStringList dump{QStringLiteral(".mode csv"), QStringLiteral(".headers off")};
    for (const QString &table : dataTables())
        dump << QStringLiteral(".output %1/%2.csv").arg(dir, table)
             << QStringLiteral("SELECT * FROM %1;").arg(table);
    runShell(cache, dump.join(u'\n').toUtf8() + '\n');

    const QString target = dir + QStringLiteral("/shell.db");
    {
        auto db = Store::Database::open(target);
        if (!db)
            qFatal("open shell db: %s", qPrintable(db.error().message()));
    }
    QStringList lines{QStringLiteral("PRAGMA synchronous = OFF;"),
                      QStringLiteral("PRAGMA foreign_keys = OFF;"),
                      QStringLiteral("BEGIN;")};
    for (const QString &name : Store::Schema::bulkIndexNames())
        lines << QStringLiteral("DROP INDEX %1;").arg(name);
    for (const QString &name : Store::Schema::ftsTriggerNames())
        lines << QStringLiteral("DROP TRIGGER %1;").arg(name);
    for (const QString &table : dataTables())
        lines << QStringLiteral(".import --csv %1/%2.csv %2").arg(dir, table);
    for (const QString &sql : Store::Schema::bulkIndexes())
        lines << sql + u';';
    lines << QStringLiteral("INSERT INTO requisition_fts(requisition_fts) VALUES ('rebuild');");
    for (const QString &sql : Store::Schema::ftsTriggers())
        lines << sql + u';';
    lines << QStringLiteral("COMMIT;");
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    const double seconds = runShell(target, lines.join(u'\n').toUtf8() + '\n');
    cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    QByteArray counted;
    runShell(target, "SELECT count(*) FROM requisitions;\n", &counted);
    QByteArray expected;
    runShell(cache, "SELECT count(*) FROM requisitions;\n", &expected);
    if (counted.trimmed() != expected.trimmed())
        qFatal("the shell loaded %s requisitions, the sync %s",
               counted.trimmed().constData(),
               expected.trimmed().constData());
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Headless: the refresh token goes to an owner-only file, never a keychain prompt.
    qputenv("REQDESK_TOKEN_STORE", "file");
    const qint64 rows = envInt("REQDESK_BENCH_ROWS", 100000);
    const qint64 applications = envInt("REQDESK_BENCH_APPLICATIONS", rows);
    QTemporaryDir dir(qEnvironmentVariableIsSet("REQDESK_BENCH_DIR")
                              ? qEnvironmentVariable("REQDESK_BENCH_DIR")
                                        + QStringLiteral("/firstsync-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/firstsync-XXXXXX"));
    dir.setAutoRemove(!qEnvironmentVariableIsSet("REQDESK_BENCH_DIR"));
    if (!dir.isValid())
        qFatal("no temporary directory");

    // N/10 first, then N: each sync's peak is measured from its own start.
    const SyncRun small = firstSync(dir.path(), rows / 10, applications / 10);
    const SyncRun large = firstSync(dir.path(), rows, applications);
    double shellCpu = 0;
    const double shell = shellReference(large.cache, dir.path(), shellCpu);

    const auto line = [&](const SyncRun &run, const QJsonValue &reference) {
        QJsonObject o{{QStringLiteral("bench"), QStringLiteral("firstsync")},
                      {QStringLiteral("unit"), QStringLiteral("rows_per_s")},
                      {QStringLiteral("value"), qRound64(double(run.rows) / run.seconds)},
                      {QStringLiteral("rows"), run.rows},
                      {QStringLiteral("requisitions"), run.requisitions},
                      {QStringLiteral("seconds"), run.seconds},
                      {QStringLiteral("peak_rss_mib"), double(run.peakKib) / 1024.0},
                      {QStringLiteral("peak_reset"), run.peakReset},
                      {QStringLiteral("seed_seconds"), run.seedSeconds},
                      {QStringLiteral("client_cpu_seconds"), run.clientCpu},
                      {QStringLiteral("server_cpu_seconds"), run.serverCpu},
                      {QStringLiteral("target_rows_per_s"), 100000}};
        if (!reference.isNull()) {
            o.insert(QStringLiteral("reference_shell_seconds"), reference);
            o.insert(QStringLiteral("ratio_vs_shell"), run.seconds / reference.toDouble());
            o.insert(QStringLiteral("target_ratio"), 3);
            // The same comparison in CPU seconds (client + server against the shell): what
            // the wall-clock ratio tends to on a machine where both get a core when they want.
            o.insert(QStringLiteral("reference_shell_cpu_seconds"), shellCpu);
            o.insert(QStringLiteral("cpu_ratio_vs_shell"),
                     (run.clientCpu + run.serverCpu) / qMax(1e-9, shellCpu));
        }
        emitLine(o);
    };
    line(small, QJsonValue::Null);
    line(large, shell);
    emitLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("firstsync_shell")},
                         {QStringLiteral("unit"), QStringLiteral("rows_per_s")},
                         {QStringLiteral("value"), qRound64(double(large.rows) / shell)},
                         {QStringLiteral("rows"), large.rows},
                         {QStringLiteral("seconds"), shell}});
    emitLine(QJsonObject{
            {QStringLiteral("bench"), QStringLiteral("firstsync_memory")},
            {QStringLiteral("unit"), QStringLiteral("peak_rss_ratio_n_vs_n10")},
            {QStringLiteral("value"),
             double(large.peakKib) / double(qMax<qint64>(1, small.peakKib))},
            {QStringLiteral("peak_rss_mib_n"), double(large.peakKib) / 1024.0},
            {QStringLiteral("peak_rss_mib_n10"), double(small.peakKib) / 1024.0},
            {QStringLiteral("rows_n"), large.rows},
            {QStringLiteral("rows_n10"), small.rows},
            {QStringLiteral("target"), QStringLiteral("bounded by the page size: ratio near 1")}});
    return 0;
}
