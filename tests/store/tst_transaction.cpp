#include "store/database.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"
#include "storetestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_Transaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_counter)));
        if (!db)
            qFatal("open failed");
        return std::move(*db);
    }

private slots:
    void rollsBackUnlessCommitted()
    {
        auto db = freshDb();
        SyncStateRepository state(*db);
        {
            Transaction tx(db->connection());
            QVERIFY(tx.begin().ok());
            QVERIFY(!tx.isNested());
            QVERIFY(state.setValue(QStringLiteral("k"), QStringLiteral("v")).ok());
        }
        QVERIFY(!state.value(QStringLiteral("k"))->has_value());
        Transaction tx(db->connection());
        QVERIFY(tx.begin().ok());
        QVERIFY(state.setValue(QStringLiteral("k"), QStringLiteral("v")).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(state.value(QStringLiteral("k"))->value_or(QString()), QStringLiteral("v"));
        QCOMPARE(tx.commit().error().code, Core::ErrorCode::InvalidArgument);
    }

    void repositoryCallsComposeInOneTransaction()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        const auto a = TestData::requisition(30, 1);
        const auto b = TestData::requisition(30, 2);
        {
            // A pulled page and its cursor: all or nothing even though save() has its own
            // transaction inside.
            Transaction page(db->connection());
            QVERIFY(page.begin().ok());
            QVERIFY(repo.save(a, WriteOrigin::Sync).ok());
            QVERIFY(repo.save(b, WriteOrigin::Sync).ok());
            QVERIFY(SyncStateRepository::setValueIn(
                            db->connection(), QStringLiteral("cursor"), QStringLiteral("7"))
                            .ok());
            // no commit: a crash before the page was stored
        }
        QCOMPARE(*repo.count({}), 0);
        QVERIFY(!SyncStateRepository(*db).value(QStringLiteral("cursor"))->has_value());

        Transaction page(db->connection());
        QVERIFY(page.begin().ok());
        QVERIFY(repo.save(a, WriteOrigin::Sync).ok());
        QVERIFY(page.commit().ok());
        QCOMPARE(*repo.count({}), 1);
    }

    void innerFailureKeepsOuterWork()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        QVERIFY(db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON pay_bands"
                                        " WHEN new.location = 'FAIL' BEGIN SELECT RAISE(ABORT, "
                                        "'refused'); END"))
                        .ok());
        auto good = TestData::requisition(31, 1);
        auto bad = TestData::requisition(31, 2);
        bad.bands << Core::PayBand{QUuid(),
                                   QString(),
                                   QString(),
                                   QStringLiteral("FAIL"),
                                   QStringLiteral("USD"),
                                   Core::Period::Year,
                                   1,
                                   2,
                                   std::nullopt,
                                   QString(),
                                   QString()};
        Transaction outer(db->connection());
        QVERIFY(outer.begin().ok());
        QVERIFY(repo.save(good, WriteOrigin::Sync).ok());
        QVERIFY(!repo.save(bad, WriteOrigin::Sync).ok()); // rolled back to its savepoint only
        QVERIFY(outer.commit().ok());
        QCOMPARE(*repo.count({}), 1);
        QCOMPARE(repo.find(bad.id).error().code, Core::ErrorCode::NotFound);
        QVERIFY(repo.find(good.id).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
