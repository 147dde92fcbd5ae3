// P3 (TARGETS.md): a sync round that pulls 100 records changed by another client, against a
// cache of N requisitions (plus applications) and against a 1,000-requisition cache, in the same
// run, rounds interleaved. The round is SyncEngine::syncOnce as the app runs it (meta, push of
// an empty outbox, pending resolutions, changes pages); the changes are pushed beforehand by a
// second signed-in client (70 requisition and 30 candidate field edits). Median of several
// rounds; target: the large round ≤ 1.2 × the small one, and ≤ 50 ms on loopback.
//
//   REQDESK_BENCH_ROWS=100000 ./build/bench/tests/bench/bench_syncround

#include "core/demodatagenerator.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

#include "syncbenchserver.h"

using namespace Reqdesk;
using namespace ReqdeskBench;

namespace {

constexpr int kRequisitionEdits = 70;
constexpr int kCandidateEdits = 30;

void emitLine(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 envInt(const char *name, qint64 fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariable(name).toLongLong() : fallback;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// One dataset: a seeded server, a synced cache, and another client that writes.
struct Dataset
{
    qint64 requisitions = 0;
    qint64 candidates = 0;
    qint64 cacheRows = 0;
    std::unique_ptr<SyncBenchServer> server;
    std::unique_ptr<Sync::SyncEngine> engine;
    std::unique_ptr<Sync::SyncHttpClient> writer;
    QList<double> roundsMs;
    QList<double> cpuMs; ///< this (the syncing) process's CPU per round
};

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

void prepare(Dataset &d, const QString &root, qint64 requisitions, qint64 applications)
{
    d.requisitions = requisitions;
    d.candidates = qMax<qint64>(1, applications / 3);
    const QString tag = QString::number(requisitions);
    d.server = std::make_unique<SyncBenchServer>(root + QStringLiteral("/server-") + tag);
    d.server->seed(requisitions, applications);
    d.server->addUser(QStringLiteral("bench"));
    d.server->addUser(QStringLiteral("writer"));
    d.server->start();
    d.engine = std::make_unique<Sync::SyncEngine>(root + QStringLiteral("/cache-") + tag
                                                  + QStringLiteral(".db"));
    if (auto s = d.engine->open(); !s)
        qFatal("open: %s", qPrintable(s.error().message()));
    if (auto s = d.engine->signIn(d.server->url(),
                                  QStringLiteral("bench"),
                                  SyncBenchServer::password(QStringLiteral("bench")));
        !s)
        qFatal("sign in: %s", qPrintable(s.error().message()));
    const auto first = d.engine->syncOnce();
    if (!first)
        qFatal("first sync: %s", qPrintable(first.error().message()));
    d.cacheRows = first->pulled;
    d.writer = d.server->signedInClient(QStringLiteral("writer"));
}

qint64 cachedVersion(Dataset &d, const char *table, const QUuid &id)
{
    QSqlQuery q(d.engine->database()->connection());
    q.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(idText(id));
    if (!q.exec() || !q.next())
        qFatal("no cached %s %s", table, qPrintable(idText(id)));
    return q.value(0).toLongLong();
}

/// Another client changes 100 records on the server (spread over the dataset, different ones
/// every round), then the cache's round is timed.
void round(Dataset &d, int number, bool measured)
{
    const Core::DemoDataGenerator generator(kSeed);
    QJsonArray mutations;
    const auto mutation
            = [&](const QString &entity, const QUuid &id, qint64 base, const QJsonObject &changes) {
                  mutations.append(
                          QJsonObject{{QStringLiteral("mutation_id"), idText(QUuid::createUuid())},
                                      {QStringLiteral("entity"), entity},
                                      {QStringLiteral("entity_id"), idText(id)},
                                      {QStringLiteral("op"), QStringLiteral("update")},
                                      {QStringLiteral("base_version"), base},
                                      {QStringLiteral("changes"), changes}});
              };
    for (int k = 0; k < kRequisitionEdits; ++k) {
        const qint64 index = (qint64(number) * kRequisitionEdits + k) * 7919 % d.requisitions;
        const QUuid id = generator.requisitionId(index);
        mutation(QStringLiteral("requisition"),
                 id,
                 cachedVersion(d, "requisitions", id),
                 {{QStringLiteral("openings"), 10 + number}});
    }
    for (int k = 0; k < kCandidateEdits; ++k) {
        const qint64 index = (qint64(number) * kCandidateEdits + k) * 7919 % d.candidates;
        const QUuid id = generator.candidateId(index);
        mutation(QStringLiteral("candidate"),
                 id,
                 cachedVersion(d, "candidates", id),
                 {{QStringLiteral("source"), QStringLiteral("bench round %1").arg(number)}});
    }
    const QJsonObject body{{QStringLiteral("mutations"), mutations}};
    auto pushed = d.writer->post(QStringLiteral("/v1/sync/push"), body);
    if (!pushed && pushed.error().code == Core::ErrorCode::Unauthenticated) {
        // Its access token (15 min) ran out while the other dataset was seeded and synced.
        d.writer = d.server->signedInClient(QStringLiteral("writer"));
        pushed = d.writer->post(QStringLiteral("/v1/sync/push"), body);
    }
    if (!pushed)
        qFatal("push: %s", qPrintable(pushed.error().message()));
    for (const QJsonValue &result : pushed->value(QStringLiteral("results")).toArray()) {
        const QString outcome = result.toObject().value(QStringLiteral("outcome")).toString();
        if (outcome != QLatin1String("applied"))
            qFatal("a bench edit was %s", qPrintable(outcome));
    }

    QElapsedTimer timer;
    const double cpuBefore = cpuMs();
    timer.start();
    const auto report = d.engine->syncOnce();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = cpuMs() - cpuBefore;
    if (!report)
        qFatal("round: %s", qPrintable(report.error().message()));
    if (report->pulled != kRequisitionEdits + kCandidateEdits)
        qFatal("the round pulled %d rows", report->pulled);
    if (measured) {
        d.roundsMs.append(ms);
        d.cpuMs.append(cpu);
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("REQDESK_TOKEN_STORE", "file");
    const qint64 rows = envInt("REQDESK_BENCH_ROWS", 100000);
    const qint64 applications = envInt("REQDESK_BENCH_APPLICATIONS", rows);
    const int rounds = int(envInt("REQDESK_BENCH_ROUNDS", 9));
    QTemporaryDir dir(qEnvironmentVariableIsSet("REQDESK_BENCH_DIR")
                              ? qEnvironmentVariable("REQDESK_BENCH_DIR")
                                        + QStringLiteral("/syncround-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/syncround-XXXXXX"));
    dir.setAutoRemove(!qEnvironmentVariableIsSet("REQDESK_BENCH_DIR"));
    if (!dir.isValid())
        qFatal("no temporary directory");

    // The small dataset keeps the large one's proportions of applications to requisitions.
    const qint64 smallRequisitions = 1000;
    Dataset small;
    Dataset large;
    prepare(small, dir.path(), smallRequisitions, applications * smallRequisitions / rows);
    prepare(large, dir.path(), rows, applications);
    // Interleaved, so a burst of load on the shared machine hits both alike; round 0 warms up.
    for (int i = 0; i <= rounds; ++i) {
        round(small, i, i > 0);
        round(large, i, i > 0);
    }
    for (Dataset *d : {&small, &large}) {
        emitLine(QJsonObject{
                {QStringLiteral("bench"), QStringLiteral("syncround")},
                {QStringLiteral("unit"), QStringLiteral("ms")},
                {QStringLiteral("value"), median(d->roundsMs)},
                {QStringLiteral("min_ms"),
                 *std::min_element(d->roundsMs.cbegin(), d->roundsMs.cend())},
                {QStringLiteral("max_ms"),
                 *std::max_element(d->roundsMs.cbegin(), d->roundsMs.cend())},
                {QStringLiteral("rounds"), qint64(d->roundsMs.size())},
                {QStringLiteral("client_cpu_ms"), median(d->cpuMs)},
                {QStringLiteral("changed_records"), kRequisitionEdits + kCandidateEdits},
                {QStringLiteral("requisitions"), d->requisitions},
                {QStringLiteral("cache_rows"), d->cacheRows},
                {QStringLiteral("target_ms"), 50}});
    }
    const double ratio = median(large.roundsMs) / median(small.roundsMs);
    emitLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("syncround_ratio")},
                         {QStringLiteral("unit"), QStringLiteral("ratio_large_vs_1000")},
                         {QStringLiteral("value"), ratio},
                         {QStringLiteral("large_ms"), median(large.roundsMs)},
                         {QStringLiteral("small_ms"), median(small.roundsMs)},
                         {QStringLiteral("target_ratio"), 1.2},
                         {QStringLiteral("target_ms"), 50}});
    small.server->stop();
    large.server->stop();
    return 0;
}
