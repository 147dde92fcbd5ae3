// SYNC.md's failure scenarios against real reqdesk-server processes and real SQLite caches.
// Clients are either the engine in this process (talking through FaultProxy, whose sockets
// run on the engine's local event loops) or reqdesk-cli processes that abort at named points
// (REQDESK_CRASH_AT). Every scenario checks that nothing is lost and nothing is duplicated.

#include "core/requisition.h"
#include "core/stage.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/storestatistics.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

#include "e2esupport.h"
#include "faultproxy.h"

// AddressSanitizer keeps freed memory in quarantine, so peak memory follows what was ever
// allocated, not what is held: the memory ratio means nothing in the asan preset.
#if defined(__SANITIZE_ADDRESS__)
#define REQDESK_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REQDESK_TEST_ASAN 1
#endif
#endif

using namespace ReqdeskTest;
using namespace Reqdesk;

namespace {

Core::Requisition makeRequisition(const QString &title)
{
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = title;
    r.company = QStringLiteral("Acme");
    r.openings = 1;
    return r;
}

/// One number from `sql` on the cache at `dbFile` (-1 on failure).
qint64 scalarIn(const QString &dbFile, const QString &sql)
{
    auto opened = Store::Database::open(dbFile);
    if (!opened)
        return -1;
    QSqlQuery q((*opened)->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Indexes and triggers with SQL text in the cache at `dbFile`.
qint64 schemaObjects(const QString &dbFile)
{
    return scalarIn(dbFile,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('index',"
                                   " 'trigger') AND sql IS NOT NULL"));
}

/// Requisitions the full-text index finds for `word`, after FTS5's own integrity check.
qint64 ftsMatches(const QString &dbFile, const QString &word)
{
    auto opened = Store::Database::open(dbFile);
    if (!opened)
        return -1;
    QSqlQuery q((*opened)->connection());
    if (!q.exec(QStringLiteral("INSERT INTO requisition_fts(requisition_fts) VALUES"
                               " ('integrity-check')")))
        return -1;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM requisition_fts WHERE requisition_fts"
                               " MATCH '%1'")
                        .arg(word))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class tst_SyncScenarios final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lostResponseIsRetriedWithoutDuplicates();
    void crashAroundPushCommit_data();
    void crashAroundPushCommit();
    void crashBetweenPageAndCursor();
    void interruptedSnapshotResumes();
    void transientFailuresDrainByThemselves();
    void noProgressStopsWithVisibleError();
    void partialProgressKeepsRetrying();
    void restoredServerResetsAndRepushes();
    void bothDeleteAgree();
    void editAgainstDeleteIsConflict();
    void undoneDeleteRestores();
    void cliEditsTravelThroughTheOutbox();
    void twoClientsWritingFastConverge();
    void childOfDeletedParentIsConflict();
    void writesDuringPagingArriveOnce();
    void protocolOutsideTheRangeKeepsLocalData();
    void lostAccessKeepsUnsyncedEdits();
    void clockSkewChangesNoOutcome_data();
    void clockSkewChangesNoOutcome();
    void conflictResolvedOfflineTravelsLater();
    void copiedCacheReRegisters();
    void largeFirstSyncPagesWithProgress();
    void expiredAccessTokenRefreshesOnce();
    void revokedSignInNeedsANewOne();
    void olderClientSyncsTooOldIsRefused();
    void hugeFirstSyncStaysWithinAPage();
    void oversizedPushIsSplitAndNothingLost();
    void laterEditAfterMergeStillClashes();
    void lostRefreshAnswerKeepsTheSignIn();
    void damagedCacheIsRebuiltKeepingEdits();
    void laterEditsOfOtherFieldsKeepTheClash();

private:
    void restartServer(const QStringList &extra = {}, const QByteArray &protocolRange = {});
    void cliLogin(const QString &dbFile, const QString &user, const QString &server = {});
    std::unique_ptr<Sync::SyncEngine> engine(const QString &name,
                                             const QString &user = QStringLiteral("ada"));
    CliRun cli(const QString &db,
               const QStringList &args,
               const QByteArray &crashAt = {},
               const QByteArray &input = {});
    QString db(const QString &name) const { return m_dir->filePath(name + QStringLiteral(".db")); }
    static qint64 count(Sync::SyncEngine &engine, const QString &table);
    static qint64 count(const QString &dbFile, const QString &table);
    QStringList store() const
    {
        return {QStringLiteral("--data"), m_dir->filePath(QStringLiteral("server"))};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_url;
};

void tst_SyncScenarios::init()
{
    qputenv("REQDESK_TOKEN_STORE", "file");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const QString &user : {QStringLiteral("ada"), QStringLiteral("bob")}) {
        QCOMPARE(addUser(store(), user), 0);
    }
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->startWith(store()));
    m_proxy = std::make_unique<FaultProxy>();
    QVERIFY(m_proxy->listen(quint16(m_server->url(QString()).port())));
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
}

void tst_SyncScenarios::cleanup()
{
    m_proxy.reset();
    m_server.reset();
    m_dir.reset();
}

void tst_SyncScenarios::restartServer(const QStringList &extra, const QByteArray &protocolRange)
{
    // The server process reads the test hook REQDESK_TEST_PROTOCOL_RANGE once, at start.
    m_server->stop();
    if (!protocolRange.isEmpty())
        qputenv("REQDESK_TEST_PROTOCOL_RANGE", protocolRange);
    m_server = std::make_unique<ServerProcess>();
    const bool started = m_server->startWith(store(), extra);
    qunsetenv("REQDESK_TEST_PROTOCOL_RANGE");
    QVERIFY(started);
    m_proxy->setUpstreamPort(quint16(m_server->url(QString()).port()));
}

void tst_SyncScenarios::cliLogin(const QString &dbFile, const QString &user, const QString &server)
{
    // Through the proxy by default, which survives server restarts.
    const CliRun login = cli(dbFile,
                             {QStringLiteral("login"),
                              QStringLiteral("--server"),
                              server.isEmpty() ? m_url : server,
                              QStringLiteral("--user"),
                              user},
                             {},
                             passwordFor(user).toUtf8() + '\n');
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

std::unique_ptr<Sync::SyncEngine> tst_SyncScenarios::engine(const QString &name,
                                                            const QString &user)
{
    return signedInEngine(db(name), QUrl(m_url), user, [](Sync::SyncEngine &e) {
        e.setTimeoutMs(5000);
        e.setVerifyChecksum(true);
    });
}

CliRun tst_SyncScenarios::cli(const QString &dbFile,
                              const QStringList &args,
                              const QByteArray &crashAt,
                              const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(crashAt));
    process.start(cliBinary, QStringList{QStringLiteral("--db"), dbFile} + args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    // An event loop while waiting keeps the proxy (on this thread) forwarding, so a CLI may
    // also talk to the server through it.
    QEventLoop wait;
    connect(&process, &QProcess::finished, &wait, &QEventLoop::quit);
    QTimer::singleShot(120000, &wait, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        wait.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return finishedRun(process);
}

qint64 tst_SyncScenarios::count(const QString &dbFile, const QString &table)
{
    auto opened = Store::Database::open(dbFile);
    if (!opened)
        return -1;
    auto counts = Store::StoreStatistics::collect(**opened);
    if (!counts)
        return -1;
    if (table == QLatin1String("requisitions"))
        return counts->requisitions;
    if (table == QLatin1String("candidates"))
        return counts->candidates;
    if (table == QLatin1String("outbox"))
        return counts->outboxPending;
    return -1;
}

qint64 tst_SyncScenarios::count(Sync::SyncEngine &engine, const QString &table)
{
    return count(engine.database()->path(), table);
}

void tst_SyncScenarios::lostResponseIsRetriedWithoutDuplicates()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    for (int i = 0; i < 3; ++i)
        QVERIFY(Store::RequisitionRepository(*a->database())
                        .save(makeRequisition(QStringLiteral("Role %1").arg(i)),
                              Store::WriteOrigin::LocalEdit));
    // Every answer to a push is lost in this round (Qt itself re-sends a request once when a
    // kept-alive connection drops, which is one more replay the server must absorb).
    // A poison record in the same batch: its refusal is in the server's ledger too, and the
    // replay must set it aside, not drop it as done.
    Store::OutboxEntry poison;
    poison.entity = QStringLiteral("requisition");
    poison.entityId = QUuid::createUuid();
    poison.op = Store::OutboxOp::Update;
    poison.baseVersion = 1;
    poison.changes = {{QStringLiteral("title"), QStringLiteral("never existed")}};
    QVERIFY(Store::OutboxRepository::append(a->database()->connection(), poison));
    m_proxy->inject(FaultProxy::Fault::DropResponse, QStringLiteral("/v1/sync/push"), -1);
    auto lost = a->syncOnce();
    QVERIFY(m_proxy->faultsHit() >= 1);
    QVERIFY(!lost);
    m_proxy->inject(FaultProxy::Fault::None, QString(), 0);
    QVERIFY(Sync::SyncHttpClient::isTransient(lost.error().code));
    QCOMPARE(count(*a, QStringLiteral("outbox")), 4);

    // The same batch again: the server's ledger answers "duplicate", nothing is written twice.
    auto retry = a->syncOnce();
    QVERIFY2(retry, qPrintable(retry ? QString() : retry.error().message()));
    QCOMPARE(retry->pushed, 3);
    QCOMPARE(retry->setAside, 1);
    QCOMPARE(count(*a, QStringLiteral("outbox")), 0);
    QCOMPARE(Store::OutboxRepository(*a->database()).setAside()->size(), 1);
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(b && b->syncOnce());
    QCOMPARE(count(*b, QStringLiteral("requisitions")), 3);
    QCOMPARE(count(*a, QStringLiteral("requisitions")), 3);
}

void tst_SyncScenarios::crashAroundPushCommit_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::newRow("before the upload") << QByteArray("before_push_send");
    QTest::newRow("server committed, client not") << QByteArray("before_push_commit");
    QTest::newRow("client committed, pull not run") << QByteArray("after_push_commit");
}

void tst_SyncScenarios::crashAroundPushCommit()
{
    QFETCH(QByteArray, point);
    const QString dbA = db(QStringLiteral("a"));
    const QString server
            = QStringLiteral("http://127.0.0.1:%1").arg(m_server->url(QString()).port());
    QCOMPARE(cli(dbA,
                 {QStringLiteral("login"),
                  QStringLiteral("--server"),
                  server,
                  QStringLiteral("--user"),
                  QStringLiteral("ada")},
                 {},
                 "secret-ada-pw\n")
                     .exitCode,
             0);
    QCOMPARE(cli(dbA, {QStringLiteral("sync")}).exitCode, 0);
    const CliRun added = cli(dbA,
                             {QStringLiteral("add"),
                              QStringLiteral("candidate"),
                              QStringLiteral("--name"),
                              QStringLiteral("Jo")});
    QCOMPARE(added.exitCode, 0);
    const QString id = QString::fromUtf8(added.out.trimmed());

    const CliRun crashed = cli(dbA, {QStringLiteral("sync"), QStringLiteral("--once")}, point);
    QVERIFY(crashed.crashed);
    const CliRun resumed = cli(dbA, {QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(resumed.exitCode, 0);
    QVERIFY(resumed.json().value(QStringLiteral("refused_resolutions")).isArray());
    QVERIFY(resumed.json().value(QStringLiteral("resynced")).isArray());
    QCOMPARE(resumed.json().value(QStringLiteral("pushed")).toInt(),
             point == "after_push_commit" ? 0 : 1);
    QCOMPARE(count(dbA, QStringLiteral("outbox")), 0);
    QCOMPARE(count(dbA, QStringLiteral("candidates")), 1);

    const QString dbB = db(QStringLiteral("b"));
    QCOMPARE(cli(dbB,
                 {QStringLiteral("login"),
                  QStringLiteral("--server"),
                  server,
                  QStringLiteral("--user"),
                  QStringLiteral("bob")},
                 {},
                 "secret-bob-pw\n")
                     .exitCode,
             0);
    QCOMPARE(cli(dbB, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(count(dbB, QStringLiteral("candidates")), 1);
    const CliRun shown = cli(
            dbB,
            {QStringLiteral("show"), QStringLiteral("candidate"), id, QStringLiteral("--json")});
    QCOMPARE(shown.json().value(QStringLiteral("name")).toString(), QStringLiteral("Jo"));
}

void tst_SyncScenarios::crashBetweenPageAndCursor()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a && a->syncOnce());
    const QString server
            = QStringLiteral("http://127.0.0.1:%1").arg(m_server->url(QString()).port());
    const QString dbB = db(QStringLiteral("b"));
    QCOMPARE(cli(dbB,
                 {QStringLiteral("login"),
                  QStringLiteral("--server"),
                  server,
                  QStringLiteral("--user"),
                  QStringLiteral("bob")},
                 {},
                 "secret-bob-pw\n")
                     .exitCode,
             0);
    QCOMPARE(cli(dbB, {QStringLiteral("sync")}).exitCode, 0);
    const QString cursorBefore = cli(dbB, {QStringLiteral("status"), QStringLiteral("--json")})
                                         .json()
                                         .value(QStringLiteral("cursor"))
                                         .toString();

    for (int i = 0; i < 4; ++i)
        QVERIFY(Store::RequisitionRepository(*a->database())
                        .save(makeRequisition(QStringLiteral("Pulled %1").arg(i)),
                              Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());

    // Killed half-way through a page, then after the page's rows were written but before its
    // cursor: one transaction, so neither is there — the cursor never runs ahead of the data.
    for (const QByteArray &point :
         {QByteArray("mid_page_apply"), QByteArray("after_page_apply_before_cursor")}) {
        QVERIFY(cli(dbB, {QStringLiteral("sync"), QStringLiteral("--once")}, point).crashed);
        QCOMPARE(count(dbB, QStringLiteral("requisitions")), 0);
    }
    QCOMPARE(cli(dbB, {QStringLiteral("status"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("cursor"))
                     .toString(),
             cursorBefore);
    // Killed after the commit: rows and cursor together.
    QVERIFY(cli(dbB, {QStringLiteral("sync"), QStringLiteral("--once")}, "after_page_commit")
                    .crashed);
    QCOMPARE(count(dbB, QStringLiteral("requisitions")), 4);
    const CliRun again = cli(dbB, {QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("pulled")).toInt(), 0);
    QCOMPARE(count(dbB, QStringLiteral("requisitions")), 4);
}

void tst_SyncScenarios::interruptedSnapshotResumes()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    QList<Core::Requisition> all;
    for (int i = 0; i < 25; ++i)
        all.append(makeRequisition(QStringLiteral("Snap %1").arg(i)));
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .saveAll(all, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());

    const QString server
            = QStringLiteral("http://127.0.0.1:%1").arg(m_server->url(QString()).port());
    const QString dbB = db(QStringLiteral("b"));
    QCOMPARE(cli(dbB,
                 {QStringLiteral("login"),
                  QStringLiteral("--server"),
                  server,
                  QStringLiteral("--user"),
                  QStringLiteral("bob")},
                 {},
                 "secret-bob-pw\n")
                     .exitCode,
             0);
    // The first page lands with its resume point, then the process dies.
    QVERIFY(cli(dbB,
                {QStringLiteral("sync"),
                 QStringLiteral("--once"),
                 QStringLiteral("--page-size"),
                 QStringLiteral("10")},
                "after_snapshot_page")
                    .crashed);
    QCOMPARE(count(dbB, QStringLiteral("requisitions")), 10);
    // The snapshot into an empty cache set the secondary indexes and the FTS triggers aside
    // (durably, with its first page); the cache answers queries all the same.
    const qint64 fullSchema = schemaObjects(db(QStringLiteral("a")));
    QVERIFY(fullSchema > 0);
    QVERIFY(schemaObjects(dbB) < fullSchema);
    QCOMPARE(scalarIn(dbB,
                      QStringLiteral("SELECT count(*) FROM requisitions WHERE title LIKE 'Snap%'")),
             10);
    const CliRun resumed = cli(dbB,
                               {QStringLiteral("sync"),
                                QStringLiteral("--json"),
                                QStringLiteral("--page-size"),
                                QStringLiteral("10")});
    QCOMPARE(resumed.exitCode, 0);
    // Only the 15 rows not yet fetched come again (then the feed, which holds nothing newer).
    QCOMPARE(resumed.json().value(QStringLiteral("pulled")).toInt(), 15);
    QCOMPARE(count(dbB, QStringLiteral("requisitions")), 25);
    // The resumed snapshot rebuilt them when it ended.
    QCOMPARE(schemaObjects(dbB), fullSchema);
    QCOMPARE(ftsMatches(dbB, QStringLiteral("snap")), 25);

    // Every page in, the process dies before the snapshot is closed: the next run closes it
    // and pulls nothing again.
    const QString dbC = db(QStringLiteral("c"));
    QCOMPARE(cli(dbC,
                 {QStringLiteral("login"),
                  QStringLiteral("--server"),
                  server,
                  QStringLiteral("--user"),
                  QStringLiteral("bob")},
                 {},
                 "secret-bob-pw\n")
                     .exitCode,
             0);
    QVERIFY(cli(dbC, {QStringLiteral("sync"), QStringLiteral("--once")}, "before_snapshot_finish")
                    .crashed);
    const CliRun closed = cli(dbC, {QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(closed.exitCode, 0);
    QCOMPARE(closed.json().value(QStringLiteral("pulled")).toInt(), 0);
    QCOMPARE(count(dbC, QStringLiteral("requisitions")), 25);
    QCOMPARE(schemaObjects(dbC), fullSchema);
    QCOMPARE(ftsMatches(dbC, QStringLiteral("snap")), 25);
}

void tst_SyncScenarios::transientFailuresDrainByThemselves()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    a->setBackoff(20, 100, 10);
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .save(makeRequisition(QStringLiteral("Queued")),
                          Store::WriteOrigin::LocalEdit));
    QSignalSpy synced(a.get(), &Sync::SyncEngine::synced);
    QSignalSpy failed(a.get(), &Sync::SyncEngine::syncFailed);
    m_proxy->inject(FaultProxy::Fault::Refuse, QStringLiteral("/v1/sync/"), 4);
    a->requestSync(); // no further edit or request: the backoff timer brings it back
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 10000);
    QCOMPARE(m_proxy->faultsHit(), 4);
    QVERIFY(failed.count() >= 1);
    for (const auto &args : failed)
        QVERIFY(args.at(2).toBool()); // each failure announced a retry
    QCOMPARE(count(*a, QStringLiteral("outbox")), 0);
}

void tst_SyncScenarios::noProgressStopsWithVisibleError()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    a->setBackoff(10, 40, 4);
    QSignalSpy failed(a.get(), &Sync::SyncEngine::syncFailed);
    m_proxy->inject(FaultProxy::Fault::Refuse, QStringLiteral("/v1/"), -1);
    a->requestSync();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() && !failed.last().at(2).toBool(), 10000);
    QCOMPARE(failed.last().at(0).toInt(), int(Core::ErrorCode::SyncNoProgress));
    QCOMPARE(failed.count(), 4);
}

void tst_SyncScenarios::partialProgressKeepsRetrying()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a && a->syncOnce());
    a->setBackoff(5, 20, 3);
    // Pushes get through, pulls never do; while each round still pushes a new edit, the
    // engine keeps trying; once rounds achieve nothing, it gives up after three.
    m_proxy->inject(FaultProxy::Fault::Refuse, QStringLiteral("/v1/sync/changes"), -1);
    int edits = 0;
    QSignalSpy failed(a.get(), &Sync::SyncEngine::syncFailed);
    connect(a.get(), &Sync::SyncEngine::syncFailed, this, [&] {
        if (edits < 6) {
            ++edits;
            QVERIFY(Store::RequisitionRepository(*a->database())
                            .save(makeRequisition(QStringLiteral("Progress %1").arg(edits)),
                                  Store::WriteOrigin::LocalEdit));
        }
    });
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .save(makeRequisition(QStringLiteral("Progress 0")),
                          Store::WriteOrigin::LocalEdit));
    a->requestSync();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() && !failed.last().at(2).toBool(), 10000);
    QCOMPARE(failed.last().at(0).toInt(), int(Core::ErrorCode::SyncNoProgress));
    QVERIFY(failed.count() >= 6 + 3);
    QCOMPARE(count(*a, QStringLiteral("outbox")), 0); // every edit got through
}

void tst_SyncScenarios::restoredServerResetsAndRepushes()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    const auto kept = makeRequisition(QStringLiteral("Before Backup"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(kept, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(adminWith(store(), {QStringLiteral("backup"), QStringLiteral("--out"), backup}), 0);

    auto edited = kept;
    edited.openings = 4;
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .save(edited, Store::WriteOrigin::LocalEdit));
    const auto unsent = makeRequisition(QStringLiteral("Made Offline"));
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .save(unsent, Store::WriteOrigin::LocalEdit));
    const QString epochBefore = Store::SyncStateRepository(*a->database())
                                        .value(QStringLiteral("epoch"))
                                        ->value_or(QString());

    m_server->stop();
    QCOMPARE(adminWith(store(), {QStringLiteral("restore"), QStringLiteral("--from"), backup}), 0);
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->startWith(store()));
    m_proxy->setUpstreamPort(quint16(m_server->url(QString()).port()));

    auto round = a->syncOnce();
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QVERIFY(round->reset);
    QVERIFY(round->epoch != epochBefore);
    QCOMPARE(round->pushed, 2);
    QCOMPARE(count(*a, QStringLiteral("outbox")), 0);

    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(b && b->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        Store::RequisitionRepository repository(*e->database());
        QCOMPARE(repository.find(kept.id)->openings, 4);
        QCOMPARE(repository.find(unsent.id)->title, QStringLiteral("Made Offline"));
        QCOMPARE(count(*e, QStringLiteral("requisitions")), 2);
    }
}

void tst_SyncScenarios::bothDeleteAgree()
{
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    const auto r = makeRequisition(QStringLiteral("Gone"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .remove(r.id, Store::WriteOrigin::LocalEdit));
    QVERIFY(Store::RequisitionRepository(*b->database())
                    .remove(r.id, Store::WriteOrigin::LocalEdit));
    auto ra = a->syncOnce();
    auto rb = b->syncOnce();
    QVERIFY(ra && rb);
    QCOMPARE(ra->conflicts + rb->conflicts, 0);
    QVERIFY(a->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        QCOMPARE(count(*e, QStringLiteral("requisitions")), 0);
        QVERIFY(Store::ConflictRepository(*e->database()).open()->isEmpty());
    }
}

void tst_SyncScenarios::editAgainstDeleteIsConflict()
{
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    auto r = makeRequisition(QStringLiteral("Edited Late"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .remove(r.id, Store::WriteOrigin::LocalEdit));
    r.title = QStringLiteral("Edited Later");
    QVERIFY(Store::RequisitionRepository(*b->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    auto rb = b->syncOnce();
    QVERIFY(rb);
    QCOMPARE(rb->conflicts, 1);
    QVERIFY(a->syncOnce());
    // The edit is not lost: it waits in a conflict (edit_delete) on both sides.
    for (auto *e : {a.get(), b.get()}) {
        const auto open = *Store::ConflictRepository(*e->database())
                                   .open(QStringLiteral("requisition"), r.id);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("edit_delete"));
        QCOMPARE(*Store::OutboxRepository(*e->database()).pendingCount(), 0);
    }
}

void tst_SyncScenarios::undoneDeleteRestores()
{
    // Undo of a delete saves the same record again: whether the delete reached the server
    // already, is still waiting in the outbox, or was made on both sides, the record comes back
    // everywhere without a conflict to confirm.
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    Store::RequisitionRepository mine(*a->database());
    Store::RequisitionRepository theirs(*b->database());
    const auto synced = makeRequisition(QStringLiteral("Undone After Sync"));
    const auto waiting = makeRequisition(QStringLiteral("Undone Before Sync"));
    const auto bothDeleted = makeRequisition(QStringLiteral("Deleted Twice"));
    QVERIFY(mine.saveAll({synced, waiting, bothDeleted}, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());

    QVERIFY(mine.remove(synced.id, Store::WriteOrigin::LocalEdit));
    QVERIFY(theirs.remove(bothDeleted.id, Store::WriteOrigin::LocalEdit));
    QVERIFY(b->syncOnce());
    QVERIFY(mine.remove(bothDeleted.id, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce()); // both deletes of a pushed, the other deletion pulled
    QCOMPARE(count(*a, QStringLiteral("requisitions")), 1);

    QVERIFY(mine.remove(waiting.id, Store::WriteOrigin::LocalEdit));
    QVERIFY(mine.saveAll({synced, waiting, bothDeleted}, Store::WriteOrigin::LocalEdit));
    auto round = a->syncOnce();
    QVERIFY(round);
    QCOMPARE(round->conflicts, 0);
    QVERIFY(b->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        Store::RequisitionRepository repository(*e->database());
        for (const auto &r : {synced, waiting, bothDeleted}) {
            const auto found = repository.find(r.id);
            QVERIFY2(found, qPrintable(r.title));
            QCOMPARE(found->title, r.title);
        }
        QVERIFY(Store::ConflictRepository(*e->database()).open()->isEmpty());
        QCOMPARE(*Store::OutboxRepository(*e->database()).pendingCount(), 0);
    }
}

void tst_SyncScenarios::cliEditsTravelThroughTheOutbox()
{
    const QString server
            = QStringLiteral("http://127.0.0.1:%1").arg(m_server->url(QString()).port());
    const QString dbA = db(QStringLiteral("a"));
    const QString dbB = db(QStringLiteral("b"));
    for (const auto &[file, user] :
         {std::pair{dbA, QStringLiteral("ada")}, std::pair{dbB, QStringLiteral("bob")}}) {
        const CliRun login = cli(file,
                                 {QStringLiteral("login"),
                                  QStringLiteral("--server"),
                                  server,
                                  QStringLiteral("--user"),
                                  user,
                                  QStringLiteral("--json")},
                                 {},
                                 passwordFor(user).toUtf8() + '\n');
        QCOMPARE(login.exitCode, 0);
        QCOMPARE(login.json().value(QStringLiteral("token_store")).toString(),
                 QStringLiteral("file"));
    }
    const CliRun imported
            = cli(dbA,
                  {QStringLiteral("import"),
                   QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt")});
    QCOMPARE(imported.exitCode, 0);
    const QString req = imported.firstImportedRequisitionId();
    QVERIFY(!req.isEmpty());
    QCOMPARE(cli(dbA,
                 {QStringLiteral("set"),
                  QStringLiteral("requisition"),
                  req,
                  QStringLiteral("title=Staff Engineer"),
                  QStringLiteral("openings=2")})
                     .exitCode,
             0);
    QCOMPARE(cli(dbA,
                 {QStringLiteral("set"),
                  QStringLiteral("requisition"),
                  req,
                  QStringLiteral("nonsense=1")})
                     .exitCode,
             2);
    const QString candidate = QString::fromUtf8(cli(dbA,
                                                    {QStringLiteral("add"),
                                                     QStringLiteral("candidate"),
                                                     QStringLiteral("--name"),
                                                     QStringLiteral("Lin Park"),
                                                     QStringLiteral("--email"),
                                                     QStringLiteral("lin@example.org")})
                                                        .out.trimmed());
    const QString application
            = QString::fromUtf8(cli(dbA, {QStringLiteral("apply"), candidate, req}).out.trimmed());
    QVERIFY(!QUuid::fromString(application).isNull());
    QCOMPARE(cli(dbA, {QStringLiteral("move"), application, QStringLiteral("recruiter_screen")})
                     .exitCode,
             0);
    // The state machine refuses a jump to hired from a screen.
    QCOMPARE(cli(dbA, {QStringLiteral("move"), application, QStringLiteral("hired")}).exitCode, 1);
    QCOMPARE(cli(dbA, {QStringLiteral("note"), application, QStringLiteral("Strong C++")}).exitCode,
             0);
    QVERIFY(cli(dbA, {QStringLiteral("status"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("pending"))
                    .toInt()
            >= 6);
    const CliRun pushed = cli(dbA, {QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(pushed.exitCode, 0);
    QCOMPARE(pushed.json().value(QStringLiteral("conflicts")).toInt(), 0);
    QCOMPARE(cli(dbA, {QStringLiteral("status"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("pending"))
                     .toInt(),
             0);

    QCOMPARE(cli(dbB, {QStringLiteral("sync")}).exitCode, 0);
    const QJsonObject shown = cli(dbB,
                                  {QStringLiteral("show"),
                                   QStringLiteral("application"),
                                   application,
                                   QStringLiteral("--json")})
                                      .json();
    QCOMPARE(shown.value(QStringLiteral("stage")).toString(), QStringLiteral("recruiter_screen"));
    QCOMPARE(shown.value(QStringLiteral("history")).toArray().size(), 2);
    QCOMPARE(shown.value(QStringLiteral("notes")).toArray().size(), 1);
    const QJsonObject requisition = cli(dbB,
                                        {QStringLiteral("show"),
                                         QStringLiteral("requisition"),
                                         req,
                                         QStringLiteral("--json")})
                                            .json();
    QCOMPARE(requisition.value(QStringLiteral("title")).toString(),
             QStringLiteral("Staff Engineer"));
    QCOMPARE(requisition.value(QStringLiteral("openings")).toInt(), 2);

    // The same field on both sides offline: a conflict, resolved from B with a third value.
    QCOMPARE(cli(dbA,
                 {QStringLiteral("set"),
                  QStringLiteral("requisition"),
                  req,
                  QStringLiteral("title=Principal")})
                     .exitCode,
             0);
    QCOMPARE(cli(dbB,
                 {QStringLiteral("set"),
                  QStringLiteral("requisition"),
                  req,
                  QStringLiteral("title=Lead")})
                     .exitCode,
             0);
    QCOMPARE(cli(dbA, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(dbB, {QStringLiteral("sync"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("conflicts"))
                     .toInt(),
             1);
    const CliRun listed = cli(dbB, {QStringLiteral("conflicts"), QStringLiteral("--json")});
    const QJsonObject conflict = listed.json();
    QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
    QCOMPARE(conflict.value(QStringLiteral("server_value")).toString(),
             QStringLiteral("Principal"));
    QCOMPARE(conflict.value(QStringLiteral("client_value")).toString(), QStringLiteral("Lead"));
    QCOMPARE(cli(dbB,
                 {QStringLiteral("resolve"),
                  conflict.value(QStringLiteral("id")).toString(),
                  QStringLiteral("value=Principal Lead")})
                     .exitCode,
             0);
    QCOMPARE(cli(dbA, {QStringLiteral("sync")}).exitCode, 0);
    for (const QString &file : {dbA, dbB}) {
        QCOMPARE(cli(file,
                     {QStringLiteral("show"),
                      QStringLiteral("requisition"),
                      req,
                      QStringLiteral("--json")})
                         .json()
                         .value(QStringLiteral("title"))
                         .toString(),
                 QStringLiteral("Principal Lead"));
        QVERIFY(cli(file, {QStringLiteral("conflicts"), QStringLiteral("--json")})
                        .out.trimmed()
                        .isEmpty());
    }

    QCOMPARE(cli(dbB, {QStringLiteral("delete"), QStringLiteral("requisition"), req}).exitCode, 0);
    QCOMPARE(cli(dbB, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(dbA, {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(dbA, {QStringLiteral("show"), QStringLiteral("requisition"), req}).exitCode, 1);
    const QJsonObject status
            = cli(dbA, {QStringLiteral("status"), QStringLiteral("--json")}).json();
    QCOMPARE(status.value(QStringLiteral("set_aside_entries")).toArray().size(), 0);
    QCOMPARE(status.value(QStringLiteral("user")).toString(), QStringLiteral("ada"));
    QCOMPARE(status.value(QStringLiteral("conflicts")).toInt(), 0);
    QVERIFY(!status.value(QStringLiteral("epoch")).toString().isEmpty());
    QVERIFY(!status.value(QStringLiteral("last_sync")).toString().isEmpty());
    QCOMPARE(cli(dbA, {QStringLiteral("logout")}).exitCode, 0);
    QCOMPARE(cli(dbA, {QStringLiteral("sync"), QStringLiteral("--once")}).exitCode, 1);
}

void tst_SyncScenarios::twoClientsWritingFastConverge()
{
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    // Shared records both sides edit (different fields), plus records each side creates.
    QList<Core::Requisition> shared;
    for (int i = 0; i < 20; ++i)
        shared.append(makeRequisition(QStringLiteral("Shared %1").arg(i)));
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .saveAll(shared, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 100; ++i) {
            const int k = (i * 7 + round) % shared.size();
            Store::RequisitionRepository ra(*a->database());
            auto onA = *ra.find(shared[k].id);
            onA.title = QStringLiteral("A %1 %2").arg(round).arg(i);
            QVERIFY(ra.save(onA, Store::WriteOrigin::LocalEdit));
            Store::RequisitionRepository rb(*b->database());
            auto onB = *rb.find(shared[k].id);
            onB.openings = round * 1000 + i + 2;
            QVERIFY(rb.save(onB, Store::WriteOrigin::LocalEdit));
            if (i % 10 == 0) {
                QVERIFY(ra.save(makeRequisition(QStringLiteral("New A")),
                                Store::WriteOrigin::LocalEdit));
                QVERIFY(rb.save(makeRequisition(QStringLiteral("New B")),
                                Store::WriteOrigin::LocalEdit));
            }
        }
        // Interleaved rounds while the other side keeps writing.
        auto ra = a->syncOnce();
        auto rb = b->syncOnce();
        QVERIFY2(ra && rb,
                 qPrintable(ra ? (rb ? QString() : rb.error().message()) : ra.error().message()));
        QCOMPARE(ra->conflicts + rb->conflicts, 0);
    }
    QVERIFY(a->syncOnce() && b->syncOnce() && a->syncOnce());
    QCOMPARE(count(*a, QStringLiteral("requisitions")), 20 + 60);
    QCOMPARE(count(*b, QStringLiteral("requisitions")), 20 + 60);
    for (const auto &r : std::as_const(shared)) {
        const auto onA = *Store::RequisitionRepository(*a->database()).find(r.id);
        const auto onB = *Store::RequisitionRepository(*b->database()).find(r.id);
        QCOMPARE(onA.title, onB.title);
        QCOMPARE(onA.openings, onB.openings);
        QCOMPARE(onA.version, onB.version);
    }
    for (auto *e : {a.get(), b.get()}) {
        const auto check = e->verifyChecksum();
        QVERIFY(check && check->has_value());
        QVERIFY2((*check)->isEmpty(), qPrintable((*check)->join(u',')));
        QCOMPARE(count(*e, QStringLiteral("outbox")), 0);
    }
}

void tst_SyncScenarios::childOfDeletedParentIsConflict()
{
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    const auto r = makeRequisition(QStringLiteral("Closing Soon"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    QVERIFY(Store::RequisitionRepository(*b->database())
                    .remove(r.id, Store::WriteOrigin::LocalEdit));
    QVERIFY(b->syncOnce());

    // A, not yet aware of the delete, applies a candidate to it.
    Core::Candidate c;
    c.id = QUuid::createUuid();
    c.name = QStringLiteral("Kim");
    QVERIFY(Store::CandidateRepository(*a->database()).save(c, Store::WriteOrigin::LocalEdit));
    Core::Application app;
    app.id = QUuid::createUuid();
    app.candidateId = c.id;
    app.requisitionId = r.id;
    app.appliedAt = app.stageChangedAt = app.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(Store::ApplicationRepository(*a->database())
                    .create(app, QStringLiteral("ada"), Store::WriteOrigin::LocalEdit));
    auto round = a->syncOnce();
    QVERIFY(round);
    QVERIFY(round->conflicts >= 1);
    QVERIFY(b->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        // Nothing lost: the child is kept and a parent_deleted conflict waits for a person.
        QVERIFY(Store::ApplicationRepository(*e->database()).find(app.id));
        const auto open = *Store::ConflictRepository(*e->database())
                                   .open(QStringLiteral("requisition"), r.id);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("requisition_id"));
    }
}

void tst_SyncScenarios::writesDuringPagingArriveOnce()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    QList<Core::Requisition> initial;
    for (int i = 0; i < 30; ++i)
        initial.append(makeRequisition(QStringLiteral("Paged %1").arg(i, 2, 10, QLatin1Char('0'))));
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .saveAll(initial, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());

    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(b);
    b->setPageSize(7);
    // While B is between its first and second snapshot page, A creates, edits and deletes
    // records on both sides of B's position, and deletes and re-creates one under the same id.
    std::sort(initial.begin(), initial.end(), [](const auto &l, const auto &r) {
        return l.id.toString(QUuid::WithoutBraces) < r.id.toString(QUuid::WithoutBraces);
    });
    QList<QUuid> created;
    bool written = false;
    connect(b.get(), &Sync::SyncEngine::progress, this, [&](const QString &phase, qint64 done) {
        if (written || phase != QLatin1String("snapshot") || done == 0)
            return;
        written = true;
        Store::RequisitionRepository repository(*a->database());
        for (int i = 0; i < 5; ++i) {
            auto r = makeRequisition(QStringLiteral("During %1").arg(i));
            created.append(r.id);
            QVERIFY(repository.save(r, Store::WriteOrigin::LocalEdit));
        }
        for (int k : {0, 15, 29}) {
            auto r = *repository.find(initial[k].id);
            r.openings = 9;
            QVERIFY(repository.save(r, Store::WriteOrigin::LocalEdit));
        }
        QVERIFY(repository.remove(initial[1].id, Store::WriteOrigin::LocalEdit));  // paged already
        QVERIFY(repository.remove(initial[20].id, Store::WriteOrigin::LocalEdit)); // not yet
        QVERIFY(a->syncOnce());
        // A re-creates the id it deleted (an undo): a restore at a new version, which B must
        // end with exactly once, whichever of its pages saw the old copy or the deletion. (A
        // stale re-creation that never saw the deletion stays a conflict: tst_syncprotocol.)
        auto again = initial[20];
        again.title = QStringLiteral("Back Again");
        QVERIFY(repository.save(again, Store::WriteOrigin::LocalEdit));
        auto round = a->syncOnce();
        QVERIFY(round);
        QCOMPARE(round->conflicts, 0);
    });
    auto round = b->syncOnce();
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QVERIFY(written);
    QVERIFY(a->syncOnce() && b->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        Store::RequisitionRepository repository(*e->database());
        QVERIFY(Store::ConflictRepository(*e->database()).open()->isEmpty());
        QCOMPARE(count(*e, QStringLiteral("requisitions")), 30 + 5 - 1);
        for (const QUuid &id : std::as_const(created))
            QVERIFY(repository.find(id));
        for (int k : {0, 15, 29})
            QCOMPARE(repository.find(initial[k].id)->openings, 9);
        QVERIFY(!repository.find(initial[1].id));
        QCOMPARE(repository.find(initial[20].id)->title, QStringLiteral("Back Again"));
        const auto check = e->verifyChecksum();
        QVERIFY(check && check->has_value());
        QVERIFY2((*check)->isEmpty(), qPrintable((*check)->join(u',')));
    }
}

void tst_SyncScenarios::protocolOutsideTheRangeKeepsLocalData()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    const auto r = makeRequisition(QStringLiteral("Waiting"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    a->setProtocolVersion(0);
    auto old = a->syncOnce();
    QVERIFY(!old);
    QCOMPARE(old.error().code, Core::ErrorCode::ClientTooOld);
    QVERIFY(!Sync::SyncHttpClient::isTransient(old.error().code)); // no retry loop
    a->setProtocolVersion(Sync::SyncHttpClient::protocolVersion + 1);
    auto newer = a->syncOnce();
    QVERIFY(!newer);
    QCOMPARE(newer.error().code, Core::ErrorCode::ClientTooNew);
    QCOMPARE(count(*a, QStringLiteral("outbox")), 1);
    QVERIFY(Store::RequisitionRepository(*a->database()).find(r.id));
    a->setProtocolVersion(Sync::SyncHttpClient::protocolVersion);
    auto ok = a->syncOnce();
    QVERIFY(ok);
    QCOMPARE(ok->pushed, 1);
}

void tst_SyncScenarios::lostAccessKeepsUnsyncedEdits()
{
    QCOMPARE(addUser(store(),
                     QStringLiteral("hm"),
                     QStringLiteral("hiring-manager"),
                     QStringLiteral("Eng")),
             0);
    auto a = engine(QStringLiteral("a"));
    auto hm = engine(QStringLiteral("hm"), QStringLiteral("hm"));
    QVERIFY(a && hm);
    auto r = makeRequisition(QStringLiteral("Eng Role"));
    r.org = QStringLiteral("Eng");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    Core::Candidate c;
    c.id = QUuid::createUuid();
    c.name = QStringLiteral("Ola");
    QVERIFY(Store::CandidateRepository(*a->database()).save(c, Store::WriteOrigin::LocalEdit));
    Core::Application app;
    app.id = QUuid::createUuid();
    app.candidateId = c.id;
    app.requisitionId = r.id;
    app.appliedAt = app.stageChangedAt = app.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(Store::ApplicationRepository(*a->database())
                    .create(app, QStringLiteral("ada"), Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    QVERIFY(hm->syncOnce());
    QVERIFY(Store::ApplicationRepository(*hm->database()).find(app.id));

    // The hiring manager moves the application offline; meanwhile the requisition leaves Eng.
    QVERIFY(Store::ApplicationRepository(*hm->database())
                    .moveStage(
                            app.id, Core::Stage::RecruiterScreen, QString(), QStringLiteral("hm")));
    r = *Store::RequisitionRepository(*a->database()).find(r.id);
    r.org = QStringLiteral("Sales");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());

    auto round = hm->syncOnce();
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    // The edits are refused (kept aside with the reason), the pipeline arrives as removals,
    // and the edited application stays in the cache, reported — nothing discarded silently.
    QCOMPARE(round->setAside, 2);
    QVERIFY(round->keptLocal.contains(QStringLiteral("application:")
                                      + app.id.toString(QUuid::WithoutBraces)));
    const auto kept = Store::ApplicationRepository(*hm->database()).find(app.id);
    QVERIFY(kept);
    QCOMPARE(kept->stage, Core::Stage::RecruiterScreen);
    const auto aside = *Store::OutboxRepository(*hm->database()).setAside();
    QCOMPARE(aside.size(), 2);
    for (const auto &entry : aside)
        QVERIFY2(entry.lastError.startsWith(QStringLiteral("permission_denied")),
                 qPrintable(entry.lastError));
    QVERIFY(!Store::RequisitionRepository(*hm->database()).find(r.id));
    // Put back in the queue from the command line, they are tried again (and refused again).
    const CliRun released
            = cli(db(QStringLiteral("hm")), {QStringLiteral("release"), QStringLiteral("--all")});
    QCOMPARE(released.exitCode, 0);
    QCOMPARE(*Store::OutboxRepository(*hm->database()).pendingCount(), 2);
    auto again = hm->syncOnce();
    QVERIFY(again);
    QCOMPARE(again->setAside, 2);
    // The recruiter's copy is untouched by the refused edit.
    QVERIFY(a->syncOnce());
    QCOMPARE(Store::ApplicationRepository(*a->database()).find(app.id)->stage,
             Core::Stage::Applied);
}

void tst_SyncScenarios::clockSkewChangesNoOutcome_data()
{
    QTest::addColumn<qint64>("skewA");
    QTest::addColumn<qint64>("skewB");
    QTest::newRow("in step") << qint64(0) << qint64(0);
    QTest::newRow("A a day ahead") << qint64(86400) << qint64(0);
    QTest::newRow("B an hour behind, A a day behind") << qint64(-86400) << qint64(-3600);
}

void tst_SyncScenarios::clockSkewChangesNoOutcome()
{
    // The clients' clocks only reach display times (updated_at); versions decide every merge,
    // so whoever's clock is ahead, the outcomes are the same: the first push of a field wins
    // and the second is a conflict; different fields both land.
    QFETCH(qint64, skewA);
    QFETCH(qint64, skewB);
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    const auto r = makeRequisition(QStringLiteral("Clocks"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto onA = *Store::RequisitionRepository(*a->database()).find(r.id);
    onA.title = QStringLiteral("From A");
    onA.openings = 5;
    onA.updatedAt = now.addSecs(skewA);
    QVERIFY(Store::RequisitionRepository(*a->database()).save(onA, Store::WriteOrigin::LocalEdit));
    auto onB = *Store::RequisitionRepository(*b->database()).find(r.id);
    onB.title = QStringLiteral("From B");
    onB.company = QStringLiteral("Acme Labs");
    onB.updatedAt = now.addSecs(skewB);
    QVERIFY(Store::RequisitionRepository(*b->database()).save(onB, Store::WriteOrigin::LocalEdit));
    auto ra = a->syncOnce();
    auto rb = b->syncOnce();
    QVERIFY(ra && rb);
    QCOMPARE(ra->conflicts, 0);
    QCOMPARE(rb->conflicts, 1);
    QVERIFY(a->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        const auto stored = *Store::RequisitionRepository(*e->database()).find(r.id);
        QCOMPARE(stored.title, QStringLiteral("From A"));
        QCOMPARE(stored.openings, 5);
        QCOMPARE(stored.company, QStringLiteral("Acme Labs"));
    }
}

void tst_SyncScenarios::conflictResolvedOfflineTravelsLater()
{
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    const auto r = makeRequisition(QStringLiteral("Base"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    auto onA = *Store::RequisitionRepository(*a->database()).find(r.id);
    onA.title = QStringLiteral("Alpha");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(onA, Store::WriteOrigin::LocalEdit));
    auto onB = *Store::RequisitionRepository(*b->database()).find(r.id);
    onB.title = QStringLiteral("Beta");
    QVERIFY(Store::RequisitionRepository(*b->database()).save(onB, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    auto rb = b->syncOnce();
    QVERIFY(rb && rb->conflicts == 1);
    const auto open
            = *Store::ConflictRepository(*b->database()).open(QStringLiteral("requisition"), r.id);
    QCOMPARE(open.size(), 1);

    // Offline: the resolution is a local edit plus a queued close of the server's record.
    m_proxy->inject(FaultProxy::Fault::Refuse, QStringLiteral("/v1/"), -1);
    QVERIFY(b->resolveConflict(open.first().id, Sync::Resolution::Value, QStringLiteral("Gamma")));
    QCOMPARE(Store::RequisitionRepository(*b->database()).find(r.id)->title,
             QStringLiteral("Gamma"));
    QVERIFY(Store::ConflictRepository(*b->database())
                    .open(QStringLiteral("requisition"), r.id)
                    ->isEmpty());
    QCOMPARE(count(*b, QStringLiteral("outbox")), 1);
    QVERIFY(!b->syncOnce());
    m_proxy->inject(FaultProxy::Fault::None, QString(), 0);

    auto later = b->syncOnce();
    QVERIFY2(later, qPrintable(later ? QString() : later.error().message()));
    QCOMPARE(later->pushed, 1);
    QCOMPARE(later->conflicts, 0);
    QVERIFY(a->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        QCOMPARE(Store::RequisitionRepository(*e->database()).find(r.id)->title,
                 QStringLiteral("Gamma"));
        QVERIFY(Store::ConflictRepository(*e->database())
                        .open(QStringLiteral("requisition"), r.id)
                        ->isEmpty());
        QCOMPARE(count(*e, QStringLiteral("outbox")), 0);
    }
}

void tst_SyncScenarios::copiedCacheReRegisters()
{
    QString deviceA;
    {
        auto a = engine(QStringLiteral("a"));
        QVERIFY(a);
        QVERIFY(Store::RequisitionRepository(*a->database())
                        .save(makeRequisition(QStringLiteral("Original")),
                              Store::WriteOrigin::LocalEdit));
        QVERIFY(a->syncOnce());
        deviceA = Store::SyncStateRepository(*a->database())
                          .value(QStringLiteral("device_id"))
                          ->value_or(QString());
    } // closed: the file is complete without its WAL
    // The whole folder (cache and token file) copied to "another laptop".
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("copy")));
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        if (name.startsWith(QStringLiteral("a.db")) || name.startsWith(QStringLiteral("token-")))
            QVERIFY(QFile::copy(m_dir->filePath(name),
                                m_dir->filePath(QStringLiteral("copy/") + name)));
    }
    Sync::SyncEngine copy(m_dir->filePath(QStringLiteral("copy/a.db")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("copied or moved")));
    QVERIFY(copy.open());
    const auto made = makeRequisition(QStringLiteral("Made In The Copy"));
    QVERIFY(Store::RequisitionRepository(*copy.database())
                    .save(made, Store::WriteOrigin::LocalEdit));
    auto refused = copy.syncOnce();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Core::ErrorCode::NotSignedIn);

    // The original is untouched and keeps its identity and sign-in.
    auto a = std::make_unique<Sync::SyncEngine>(db(QStringLiteral("a")));
    QVERIFY(a->open());
    QVERIFY(a->syncOnce());
    QVERIFY(copy.signIn(QUrl(m_url), QStringLiteral("ada"), QStringLiteral("secret-ada-pw")));
    const QString deviceCopy = Store::SyncStateRepository(*copy.database())
                                       .value(QStringLiteral("device_id"))
                                       ->value_or(QString());
    QVERIFY(!deviceCopy.isEmpty());
    QVERIFY(deviceCopy != deviceA);
    auto pushed = copy.syncOnce();
    QVERIFY(pushed);
    QCOMPARE(pushed->pushed, 1);
    QVERIFY(a->syncOnce()); // the original's token still works: no family was revoked
    QCOMPARE(count(*a, QStringLiteral("requisitions")), 2);
    QCOMPARE(count(copy, QStringLiteral("requisitions")), 2);
}

void tst_SyncScenarios::largeFirstSyncPagesWithProgress()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    QList<Core::Requisition> many;
    for (int i = 0; i < 1200; ++i)
        many.append(makeRequisition(QStringLiteral("Bulk %1").arg(i)));
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .saveAll(many, Store::WriteOrigin::LocalEdit));
    QSignalSpy pushProgress(a.get(), &Sync::SyncEngine::progress);
    auto pushed = a->syncOnce();
    QVERIFY(pushed);
    QCOMPARE(pushed->pushed, 1200);
    int pushPhases = 0;
    for (const auto &args : pushProgress)
        pushPhases += args.at(0).toString() == QLatin1String("push") ? 1 : 0;
    QCOMPARE(pushPhases, 12); // batches of the advertised 100

    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(b);
    QSignalSpy progress(b.get(), &Sync::SyncEngine::progress);
    auto round = b->syncOnce();
    QVERIFY(round);
    QCOMPARE(count(*b, QStringLiteral("requisitions")), 1200);
    // One step per page of at most the advertised 500 rows: memory is bounded by a page.
    QList<qint64> steps;
    for (const auto &args : progress) {
        if (args.at(0).toString() == QLatin1String("snapshot"))
            steps.append(args.at(1).toLongLong());
    }
    QVERIFY(steps.size() >= 3);
    QCOMPARE(steps.first(), 500);
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(steps[i] - steps[i - 1] <= 500 && steps[i] >= steps[i - 1]);
    QVERIFY(steps.contains(1200));
}

void tst_SyncScenarios::expiredAccessTokenRefreshesOnce()
{
    m_server->stop();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->startWith(store(),
                                {QStringLiteral("--access-token-ttl"), QStringLiteral("1")}));
    m_proxy->setUpstreamPort(quint16(m_server->url(QString()).port()));
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    const QString device = Store::SyncStateRepository(*a->database())
                                   .value(QStringLiteral("device_id"))
                                   ->value_or(QString());
    Sync::TokenStore tokens(m_dir->path());
    const QString account = Sync::TokenStore::account(QUrl(m_url), QStringLiteral("ada"), device);
    const QString first = tokens.load(account)->value_or(QString());
    QVERIFY(!first.isEmpty());
    QTest::qWait(2100); // let the one-second access token expire
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .save(makeRequisition(QStringLiteral("After Expiry")),
                          Store::WriteOrigin::LocalEdit));
    auto round = a->syncOnce(); // 401 → refresh (rotating the refresh token) → retried
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QCOMPARE(round->pushed, 1);
    const QString second = tokens.load(account)->value_or(QString());
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
}

void tst_SyncScenarios::revokedSignInNeedsANewOne()
{
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a && a->syncOnce());
    QCOMPARE(adminWith(store(),
                       {QStringLiteral("token"),
                        QStringLiteral("revoke"),
                        QStringLiteral("--user"),
                        QStringLiteral("ada")}),
             0);
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .save(makeRequisition(QStringLiteral("Kept Meanwhile")),
                          Store::WriteOrigin::LocalEdit));
    auto refused = a->syncOnce();
    QVERIFY(!refused);
    QVERIFY(refused.error().code == Core::ErrorCode::Unauthenticated
            || refused.error().code == Core::ErrorCode::NotSignedIn);
    QVERIFY(!Sync::SyncHttpClient::isTransient(refused.error().code));
    QCOMPARE(count(*a, QStringLiteral("outbox")), 1); // the edit waits
    QVERIFY(a->signIn(QUrl(m_url), QStringLiteral("ada"), QStringLiteral("secret-ada-pw")));
    auto round = a->syncOnce();
    QVERIFY(round);
    QCOMPARE(round->pushed, 1);
}

void tst_SyncScenarios::olderClientSyncsTooOldIsRefused()
{
    // SYNC.md 15. The next release's server speaks protocols 1 and 2: today's CLI, one version
    // older than the server's newest, still syncs in full, both ways, beside a current client.
    restartServer({}, "1-2");
    const QString dbOld = db(QStringLiteral("old"));
    cliLogin(dbOld, QStringLiteral("ada"));
    const CliRun added = cli(dbOld,
                             {QStringLiteral("add"),
                              QStringLiteral("candidate"),
                              QStringLiteral("--name"),
                              QStringLiteral("From The Old Client")});
    QCOMPARE(added.exitCode, 0);
    const QString fromOld = QString::fromUtf8(added.out.trimmed());
    const CliRun first = cli(dbOld, {QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(QStringLiteral("pushed")).toInt(), 1);

    auto current = engine(QStringLiteral("current"), QStringLiteral("bob"));
    QVERIFY(current);
    current->setProtocolVersion(2);
    QVERIFY(current->syncOnce());
    QVERIFY(Store::CandidateRepository(*current->database()).find(QUuid::fromString(fromOld)));
    const auto fromCurrent = makeRequisition(QStringLiteral("From The Current Client"));
    QVERIFY(Store::RequisitionRepository(*current->database())
                    .save(fromCurrent, Store::WriteOrigin::LocalEdit));
    QVERIFY(current->syncOnce());
    const CliRun pulled = cli(dbOld, {QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(pulled.exitCode, 0);
    QCOMPARE(cli(dbOld,
                 {QStringLiteral("show"),
                  QStringLiteral("requisition"),
                  fromCurrent.id.toString(QUuid::WithoutBraces),
                  QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("title"))
                     .toString(),
             QStringLiteral("From The Current Client"));

    // The release after drops protocol 1: the old client is refused with a message that says
    // what to do, is not retried in a loop, and keeps its rows, its cursor and its unsent edit.
    restartServer({}, "2-2");
    const CliRun offline = cli(dbOld,
                               {QStringLiteral("add"),
                                QStringLiteral("candidate"),
                                QStringLiteral("--name"),
                                QStringLiteral("Made While Refused")});
    QCOMPARE(offline.exitCode, 0);
    const QString kept = QString::fromUtf8(offline.out.trimmed());
    const QJsonObject before
            = cli(dbOld, {QStringLiteral("status"), QStringLiteral("--json")}).json();
    QCOMPARE(before.value(QStringLiteral("pending")).toInt(), 1);
    const CliRun refused = cli(dbOld, {QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("client_too_old"));
    const QString message = refused.json().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("update")) && message.contains(QStringLiteral("kept")),
             qPrintable(message));
    QVERIFY2(refused.err.contains("update"), refused.err.constData());
    QVERIFY2(!refused.err.contains("retrying"), refused.err.constData());
    const QJsonObject after
            = cli(dbOld, {QStringLiteral("status"), QStringLiteral("--json")}).json();
    QCOMPARE(after.value(QStringLiteral("pending")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("cursor")).toString(),
             before.value(QStringLiteral("cursor")).toString());
    QCOMPARE(after.value(QStringLiteral("epoch")).toString(),
             before.value(QStringLiteral("epoch")).toString());
    QCOMPARE(count(dbOld, QStringLiteral("candidates")), 2);
    QCOMPARE(count(dbOld, QStringLiteral("requisitions")), 1);
    QCOMPARE(cli(dbOld, {QStringLiteral("show"), QStringLiteral("candidate"), kept}).exitCode, 0);
    QVERIFY(current->syncOnce()); // the current client is unaffected

    // Updated (an engine speaking 2 on the same cache and sign-in), it pushes the kept edit.
    {
        Sync::SyncEngine updated(dbOld);
        QVERIFY(updated.open());
        updated.setProtocolVersion(2);
        auto round = updated.syncOnce();
        QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
        QCOMPARE(round->pushed, 1);
        QVERIFY(!round->reset);
    }
    QVERIFY(current->syncOnce());
    QVERIFY(Store::CandidateRepository(*current->database()).find(QUuid::fromString(kept)));
    QCOMPARE(count(*current, QStringLiteral("candidates")), 2);
}

void tst_SyncScenarios::hugeFirstSyncStaysWithinAPage()
{
    // SYNC.md 13. Many large rows (notes of about 6 KB each, on one application; large rather
    // than countless, so the server takes them in a few seconds) reach the server; a first
    // sync in small pages must keep the client's memory bounded by a page, not by the data:
    // the peak memory of a CLI pulling ten times the rows stays close to the peak of one
    // pulling a tenth. A ratio of two runs on one machine, never a time.
    auto seeder = engine(QStringLiteral("seeder"));
    QVERIFY(seeder);
    const auto r = makeRequisition(QStringLiteral("Busy Role"));
    QVERIFY(Store::RequisitionRepository(*seeder->database())
                    .save(r, Store::WriteOrigin::LocalEdit));
    Core::Candidate c;
    c.id = QUuid::createUuid();
    c.name = QStringLiteral("Much Discussed");
    QVERIFY(Store::CandidateRepository(*seeder->database()).save(c, Store::WriteOrigin::LocalEdit));
    Core::Application app;
    app.id = QUuid::createUuid();
    app.candidateId = c.id;
    app.requisitionId = r.id;
    app.appliedAt = app.stageChangedAt = app.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(Store::ApplicationRepository(*seeder->database())
                    .create(app, QStringLiteral("ada"), Store::WriteOrigin::LocalEdit));
    const QString filler = QStringLiteral("Thorough interview feedback. ").repeated(200);
    const auto addNotes = [&](int from, int to) {
        Store::Transaction tx(seeder->database()->connection());
        QVERIFY(tx.begin());
        Store::ApplicationRepository repository(*seeder->database());
        for (int i = from; i < to; ++i) {
            Core::Note n;
            n.id = QUuid::createUuid();
            n.applicationId = app.id;
            n.author = QStringLiteral("ada");
            n.at = QDateTime::currentDateTimeUtc();
            n.text = QStringLiteral("Note %1: ").arg(i) + filler;
            QVERIFY(repository.addNote(n, Store::WriteOrigin::LocalEdit));
        }
        QVERIFY(tx.commit());
    };
    const int small = 200;
    const int large = 2000;
    const int page = 20;
    const int records = 4; // requisition, candidate, application and its first stage event
    addNotes(0, small);
    QVERIFY(seeder->syncOnce());

    // SQLite's page cache is a fixed allowance (16 MiB by default) that only the larger run
    // fills: kept at 1 MiB here so the comparison sees what grows with the data.
    qputenv("REQDESK_SYNC_CACHE_MIB", "1");
    const auto restoreCache = qScopeGuard([] { qunsetenv("REQDESK_SYNC_CACHE_MIB"); });
    const auto firstSync = [&](const QString &name) {
        const QString file = db(name);
        // Straight to the server: the proxy in this process would only add copying.
        cliLogin(file,
                 QStringLiteral("bob"),
                 QStringLiteral("http://127.0.0.1:%1").arg(m_server->url(QString()).port()));
        const CliRun run = cli(file,
                               {QStringLiteral("sync"),
                                QStringLiteral("--json"),
                                QStringLiteral("--page-size"),
                                QString::number(page)});
        return run;
    };
    const CliRun smallRun = firstSync(QStringLiteral("small"));
    QVERIFY2(smallRun.exitCode == 0, smallRun.err.constData());
    QCOMPARE(smallRun.json().value(QStringLiteral("pulled")).toInt(), small + records);
    QVERIFY(smallRun.json().value(QStringLiteral("reset")).toBool());

    // The same first sync in this process reports its progress page by page.
    auto watched = engine(QStringLiteral("watched"), QStringLiteral("bob"));
    QVERIFY(watched);
    watched->setPageSize(page);
    QSignalSpy progress(watched.get(), &Sync::SyncEngine::progress);
    auto round = watched->syncOnce();
    QVERIFY(round);
    QCOMPARE(round->pulled, small + records);
    QList<qint64> steps;
    for (const auto &args : progress) {
        if (args.at(0).toString() == QLatin1String("snapshot")) {
            steps.append(args.at(1).toLongLong());
            const qint64 total = args.at(2).toLongLong();
            QVERIFY(total == 0 || total >= steps.last());
        }
    }
    QVERIFY(steps.size() >= small / page);
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(steps[i] >= steps[i - 1] && steps[i] - steps[i - 1] <= page);
    QCOMPARE(steps.last(), small + records);

    addNotes(small, large);
    QVERIFY(seeder->syncOnce());
    const CliRun largeRun = firstSync(QStringLiteral("large"));
    QVERIFY2(largeRun.exitCode == 0, largeRun.err.constData());
    QCOMPARE(largeRun.json().value(QStringLiteral("pulled")).toInt(), large + records);
    QCOMPARE(count(db(QStringLiteral("large")), QStringLiteral("outbox")), 0);

    const qint64 smallPeak = smallRun.json().value(QStringLiteral("peak_rss_kb")).toInteger(-1);
    const qint64 largePeak = largeRun.json().value(QStringLiteral("peak_rss_kb")).toInteger(-1);
    if (smallPeak <= 0 || largePeak <= 0)
        QSKIP("no peak memory figure on this platform");
#ifdef REQDESK_TEST_ASAN
    QSKIP("peak memory under AddressSanitizer counts its quarantine");
#endif
    qInfo("first sync peak memory: %lld KiB for %d rows, %lld KiB for %d rows",
          smallPeak,
          small,
          largePeak,
          large);
    // Ten times the data (about 11 MB more text) may not grow the peak by half: a client that
    // held the rows would.
    QVERIFY2(double(largePeak) < 1.5 * double(smallPeak),
             qPrintable(QStringLiteral("%1 KiB vs %2 KiB").arg(largePeak).arg(smallPeak)));
}

void tst_SyncScenarios::oversizedPushIsSplitAndNothingLost()
{
    // A server (or a proxy in front of it) with a body cap far below the advertised push limit:
    // the engine halves its batches on 413 until they fit, and one edit that is too large even
    // alone is set aside with its reason instead of blocking the queue behind it.
    restartServer({QStringLiteral("--max-body-bytes"), QStringLiteral("4096")});
    auto a = engine(QStringLiteral("a"));
    QVERIFY(a);
    QRandomGenerator random(15);
    const auto noise = [&](int length) {
        // Random letters: gzip cannot shrink them much, so the compressed body stays large.
        QString text(length, u' ');
        for (QChar &ch : text)
            ch = QChar(u'a' + random.bounded(26));
        return text;
    };
    QList<Core::Requisition> all;
    QSet<QString> titles;
    Core::Requisition tooLarge;
    for (int i = 0; i < 61; ++i) {
        auto r = makeRequisition(QStringLiteral("Split %1").arg(i));
        r.sections.overview = noise(i == 30 ? 12000 : 300);
        if (i == 30)
            tooLarge = r;
        else
            titles.insert(r.title);
        all.append(r);
    }
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .saveAll(all, Store::WriteOrigin::LocalEdit));
    QSignalSpy progress(a.get(), &Sync::SyncEngine::progress);
    auto round = a->syncOnce();
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QCOMPARE(round->pushed, 60);
    QCOMPARE(round->setAside, 1);
    int batches = 0;
    for (const auto &args : progress)
        batches += args.at(0).toString() == QLatin1String("push") ? 1 : 0;
    QVERIFY2(batches >= 4, qPrintable(QString::number(batches))); // 61 < 100: one batch unsplit
    QCOMPARE(count(*a, QStringLiteral("outbox")), 0);
    const auto aside = *Store::OutboxRepository(*a->database()).setAside();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.first().entityId, tooLarge.id);
    QVERIFY2(aside.first().lastError.startsWith(QStringLiteral("payload_too_large")),
             qPrintable(aside.first().lastError));

    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(b && b->syncOnce());
    QCOMPARE(count(*b, QStringLiteral("requisitions")), 60);
    for (const auto &r : std::as_const(all)) {
        const auto found = Store::RequisitionRepository(*b->database()).find(r.id);
        if (r.id == tooLarge.id) {
            QVERIFY(!found);
            continue;
        }
        QVERIFY(found);
        QCOMPARE(found->sections.overview, r.sections.overview);
        QVERIFY(titles.remove(found->title));
    }
    QVERIFY(titles.isEmpty());
}

void tst_SyncScenarios::laterEditAfterMergeStillClashes()
{
    // Found by tst_convergence (seed 4). B edits two fields of a record offline, one outbox
    // entry per edit, and then the first field again; A meanwhile changes the second field. B's
    // first entry comes back "merged" (A's change is on the server). The second must still
    // clash with A's value instead of overwriting it because its base moved past a change B
    // never saw; the third (the first field again) moves up and lands without a false conflict
    // against B's own write.
    auto a = engine(QStringLiteral("a"));
    auto b = engine(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    const auto r = makeRequisition(QStringLiteral("Shared"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    Store::RequisitionRepository onB(*b->database());
    for (const auto &[field, value] : {std::pair{0, QStringLiteral("B Company")},
                                       std::pair{1, QStringLiteral("B Team")},
                                       std::pair{0, QStringLiteral("B Company 2")}}) {
        auto edited = *onB.find(r.id);
        (field == 0 ? edited.company : edited.team) = value;
        QVERIFY(onB.save(edited, Store::WriteOrigin::LocalEdit));
    }
    QCOMPARE(count(*b, QStringLiteral("outbox")), 3);
    auto onA = *Store::RequisitionRepository(*a->database()).find(r.id);
    onA.team = QStringLiteral("A Team");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(onA, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());

    auto round = b->syncOnce();
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QCOMPARE(round->pushed, 3);
    QCOMPARE(round->conflicts, 1);
    QVERIFY(a->syncOnce());
    for (auto *e : {a.get(), b.get()}) {
        const auto stored = *Store::RequisitionRepository(*e->database()).find(r.id);
        QCOMPARE(stored.team, QStringLiteral("A Team"));
        QCOMPARE(stored.company, QStringLiteral("B Company 2"));
        const auto open = *Store::ConflictRepository(*e->database())
                                   .open(QStringLiteral("requisition"), r.id);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("team"));
        QCOMPARE(open.first().localValue.toString(), QStringLiteral("B Team"));
        QCOMPARE(open.first().serverValue.toString(), QStringLiteral("A Team"));
    }
}

void tst_SyncScenarios::damagedCacheIsRebuiltKeepingEdits()
{
    // R7: a cache damaged behind an intact header is refused with a way out; `recover` keeps
    // its unsent edits and sign-in in a new cache, and the next sync pushes them and refills it.
    auto b = engine(QStringLiteral("rebuild-b"), QStringLiteral("bob"));
    QVERIFY(b);
    QList<Core::Requisition> shared;
    for (int i = 0; i < 120; ++i) {
        auto r = makeRequisition(QStringLiteral("Rebuilt %1").arg(i));
        r.sections.overview = QString(600, u'r'); // enough rows for many pages
        shared.append(r);
    }
    QVERIFY(Store::RequisitionRepository(*b->database())
                    .saveAll(shared, Store::WriteOrigin::LocalEdit));
    QVERIFY(b->syncOnce());
    const QString dbA = db(QStringLiteral("rebuild-a"));
    cliLogin(dbA, QStringLiteral("ada"));
    QCOMPARE(cli(dbA, {QStringLiteral("sync"), QStringLiteral("--once")}).exitCode, 0);
    QCOMPARE(count(dbA, QStringLiteral("requisitions")), 120);
    for (int i : {3, 60, 119}) {
        QCOMPARE(cli(dbA,
                     {QStringLiteral("set"),
                      QStringLiteral("requisition"),
                      shared.at(i).id.toString(QUuid::WithoutBraces),
                      QStringLiteral("title=Kept through the damage %1").arg(i)})
                         .exitCode,
                 0);
    }

    qint64 leaf = 0;
    int pageSize = 0;
    {
        auto opened = Store::Database::open(dbA);
        QVERIFY(opened);
        QSqlQuery q((*opened)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'requisitions'"
                                   " AND pagetype = 'leaf' ORDER BY pageno"))) {
            QSKIP("this SQLite has no dbstat table");
        }
        QList<qint64> leaves;
        while (q.next())
            leaves.append(q.value(0).toLongLong());
        QVERIFY(leaves.size() > 2);
        leaf = leaves.at(leaves.size() / 2);
    }
    {
        QFile file(dbA);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek((leaf - 1) * pageSize));
        file.write(QByteArray(pageSize, '\x5a'));
    }

    const CliRun refused = cli(dbA, {QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("recover"), refused.err.constData());
    const CliRun recovered = cli(dbA, {QStringLiteral("recover"), QStringLiteral("--json")});
    QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
    QCOMPARE(recovered.json().value(QStringLiteral("recovered_edits")).toInt(), 3);
    QVERIFY(QFile::exists(recovered.json().value(QStringLiteral("damaged_copy")).toString()));
    QVERIFY(QFile::exists(recovered.json().value(QStringLiteral("export")).toString()));
    QCOMPARE(count(dbA, QStringLiteral("outbox")), 3);

    // Still signed in (same device, same token): the edits go up, the rows come back.
    const CliRun synced = cli(dbA, {QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(count(dbA, QStringLiteral("outbox")), 0);
    QCOMPARE(count(dbA, QStringLiteral("requisitions")), 120);
    QVERIFY(b->syncOnce());
    for (int i : {3, 60, 119}) {
        QCOMPARE(Store::RequisitionRepository(*b->database()).find(shared.at(i).id)->title,
                 QStringLiteral("Kept through the damage %1").arg(i));
    }
    QCOMPARE(Store::ConflictRepository(*b->database()).open()->size(), 0);
}

void tst_SyncScenarios::laterEditsOfOtherFieldsKeepTheClash()
{
    // Found by the convergence run (seed 118): B queues an edit of one field, then edits of it
    // and of another field that A changed meanwhile. The first is merged (the base of the second
    // edit of the same field moves up), the second applied; the edit of the other field must
    // not move up with it, or it overwrites A's change unseen. It must clash.
    auto a = engine(QStringLiteral("clash-a"));
    auto b = engine(QStringLiteral("clash-b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    Store::RequisitionRepository mine(*a->database());
    Store::RequisitionRepository theirs(*b->database());
    auto r = makeRequisition(QStringLiteral("Clash"));
    QVERIFY(mine.save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());
    r = *mine.find(r.id);
    r.company = QStringLiteral("company-a-1");
    QVERIFY(mine.save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce() && b->syncOnce());

    r = *mine.find(r.id);
    r.company = QStringLiteral("company-a-2"); // A, offline
    QVERIFY(mine.save(r, Store::WriteOrigin::LocalEdit));
    auto edit = [&](const std::function<void(Core::Requisition &)> &change) {
        auto current = *theirs.find(r.id);
        change(current);
        QVERIFY(theirs.save(current, Store::WriteOrigin::LocalEdit));
    };
    edit([](Core::Requisition &x) { x.team = QStringLiteral("team-b-1"); }); // B, offline
    QVERIFY(a->syncOnce());
    edit([](Core::Requisition &x) { x.team = QStringLiteral("team-b-2"); });
    edit([](Core::Requisition &x) { x.company = QStringLiteral("company-b-1"); });
    edit([](Core::Requisition &x) { x.title = QStringLiteral("title-b-1"); });
    auto round = b->syncOnce();
    QVERIFY(round);
    const auto open
            = *Store::ConflictRepository(*b->database()).open(QStringLiteral("requisition"), r.id);
    QStringList fields;
    for (const auto &c : open)
        fields << c.field;
    QVERIFY2(fields.contains(QStringLiteral("company")), qPrintable(fields.join(u',')));
}

void tst_SyncScenarios::lostRefreshAnswerKeepsTheSignIn()
{
    // The answer to a token refresh is lost (or the client is killed before it stores the new
    // refresh token): the server has rotated the token, the client still holds the old one.
    // Its next refresh presents the rotated token again, within the server's reuse interval
    // and with the pair it was given never used: the server replaces that pair instead of
    // taking the replay for theft, so a mere network drop does not end the sign-in.
    {
        auto a = engine(QStringLiteral("a"));
        QVERIFY(a && a->syncOnce());
    }
    Sync::SyncEngine again(db(QStringLiteral("a"))); // no access token yet: refreshes first
    QVERIFY(again.open());
    again.setTimeoutMs(5000);
    QVERIFY(Store::RequisitionRepository(*again.database())
                    .save(makeRequisition(QStringLiteral("After A Drop")),
                          Store::WriteOrigin::LocalEdit));
    m_proxy->inject(FaultProxy::Fault::DropResponse, QStringLiteral("/v1/auth/refresh"), 1);
    auto round = again.syncOnce();
    QVERIFY(m_proxy->faultsHit() >= 1);
    // Qt's network layer may send the request again by itself when the connection closes
    // without an answer (so the round succeeds); otherwise the next round retries. Either way
    // the old refresh token comes back, and the sign-in must survive it.
    if (!round) {
        QVERIFY2(round.error().code != Core::ErrorCode::TokenReused
                         && round.error().code != Core::ErrorCode::NotSignedIn,
                 qPrintable(round.error().message()));
        round = again.syncOnce();
    }
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QCOMPARE(count(again, QStringLiteral("outbox")), 0); // the edit went up
    // And the sign-in goes on: the pair from the retry rotates normally.
    QVERIFY(Store::RequisitionRepository(*again.database())
                    .save(makeRequisition(QStringLiteral("Still Signed In")),
                          Store::WriteOrigin::LocalEdit));
    auto later = again.syncOnce();
    QVERIFY2(later, qPrintable(later ? QString() : later.error().message()));
    QCOMPARE(count(again, QStringLiteral("outbox")), 0);
}

QTEST_GUILESS_MAIN(tst_SyncScenarios)
#include "tst_syncscenarios.moc"
