#include "server/passwordhasher.h"

#include <QTest>

using Reqdesk::Server::PasswordHasher;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashAndVerify();
    void saltsDiffer();
    void rejectsGarbageHash();
    void rehashWhenCostChanges();
    void parseCost_data();
    void parseCost();
};

void tst_PasswordHasher::hashAndVerify()
{
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    const QString hash = hasher.hash(QByteArrayLiteral("correct horse"));
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(hasher.verify(hash, QByteArrayLiteral("correct horse")));
    QVERIFY(!hasher.verify(hash, QByteArrayLiteral("correct horsE")));
    QVERIFY(!hasher.verify(hash, QByteArray()));
    QVERIFY(!hash.contains(QLatin1String("correct")));
}

void tst_PasswordHasher::saltsDiffer()
{
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    QVERIFY(hasher.hash(QByteArrayLiteral("same")) != hasher.hash(QByteArrayLiteral("same")));
}

void tst_PasswordHasher::rejectsGarbageHash()
{
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    QVERIFY(!hasher.verify(QString(), QByteArrayLiteral("x")));
    QVERIFY(!hasher.verify(QStringLiteral("$argon2id$nonsense"), QByteArrayLiteral("x")));
    QVERIFY(!hasher.verify(QString(500, u'a'), QByteArrayLiteral("x")));
}

void tst_PasswordHasher::rehashWhenCostChanges()
{
    const PasswordHasher weak(PasswordHasher::Cost::Minimum);
    const PasswordHasher strong(PasswordHasher::Cost::Interactive);
    const QString hash = weak.hash(QByteArrayLiteral("pw"));
    QVERIFY(!weak.needsRehash(hash));
    QVERIFY(strong.needsRehash(hash));
    // The cost travels in the hash: a stronger hasher still verifies a weak hash.
    QVERIFY(strong.verify(hash, QByteArrayLiteral("pw")));
}

void tst_PasswordHasher::parseCost_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("cost");
    QTest::newRow("interactive") << "interactive" << true << int(PasswordHasher::Cost::Interactive);
    QTest::newRow("moderate") << "moderate" << true << int(PasswordHasher::Cost::Moderate);
    QTest::newRow("sensitive") << "sensitive" << true << int(PasswordHasher::Cost::Sensitive);
    QTest::newRow("min") << "min" << true << int(PasswordHasher::Cost::Minimum);
    QTest::newRow("minimum") << "minimum" << true << int(PasswordHasher::Cost::Minimum);
    QTest::newRow("upper") << "Interactive" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
}

void tst_PasswordHasher::parseCost()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(int, cost);
    const auto parsed = PasswordHasher::parseCost(name);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(int(*parsed), cost);
        QCOMPARE(PasswordHasher::parseCost(PasswordHasher::costName(*parsed)), parsed);
    }
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
