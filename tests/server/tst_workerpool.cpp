#include "server/sqlserverstorage.h"
#include "server/workerpool.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>

using namespace Reqdesk::Server;
using Reqdesk::Core::Result;

class tst_WorkerPool : public QObject
{
    Q_OBJECT

private slots:
    void eachWorkerOwnsItsConnection();
    void stopRunsWhatIsQueued();
    void startFailureIsReported();
};

namespace {
WorkerPool::StorageFactory
sqliteFactory(const QString &file, std::mutex &mutex, QSet<QThread *> &threads)
{
    return [file, &mutex, &threads](int index) -> Result<std::unique_ptr<ServerStorage>> {
        {
            std::lock_guard lock(mutex);
            threads.insert(QThread::currentThread());
        }
        auto storage = SqlServerStorage::openSqlite(file, QStringLiteral("pool-%1").arg(index));
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(storage).value());
    };
}
} // namespace

void tst_WorkerPool::eachWorkerOwnsItsConnection()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pool.sqlite"));
    {
        auto storage = SqlServerStorage::openSqlite(file, QStringLiteral("setup"));
        QVERIFY(storage && (*storage)->migrate());
    }
    std::mutex mutex;
    QSet<QThread *> openedOn;
    std::atomic<int> queryNanos{0};
    WorkerPool pool(3, sqliteFactory(file, mutex, openedOn), [&](std::chrono::nanoseconds time) {
        queryNanos += int(time.count() > 0);
    });
    QVERIFY(pool.start());
    QCOMPARE(openedOn.size(), 3);
    QVERIFY(!openedOn.contains(QThread::currentThread()));

    std::atomic<int> done{0};
    std::atomic<int> failed{0};
    QSet<QThread *> ranOn;
    for (int i = 0; i < 60; ++i) {
        pool.submit([&, i](ServerStorage &storage) {
            {
                std::lock_guard lock(mutex);
                ranOn.insert(QThread::currentThread());
            }
            const auto user = storage.createUser({QStringLiteral("user%1").arg(i),
                                                  Role::Viewer,
                                                  QString(),
                                                  QStringLiteral("$h")},
                                                 QDateTime::currentDateTimeUtc());
            if (!user)
                ++failed;
            ++done;
        });
    }
    QTRY_COMPARE(done.load(), 60);
    QCOMPARE(failed.load(), 0);
    QVERIFY(ranOn.size() >= 1);
    QVERIFY(!ranOn.contains(QThread::currentThread()));
    QCOMPARE(queryNanos.load(), 60);
    pool.stop();

    auto check = SqlServerStorage::openSqlite(file, QStringLiteral("check"));
    QCOMPARE((*check)->listUsers()->size(), 60);
    // A connection used off its own thread is refused, not silently shared.
    std::unique_ptr<SqlServerStorage> &mine = *check;
    Result<int> fromOtherThread = 0;
    QThread *other = QThread::create([&] { fromOtherThread = mine->schemaVersion(); });
    other->start();
    QVERIFY(other->wait(5000));
    delete other;
    QVERIFY(!fromOtherThread);
}

void tst_WorkerPool::stopRunsWhatIsQueued()
{
    std::atomic<int> ran{0};
    WorkerPool pool(1, [](int) -> Result<std::unique_ptr<ServerStorage>> {
        auto storage
                = SqlServerStorage::openSqlite(QStringLiteral(":memory:"), QStringLiteral("mem"));
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(storage).value());
    });
    QVERIFY(pool.start());
    for (int i = 0; i < 20; ++i)
        pool.submit([&](ServerStorage &) { ++ran; });
    pool.stop();
    QCOMPARE(ran.load(), 20);
    pool.submit([&](ServerStorage &) { ++ran; }); // after stop: ignored
    QCOMPARE(ran.load(), 20);
}

void tst_WorkerPool::startFailureIsReported()
{
    QTemporaryDir dir;
    WorkerPool pool(2, [&dir](int index) -> Result<std::unique_ptr<ServerStorage>> {
        // A directory is no database file.
        auto storage
                = SqlServerStorage::openSqlite(dir.path(), QStringLiteral("bad-%1").arg(index));
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(storage).value());
    });
    const auto started = pool.start();
    QVERIFY(!started);
    QCOMPARE(started.error().code, Reqdesk::Core::ErrorCode::DatabaseOpenFailed);
}

QTEST_GUILESS_MAIN(tst_WorkerPool)
#include "tst_workerpool.moc"
