#include "core/error.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;

// Without a server the engine fails each round at once with NotSignedIn (not transient, so no
// retries): every round shows up as exactly one syncFailed signal, which is what is counted.
class tst_SyncScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstOfEditsMakesOneRound()
    {
        QTemporaryDir dir;
        Sync::SyncEngine engine(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(engine.open());
        Sync::SyncScheduler scheduler(engine);
        scheduler.setDebounceMs(50);
        QSignalSpy rounds(&engine, &Sync::SyncEngine::syncFailed);
        for (int i = 0; i < 20; ++i)
            scheduler.localEdit();
        QCOMPARE(rounds.count(), 0); // nothing before the edits go quiet
        QTRY_COMPARE(rounds.count(), 1);
        QCOMPARE(rounds.first().at(0).toInt(), int(Core::ErrorCode::NotSignedIn));
        QCOMPARE(rounds.first().at(2).toBool(), false);
    }

    void startSyncsAtOnceAndOnTheInterval()
    {
        QTemporaryDir dir;
        Sync::SyncEngine engine(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(engine.open());
        Sync::SyncScheduler scheduler(engine);
        scheduler.setIntervalMs(30);
        QSignalSpy rounds(&engine, &Sync::SyncEngine::syncFailed);
        scheduler.start();
        QCOMPARE(rounds.count(), 1);
        QTRY_VERIFY(rounds.count() >= 3);
        scheduler.stop();
        const int stopped = rounds.count();
        QTest::qWait(100);
        QCOMPARE(rounds.count(), stopped);
    }

    void syncNowRunsImmediately()
    {
        QTemporaryDir dir;
        Sync::SyncEngine engine(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(engine.open());
        Sync::SyncScheduler scheduler(engine);
        scheduler.setDebounceMs(30);
        QSignalSpy rounds(&engine, &Sync::SyncEngine::syncFailed);
        scheduler.localEdit();
        scheduler.syncNow(); // supersedes the pending debounced round
        QCOMPARE(rounds.count(), 1);
        QTest::qWait(120);
        QCOMPARE(rounds.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SyncScheduler)
#include "tst_syncscheduler.moc"
