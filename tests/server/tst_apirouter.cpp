#include "server/apirouter.h"

#include <QTest>

using namespace Reqdesk::Server;

class tst_ApiRouter : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
};

void tst_ApiRouter::match_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("onWorker");
    const int found = int(RouteMatch::Kind::Found);
    const int missing = int(RouteMatch::Kind::NotFound);
    const int wrongMethod = int(RouteMatch::Kind::MethodNotAllowed);
    QTest::newRow("healthz") << QByteArray("GET") << "/healthz" << found << int(RouteId::Healthz)
                             << false;
    QTest::newRow("metrics") << QByteArray("GET") << "/metrics" << found << int(RouteId::Metrics)
                             << false;
    QTest::newRow("readyz") << QByteArray("GET") << "/readyz" << found << int(RouteId::Readyz)
                            << true;
    QTest::newRow("login") << QByteArray("POST") << "/v1/auth/login" << found << int(RouteId::Login)
                           << true;
    QTest::newRow("login slash") << QByteArray("POST") << "/v1/auth/login/" << found
                                 << int(RouteId::Login) << true;
    QTest::newRow("login get") << QByteArray("GET") << "/v1/auth/login" << wrongMethod << 0 << true;
    QTest::newRow("me") << QByteArray("GET") << "/v1/me" << found << int(RouteId::Me) << true;
    QTest::newRow("users") << QByteArray("GET") << "/v1/users" << found << int(RouteId::Users)
                           << true;
    QTest::newRow("sync meta") << QByteArray("GET") << "/v1/sync/meta" << found
                               << int(RouteId::SyncMeta) << true;
    QTest::newRow("sync push") << QByteArray("POST") << "/v1/sync/push" << found
                               << int(RouteId::SyncPush) << true;
    QTest::newRow("sync push get")
            << QByteArray("GET") << "/v1/sync/push" << wrongMethod << 0 << true;
    QTest::newRow("sync changes") << QByteArray("GET") << "/v1/sync/changes" << found
                                  << int(RouteId::SyncChanges) << true;
    QTest::newRow("sync snapshot") << QByteArray("GET") << "/v1/sync/snapshot" << found
                                   << int(RouteId::SyncSnapshot) << true;
    QTest::newRow("sync checksum") << QByteArray("GET") << "/v1/sync/checksum" << found
                                   << int(RouteId::SyncChecksum) << true;
    QTest::newRow("conflicts") << QByteArray("GET") << "/v1/conflicts" << found
                               << int(RouteId::Conflicts) << true;
    QTest::newRow("resolve") << QByteArray("POST") << "/v1/conflicts/abc/resolve" << found
                             << int(RouteId::ConflictResolve) << true;
    QTest::newRow("resolve get") << QByteArray("GET") << "/v1/conflicts/abc/resolve" << wrongMethod
                                 << 0 << true;
    QTest::newRow("resolve no id")
            << QByteArray("POST") << "/v1/conflicts//resolve" << missing << 0 << true;
    QTest::newRow("resolve extra")
            << QByteArray("POST") << "/v1/conflicts/a/b/resolve" << missing << 0 << true;
    QTest::newRow("unknown") << QByteArray("GET") << "/v1/nothing" << missing << 0 << true;
    QTest::newRow("case") << QByteArray("GET") << "/V1/me" << missing << 0 << true;
    QTest::newRow("root") << QByteArray("GET") << "/" << missing << 0 << true;
}

void tst_ApiRouter::match()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(int, id);
    QFETCH(bool, onWorker);
    const RouteMatch match = ApiRouter().match(method, path);
    QCOMPARE(int(match.kind), kind);
    if (match.kind == RouteMatch::Kind::Found) {
        QCOMPARE(int(match.id), id);
        QCOMPARE(match.onWorker, onWorker);
        if (match.id == RouteId::ConflictResolve)
            QCOMPARE(match.parameter, QStringLiteral("abc"));
    }
    if (match.kind == RouteMatch::Kind::MethodNotAllowed)
        QVERIFY(match.allowed.contains(QByteArray("POST")));
}

QTEST_GUILESS_MAIN(tst_ApiRouter)
#include "tst_apirouter.moc"
