#include "store/database.h"
#include "store/schema.h"
#include "store/synclogrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_SyncLogRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("log%1.db").arg(++m_counter)));
        if (!db)
            qFatal("open failed");
        return std::move(*db);
    }

private slots:
    void roundTripNewestFirst()
    {
        auto db = freshDb();
        SyncLogRepository repo(*db);
        const QDateTime at(QDate(2026, 11, 28), QTime(8, 15, 30, 250), QTimeZone::utc());
        SyncLogEntry round;
        round.at = at;
        round.pushed = 4;
        round.pulled = 9;
        round.conflicts = 1;
        round.setAside = 2;
        round.reset = true;
        round.keptLocal = {QStringLiteral("requisition:abc"), QStringLiteral("note:def")};
        round.checksumMismatch = {QStringLiteral("application")};
        QVERIFY(repo.append(round, 200).ok());
        SyncLogEntry failure;
        failure.at = at.addSecs(30);
        failure.failed = true;
        failure.code = 42;
        failure.detail = QStringLiteral("it's \"quoted\"; DROP TABLE sync_log; --");
        failure.willRetry = true;
        QVERIFY(repo.append(failure, 200).ok());

        auto entries = repo.recent(10);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0), failure);
        QCOMPARE(entries->at(1), round);
        QCOMPARE(repo.recent(1)->size(), 1);
    }

    void keepsTheNewestOnly()
    {
        auto db = freshDb();
        SyncLogRepository repo(*db);
        const QDateTime start(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc());
        for (int i = 0; i < 25; ++i) {
            SyncLogEntry e;
            e.at = start.addSecs(i);
            e.pulled = i;
            QVERIFY(repo.append(e, 20).ok());
        }
        auto entries = repo.recent(100);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 20);
        QCOMPARE(entries->constFirst().pulled, 24);
        QCOMPARE(entries->constLast().pulled, 5);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 20);
    }

    void longDetailIsCut()
    {
        auto db = freshDb();
        SyncLogRepository repo(*db);
        SyncLogEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.failed = true;
        e.detail = QString(5000, u'x');
        QVERIFY(repo.append(e, 200).ok());
        QCOMPARE(repo.recent(1)->at(0).detail.size(), 1000);
    }

    void tableComesWithMigration3()
    {
        auto db = freshDb();
        QVERIFY(db->schemaVersion() >= 3);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM schema_migrations WHERE version = 3")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sync log"));
    }

    void aVersion2CacheGainsTheTable()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.db"));
        {
            // A cache as the previous release left it: schema 2, no sync_log.
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("DROP TABLE sync_log")).ok());
            QVERIFY((*db)->exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 3"))
                            .ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 2")).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
        SyncLogEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        QVERIFY(SyncLogRepository(**db).append(e, 200).ok());
        QCOMPARE(SyncLogRepository(**db).recent(5)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SyncLogRepository)
#include "tst_synclogrepository.moc"
