#include "server/loginratelimiter.h"
#include "server/sqlserverstorage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk::Server;

class tst_LoginRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void limitsPerName();
    void namesFoldCase();
    void limitsPerAddress();
    void successClearsNameOnly();
    void zeroDisables();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqlServerStorage> m_storage;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const QString m_address = QStringLiteral("192.0.2.7");
};

void tst_LoginRateLimiter::init()
{
    auto storage = SqlServerStorage::openSqlite(
            m_dir.filePath(QStringLiteral("%1.sqlite")
                                   .arg(QString::fromLatin1(QTest::currentTestFunction()))),
            QStringLiteral("limiter"));
    QVERIFY(storage);
    m_storage = std::move(storage).value();
    QVERIFY(m_storage->migrate());
}

void tst_LoginRateLimiter::cleanup()
{
    m_storage.reset();
}

void tst_LoginRateLimiter::limitsPerName()
{
    const LoginRateLimiter limiter({3, 100, 60});
    const QString name = QStringLiteral("alice");
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(*limiter.retryAfter(*m_storage, name, m_address, m_t0.addSecs(i)), std::nullopt);
        QVERIFY(limiter.recordFailure(*m_storage, name, m_address, m_t0.addSecs(i)));
    }
    // The first failure (t0) leaves the 60 s window at t0+60.
    QCOMPARE(*limiter.retryAfter(*m_storage, name, m_address, m_t0.addSecs(10)), 50);
    QCOMPARE(*limiter.retryAfter(*m_storage, name, m_address, m_t0.addMSecs(59500)), 1);
    QCOMPARE(*limiter.retryAfter(*m_storage, name, m_address, m_t0.addSecs(60)), std::nullopt);
    // Another name from the same address is not affected.
    QCOMPARE(*limiter.retryAfter(*m_storage, QStringLiteral("bob"), m_address, m_t0.addSecs(10)),
             std::nullopt);
}

void tst_LoginRateLimiter::namesFoldCase()
{
    const LoginRateLimiter limiter({2, 100, 60});
    QVERIFY(limiter.recordFailure(*m_storage, QStringLiteral("Alice"), m_address, m_t0));
    QVERIFY(limiter.recordFailure(*m_storage, QStringLiteral("ALICE"), m_address, m_t0));
    QVERIFY(limiter.retryAfter(*m_storage, QStringLiteral("alice"), m_address, m_t0)->has_value());
}

void tst_LoginRateLimiter::limitsPerAddress()
{
    const LoginRateLimiter limiter({100, 3, 60});
    for (int i = 0; i < 3; ++i) {
        QVERIFY(limiter.recordFailure(
                *m_storage, QStringLiteral("user%1").arg(i), m_address, m_t0));
    }
    QVERIFY(limiter.retryAfter(*m_storage, QStringLiteral("fresh"), m_address, m_t0)->has_value());
    QVERIFY(!limiter.retryAfter(
                            *m_storage, QStringLiteral("fresh"), QStringLiteral("192.0.2.8"), m_t0)
                     ->has_value());
}

void tst_LoginRateLimiter::successClearsNameOnly()
{
    const LoginRateLimiter limiter({2, 3, 60});
    QVERIFY(limiter.recordFailure(*m_storage, QStringLiteral("alice"), m_address, m_t0));
    QVERIFY(limiter.recordFailure(*m_storage, QStringLiteral("alice"), m_address, m_t0));
    QVERIFY(limiter.retryAfter(*m_storage, QStringLiteral("alice"), QString(), m_t0)->has_value());
    QVERIFY(limiter.recordSuccess(*m_storage, QStringLiteral("alice")));
    QVERIFY(!limiter.retryAfter(*m_storage, QStringLiteral("alice"), QString(), m_t0)->has_value());
    // The address still remembers both failures: one more and it is limited.
    QVERIFY(limiter.recordFailure(*m_storage, QStringLiteral("x"), m_address, m_t0));
    QVERIFY(limiter.retryAfter(*m_storage, QStringLiteral("alice"), m_address, m_t0)->has_value());
}

void tst_LoginRateLimiter::zeroDisables()
{
    const LoginRateLimiter limiter({0, 0, 60});
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.recordFailure(*m_storage, QStringLiteral("a"), m_address, m_t0));
    QVERIFY(!limiter.retryAfter(*m_storage, QStringLiteral("a"), m_address, m_t0)->has_value());
}

QTEST_GUILESS_MAIN(tst_LoginRateLimiter)
#include "tst_loginratelimiter.moc"
