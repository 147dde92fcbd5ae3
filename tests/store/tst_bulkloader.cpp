#include "store/bulkloader.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/schema.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

Q_DECLARE_METATYPE(Reqdesk::Store::BulkLoader::Method)

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<QUuid> ids(RequisitionRepository &repo, const RequisitionFilter &filter)
{
    RequisitionQuery q;
    q.filter = filter;
    q.sort = SortColumn::PayMax;
    q.limit = 100000;
    QList<QUuid> list;
    const auto page = repo.page(q);
    for (const auto &row : page->rows)
        list << row.id;
    return list;
}

} // namespace

class tst_BulkLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("b%1.db").arg(++m_counter)));
        if (!db)
            qFatal("open failed");
        return std::move(*db);
    }

private slots:
    void loadsLikeTheRepository_data()
    {
        QTest::addColumn<BulkLoader::Method>("method");
        QTest::newRow("sqlite api") << BulkLoader::Method::SqliteApi;
        QTest::newRow("qt sql") << BulkLoader::Method::QtSql;
    }

    void loadsLikeTheRepository()
    {
        QFETCH(BulkLoader::Method, method);
        QList<Core::Requisition> all;
        for (int i = 0; i < 300; ++i)
            all << TestData::requisition(21, i);

        auto bulkDb = freshDb();
        {
            BulkLoader loader(*bulkDb, method);
            QVERIFY(loader.begin().ok());
            QVERIFY(loader.deferred());
            QVERIFY(loader.addAll(all).ok());
            QCOMPARE(loader.rowsAdded(), 300);
            QVERIFY(loader.finish().ok());
        }
        auto repoDb = freshDb();
        RequisitionRepository reference(*repoDb);
        QVERIFY(reference.saveAll(all, WriteOrigin::Sync).ok());

        RequisitionRepository bulk(*bulkDb);
        for (int i = 0; i < all.size(); i += 17)
            QCOMPARE(*bulk.find(all.at(i).id), all.at(i));
        // Server data: nothing to upload.
        QCOMPARE(*OutboxRepository(*bulkDb).pendingCount(), 0);
        // Indexes and triggers are back and FTS is consistent.
        for (const QString &name : Schema::bulkIndexNames())
            QCOMPARE(scalar(*bulkDb,
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                    .arg(name)),
                     1);
        QCOMPARE(scalar(*bulkDb,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                       " AND name LIKE 'requisitions_fts_%'")),
                 3);
        QSqlQuery check(bulkDb->connection());
        QVERIFY(check.exec(QStringLiteral(
                "INSERT INTO requisition_fts(requisition_fts) VALUES ('integrity-check')")));
        QCOMPARE(scalar(*bulkDb, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(*bulkDb, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL

        RequisitionFilter f;
        QCOMPARE(ids(bulk, f), ids(reference, f));
        f.text = QStringLiteral("engineer");
        QCOMPARE(ids(bulk, f), ids(reference, f));
        f.location = QStringLiteral("york");
        QCOMPARE(ids(bulk, f), ids(reference, f));
        f = {};
        f.payMin = 150000 * 100;
        f.currency = QStringLiteral("USD");
        QCOMPARE(ids(bulk, f), ids(reference, f));

        // A later edit still reaches FTS through the recreated triggers.
        Core::Requisition edited = all.first();
        edited.title = QStringLiteral("Platypus keeper");
        QVERIFY(bulk.save(edited, WriteOrigin::LocalEdit).ok());
        f = {};
        f.text = QStringLiteral("platypus");
        QCOMPARE(*bulk.count(f), 1);
    }

    void loadsIntoNonEmptyTableThroughTriggers()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        QVERIFY(repo.save(TestData::requisition(22, 0), WriteOrigin::Sync).ok());
        BulkLoader loader(*db);
        QVERIFY(loader.begin().ok());
        QVERIFY(!loader.deferred());
        for (int i = 1; i < 50; ++i)
            QVERIFY(loader.add(TestData::requisition(22, i)).ok());
        QVERIFY(loader.finish().ok());
        QCOMPARE(*repo.count({}), 50);
        RequisitionFilter f;
        f.text = TestData::requisition(22, 33).title;
        QVERIFY(*repo.count(f) >= 1);
    }

    void duplicateIdRollsBackEverything()
    {
        auto db = freshDb();
        QList<Core::Requisition> list;
        for (int i = 0; i < 20; ++i)
            list << TestData::requisition(23, i);
        list << list.at(5);
        {
            BulkLoader loader(*db);
            QVERIFY(loader.begin().ok());
            const auto status = loader.addAll(list);
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, Core::ErrorCode::ConstraintViolated);
            loader.abort();
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM requisitions")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pay_bands")), 0);
        // The dropped indexes come back with the rollback.
        for (const QString &name : Schema::bulkIndexNames())
            QCOMPARE(scalar(*db,
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                    .arg(name)),
                     1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BulkLoader)
#include "tst_bulkloader.moc"
