#include "core/demodatagenerator.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/demodataloader.h"
#include "store/pipelinebulkloader.h"
#include "store/schema.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

namespace {

constexpr quint64 kSeed = 2026;
constexpr int kCandidates = 40;
constexpr int kApplications = 120;

/// Every row of `table` in a stable order, each value with its SQLite storage class, so that
/// 1 and '1' or NULL and '' differ.
QStringList dump(Database &db, const QString &table, const QString &order)
{
    QSqlQuery q(db.connection());
    QSqlQuery columns(db.connection());
    if (!columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table)))
        qFatal("columns of %s", qPrintable(table));
    const QSqlRecord record = columns.record();
    QStringList selects;
    for (int i = 0; i < record.count(); ++i) {
        // When a tombstone was made is the test's clock, not loaded data.
        if (record.fieldName(i) == u"deleted_at")
            continue;
        selects << QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(record.fieldName(i));
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(selects.join(QStringLiteral(" || '|' || ")), table, order)))
        qFatal("dump %s", qPrintable(table));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

QStringList indexNames(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'index'"
                          " AND sql IS NOT NULL ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QList<std::pair<QString, QString>> kTables = {
        {QStringLiteral("candidates"), QStringLiteral("id")},
        {QStringLiteral("applications"), QStringLiteral("id")},
        {QStringLiteral("stage_events"), QStringLiteral("id")},
        {QStringLiteral("base_copies"), QStringLiteral("entity, entity_id")},
        {QStringLiteral("tombstones"), QStringLiteral("entity, entity_id")},
        {QStringLiteral("outbox"), QStringLiteral("seq")},
};

Core::Application applicationAt(const Core::DemoDataGenerator &g, int i)
{
    return g.application(i, g.candidateId(i % kCandidates), g.requisitionId(i % 7));
}

/// The reference: what the repositories write for the same records as server data.
void loadThroughRepositories(Database &db, const Core::DemoDataGenerator &g, int from, int to)
{
    CandidateRepository candidates(db);
    ApplicationRepository applications(db);
    for (int c = from / 2; c < qMin(to, kCandidates); ++c)
        QVERIFY(candidates.save(g.candidate(c), WriteOrigin::Sync).ok());
    for (int i = from; i < to; ++i) {
        const Core::Application a = applicationAt(g, i);
        QVERIFY(applications.save(a, WriteOrigin::Sync).ok());
        for (const Core::StageEvent &e : g.history(a))
            QVERIFY(applications.addEvent(e, WriteOrigin::Sync).ok());
    }
}

void loadInBulk(PipelineBulkLoader &loader, const Core::DemoDataGenerator &g, int from, int to)
{
    for (int c = from / 2; c < qMin(to, kCandidates); ++c)
        QVERIFY(loader.addCandidate(g.candidate(c)).ok());
    for (int i = from; i < to; ++i) {
        const Core::Application a = applicationAt(g, i);
        QVERIFY(loader.addApplication(a).ok());
        for (const Core::StageEvent &e : g.history(a))
            QVERIFY(loader.addEvent(e).ok());
    }
}

} // namespace

class tst_PipelineBulkLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("p%1.db").arg(++m_counter)));
        if (!db)
            qFatal("open failed");
        return std::move(*db);
    }

    void compareContents(Database &expected, Database &actual)
    {
        for (const auto &[table, order] : kTables)
            QCOMPARE(dump(actual, table, order), dump(expected, table, order));
        QCOMPARE(indexNames(actual), indexNames(expected));
        QCOMPARE(scalar(actual, QStringLiteral("PRAGMA integrity_check = 1")), 0);
    }

private slots:
    void intoEmptyTablesLikeTheRepositories()
    {
        const Core::DemoDataGenerator g(kSeed);
        auto reference = freshDb();
        loadThroughRepositories(*reference, g, 0, kApplications);

        auto bulk = freshDb();
        PipelineBulkLoader loader(*bulk);
        QVERIFY(loader.begin().ok());
        QCOMPARE(loader.deferredIndexes(), Schema::pipelineIndexNames());
        loadInBulk(loader, g, 0, kApplications);
        QCOMPARE(loader.candidatesAdded(), kCandidates);
        QCOMPARE(loader.applicationsAdded(), kApplications);
        QVERIFY(loader.eventsAdded() > kApplications);
        QVERIFY(loader.finish().ok());

        QCOMPARE(scalar(*bulk, QStringLiteral("SELECT count(*) FROM stage_events")),
                 loader.eventsAdded());
        compareContents(*reference, *bulk);
        // The load restores the connection's settings.
        QCOMPARE(scalar(*bulk, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(*bulk, QStringLiteral("PRAGMA synchronous")), 1);
        QCOMPARE(scalar(*bulk, QStringLiteral("PRAGMA cache_size")),
                 scalar(*reference, QStringLiteral("PRAGMA cache_size")));
        // The rebuilt indexes are used as before.
        QSqlQuery plan(bulk->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM applications"
                                         " ORDER BY applied_at, id LIMIT 10")));
        QVERIFY(plan.next());
        QVERIFY(plan.value(3).toString().contains(QStringLiteral("applications_applied")));
    }

    void intoFilledTablesKeepsIndexesAndTombstoneRules()
    {
        const Core::DemoDataGenerator g(kSeed);
        const Core::Application gone = applicationAt(g, 70);
        const Core::Candidate back = g.candidate(25);
        const auto prepare = [&](Database &db) {
            loadThroughRepositories(db, g, 0, 50);
            Transaction tx(db.connection());
            QVERIFY(tx.begin().ok());
            QVERIFY(SyncStateRepository::putTombstone(
                            db.connection(), QStringLiteral("application"), gone.id, 3)
                            .ok());
            QVERIFY(SyncStateRepository::putTombstone(
                            db.connection(), QStringLiteral("candidate"), back.id, 2)
                            .ok());
            QVERIFY(tx.commit().ok());
        };
        auto reference = freshDb();
        prepare(*reference);
        // Overlapping ranges: applications 40..49 and candidates 20..39 are stored again
        // (replaced, events replayed).
        loadThroughRepositories(*reference, g, 40, kApplications);

        auto bulk = freshDb();
        prepare(*bulk);
        PipelineBulkLoader loader(*bulk);
        QVERIFY(loader.begin().ok());
        QVERIFY(loader.deferredIndexes().isEmpty());
        loadInBulk(loader, g, 40, kApplications);
        QVERIFY(loader.finish().ok());

        // As the repositories: a candidate stored again loses its tombstone, an application
        // keeps it.
        QCOMPARE(scalar(*bulk, QStringLiteral("SELECT count(*) FROM tombstones")), 1);
        compareContents(*reference, *bulk);
    }

    void abortLeavesNothing()
    {
        const Core::DemoDataGenerator g(kSeed);
        auto db = freshDb();
        {
            PipelineBulkLoader loader(*db);
            QVERIFY(loader.begin().ok());
            loadInBulk(loader, g, 0, 10);
        } // destroyed without finish()
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM base_copies")), 0);
        QCOMPARE(indexNames(*db).size(), freshDbIndexCount());
        QVERIFY(!PipelineBulkLoader(*db).addEvent(g.history(applicationAt(g, 0)).first()).ok());
    }

    void demoDataLoaderCounts()
    {
        auto db = freshDb();
        DemoDataLoader loader(*db);
        const auto counts = loader.load(Core::DemoDataGenerator(kSeed), 20, 90);
        QVERIFY(counts.ok());
        QCOMPARE(counts->requisitions, 20);
        QCOMPARE(counts->candidates, 30);
        QCOMPARE(counts->applications, 90);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events")),
                 counts->stageEvents);
        // Server data is its own base: no base copies (docs/sync-engine.md).
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM base_copies")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(indexNames(*db).size(), freshDbIndexCount());
    }

private:
    qsizetype freshDbIndexCount()
    {
        auto db = freshDb();
        return indexNames(*db).size();
    }
};

QTEST_GUILESS_MAIN(tst_PipelineBulkLoader)
#include "tst_pipelinebulkloader.moc"
