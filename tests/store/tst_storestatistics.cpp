#include "core/demodatagenerator.h"
#include "store/database.h"
#include "store/demodataloader.h"
#include "store/storestatistics.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_StoreStatistics : public QObject
{
    Q_OBJECT

private slots:
    void scopes()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        QVERIFY(DemoDataLoader(**db).load(Core::DemoDataGenerator(2026), 5, 9).ok());

        const auto all = StoreStatistics::collect(**db);
        QVERIFY(all.ok());
        QCOMPARE(all->requisitions, 5);
        QCOMPARE(all->payBands, 20);
        QCOMPARE(all->candidates, 3);
        QCOMPARE(all->applications, 9);
        QVERIFY(all->stageEvents >= 9);

        // The sync scope leaves the record tables alone (they are whole-index counts).
        const auto sync = StoreStatistics::collect(**db, StoreStatistics::Scope::Sync);
        QVERIFY(sync.ok());
        QCOMPARE(sync->requisitions, 0);
        QCOMPARE(sync->applications, 0);
        QCOMPARE(sync->stageEvents, 0);
        QCOMPARE(sync->outboxPending, all->outboxPending);
        QCOMPARE(sync->openConflicts, all->openConflicts);
    }
};

QTEST_GUILESS_MAIN(tst_StoreStatistics)
#include "tst_storestatistics.moc"
