// HttpCompression: gzip round trips, the decompressed-size cap, corrupt input, Accept-Encoding.

#include "server/httpcompression.h"

#include <QRandomGenerator>
#include <QTest>

using Reqdesk::Core::ErrorCode;
using Reqdesk::Server::HttpCompression;

class tst_HttpCompression : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void capStopsInflating();
    void corruptAndTruncated();
    void acceptsGzip_data();
    void acceptsGzip();
};

void tst_HttpCompression::roundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("json") << QByteArray(R"({"mutations":[{"op":"insert"}]})");
    QByteArray noise(200000, '\0');
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = char(generator.bounded(256));
    QTest::newRow("incompressible, several chunks") << noise;
    QTest::newRow("repetitive") << QByteArray(500000, 'a');
}

void tst_HttpCompression::roundTrip()
{
    QFETCH(QByteArray, data);
    const QByteArray packed = HttpCompression::gzip(data);
    QVERIFY(packed.startsWith("\x1f\x8b")); // the gzip magic, not zlib's header
    const auto unpacked = HttpCompression::gunzip(packed, 1024 * 1024);
    QVERIFY(unpacked);
    QCOMPARE(*unpacked, data);
}

void tst_HttpCompression::capStopsInflating()
{
    const QByteArray bomb = HttpCompression::gzip(QByteArray(4 * 1024 * 1024, ' '));
    QVERIFY(bomb.size() < 16 * 1024);
    const auto refused = HttpCompression::gunzip(bomb, 1024 * 1024);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PayloadTooLarge);
    // Exactly at the cap is fine.
    const auto exact = HttpCompression::gunzip(HttpCompression::gzip(QByteArray(1000, 'x')), 1000);
    QVERIFY(exact);
}

void tst_HttpCompression::corruptAndTruncated()
{
    const QByteArray packed = HttpCompression::gzip(QByteArray(10000, 'z') + "tail");
    const auto truncated = HttpCompression::gunzip(packed.left(packed.size() / 2), 1 << 20);
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().code, ErrorCode::ParseError);
    const auto garbage = HttpCompression::gunzip("this is not gzip", 1 << 20);
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, ErrorCode::ParseError);
}

void tst_HttpCompression::acceptsGzip_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("accepts");
    QTest::newRow("absent") << QByteArray() << false;
    QTest::newRow("gzip") << QByteArray("gzip") << true;
    QTest::newRow("list") << QByteArray("deflate, gzip;q=0.8, br") << true;
    QTest::newRow("upper case") << QByteArray("GZIP") << true;
    QTest::newRow("refused") << QByteArray("gzip;q=0") << false;
    QTest::newRow("identity") << QByteArray("identity") << false;
}

void tst_HttpCompression::acceptsGzip()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, accepts);
    QCOMPARE(HttpCompression::acceptsGzip(header), accepts);
}

QTEST_GUILESS_MAIN(tst_HttpCompression)
#include "tst_httpcompression.moc"
