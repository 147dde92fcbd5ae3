#include "server/secrettoken.h"

#include <QSet>
#include <QTest>

using Reqdesk::Server::SecretToken;

class tst_SecretToken : public QObject
{
    Q_OBJECT

private slots:
    void shape();
    void unique();
    void hashIsHexSha256();
    void looksValid_data();
    void looksValid();
};

void tst_SecretToken::shape()
{
    const QString access = SecretToken::newAccessToken();
    const QString refresh = SecretToken::newRefreshToken();
    QVERIFY(access.startsWith(QLatin1String("rda_")));
    QVERIFY(refresh.startsWith(QLatin1String("rdr_")));
    QCOMPARE(access.size(), 47);
    QVERIFY(SecretToken::looksValid(access));
    QVERIFY(SecretToken::looksValid(refresh));
}

void tst_SecretToken::unique()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(SecretToken::newAccessToken());
    QCOMPARE(seen.size(), 1000);
}

void tst_SecretToken::hashIsHexSha256()
{
    const QString token = SecretToken::newRefreshToken();
    const QByteArray hash = SecretToken::hash(token);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(hash, hash.toLower());
    QCOMPARE(SecretToken::hash(token), hash);
    QVERIFY(SecretToken::hash(SecretToken::newRefreshToken()) != hash);
    // A known vector, so the stored form never changes silently.
    QCOMPARE(SecretToken::hash(QStringLiteral("abc")),
             QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void tst_SecretToken::looksValid_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("valid");
    const QString body(43, u'A');
    QTest::newRow("access") << (QStringLiteral("rda_") + body) << true;
    QTest::newRow("refresh") << (QStringLiteral("rdr_") + body) << true;
    QTest::newRow("other prefix") << (QStringLiteral("xyz_") + body) << false;
    QTest::newRow("short") << (QStringLiteral("rda_") + body.left(42)) << false;
    QTest::newRow("long") << (QStringLiteral("rda_") + body + u'A') << false;
    QTest::newRow("bad char") << (QStringLiteral("rda_") + body.left(42) + u'=') << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_SecretToken::looksValid()
{
    QFETCH(QString, token);
    QFETCH(bool, valid);
    QCOMPARE(SecretToken::looksValid(token), valid);
}

QTEST_GUILESS_MAIN(tst_SecretToken)
#include "tst_secrettoken.moc"
