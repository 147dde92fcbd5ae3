#include "sync/synchttpclient.h"

#include <QRandomGenerator>
#include <QTest>

using Reqdesk::Core::ErrorCode;
using Reqdesk::Sync::SyncHttpClient;

class tst_SyncHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gzipRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << QByteArray(R"({"mutations":[{"title":"Engineer"}]})");
        QByteArray noise(200000, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : noise)
            c = char(generator.bounded(256));
        QTest::newRow("incompressible") << noise;
        QTest::newRow("repetitive") << QByteArray(3 * 1024 * 1024, 'a');
    }

    void gzipRoundTrip()
    {
        QFETCH(QByteArray, data);
        const auto packed = SyncHttpClient::gzip(data);
        QVERIFY(packed);
        QVERIFY(packed->startsWith("\x1f\x8b")); // a gzip member, as Content-Encoding says
        const auto plain = SyncHttpClient::gunzip(*packed, 8 * 1024 * 1024);
        QVERIFY(plain);
        QCOMPARE(*plain, data);
    }

    void gunzipStopsAtTheCap()
    {
        // 64 MiB of zeros compress to ~64 KiB: a bomb the cap must stop early.
        const auto bomb = SyncHttpClient::gzip(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb);
        QVERIFY(bomb->size() < 200 * 1024);
        const auto plain = SyncHttpClient::gunzip(*bomb, 1024 * 1024);
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, ErrorCode::ResponseTooLarge);
    }

    void gunzipRefusesDamage()
    {
        const auto packed = SyncHttpClient::gzip(QByteArray(5000, 'x') + "tail");
        QVERIFY(packed);
        const auto truncated = SyncHttpClient::gunzip(packed->left(packed->size() / 2), 1 << 20);
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().code, ErrorCode::BadResponse);
        const auto garbage = SyncHttpClient::gunzip(QByteArray("not gzip at all"), 1 << 20);
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code, ErrorCode::BadResponse);
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<bool>("transient");
        QTest::newRow("401") << 401 << "unauthenticated" << ErrorCode::Unauthenticated << false;
        QTest::newRow("401 reused") << 401 << "token_reused" << ErrorCode::TokenReused << false;
        QTest::newRow("403") << 403 << "permission_denied" << ErrorCode::PermissionDenied << false;
        QTest::newRow("409 epoch") << 409 << "epoch_mismatch" << ErrorCode::EpochMismatch << false;
        QTest::newRow("409 busy") << 409 << "busy" << ErrorCode::ServerUnavailable << true;
        QTest::newRow("409 resolved")
                << 409 << "already_resolved" << ErrorCode::AlreadyResolved << false;
        QTest::newRow("410 expired")
                << 410 << "cursor_expired" << ErrorCode::CursorExpired << false;
        QTest::newRow("410 ahead") << 410 << "cursor_ahead" << ErrorCode::CursorAhead << false;
        QTest::newRow("413") << 413 << "payload_too_large" << ErrorCode::PayloadTooLarge << false;
        QTest::newRow("415") << 415 << "unsupported_encoding" << ErrorCode::UnsupportedEncoding
                             << false;
        QTest::newRow("422") << 422 << "illegal_transition" << ErrorCode::IllegalTransition
                             << false;
        QTest::newRow("426 old") << 426 << "client_too_old" << ErrorCode::ClientTooOld << false;
        QTest::newRow("426 new") << 426 << "client_too_new" << ErrorCode::ClientTooNew << false;
        QTest::newRow("429") << 429 << "rate_limited" << ErrorCode::RateLimited << true;
        QTest::newRow("500") << 500 << "internal" << ErrorCode::ServerUnavailable << true;
        QTest::newRow("503") << 503 << "shutting_down" << ErrorCode::ServerUnavailable << true;
        QTest::newRow("502 no body") << 502 << "" << ErrorCode::ServerUnavailable << true;
        QTest::newRow("400") << 400 << "bad_request" << ErrorCode::SyncRejected << false;
    }

    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(ErrorCode, expected);
        QFETCH(bool, transient);
        const auto error = SyncHttpClient::errorFor(status, code, QStringLiteral("why"));
        QCOMPARE(error.code, expected);
        QCOMPARE(SyncHttpClient::isTransient(error.code), transient);
    }

    void unreachableServerIsANetworkError()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        SyncHttpClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        const auto answer = client.get(QStringLiteral("/v1/sync/meta"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, ErrorCode::NetworkError);
        QVERIFY(SyncHttpClient::isTransient(answer.error().code));
    }

    void noServerIsNotSignedIn()
    {
        SyncHttpClient client;
        const auto answer = client.get(QStringLiteral("/v1/sync/meta"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, ErrorCode::NotSignedIn);
    }
};

QTEST_GUILESS_MAIN(tst_SyncHttpClient)
#include "tst_synchttpclient.moc"
