// End-to-end tests of the real reqdesk-server executable: started with QProcess on a free
// loopback port (port 0; the server prints the bound port), users made with its own `user add`
// subcommand, the API driven with QNetworkAccessManager.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "httpexchange.h"
#include "pgtestcluster.h"
#include "serverprocess.h"

namespace {

using ReqdeskTest::adminWith;
using ReqdeskTest::serverBinary;
using ReqdeskTest::ServerProcess;

using Reply = ReqdeskTest::HttpReply;
using ReqdeskTest::exchange;

/// Runs an admin subcommand against a SQLite data directory.
int admin(const QString &dataDir,
          const QStringList &arguments,
          const QByteArray &input = {},
          QByteArray *output = nullptr)
{
    return adminWith({QStringLiteral("--data"), dataDir}, arguments, input, output);
}

} // namespace

class tst_ReqdeskServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthReadyMetrics();
    void loginAndMe();
    void requestIdEchoedOrGenerated();
    void badPasswordAndUnknownUser();
    void disabledUser();
    void refreshRotationAndReuse();
    void logout();
    void errorStatuses();
    void adminOnlyUsers();
    void tokenRevokeCommand();
    void logHasNoSecrets();
    void rateLimit();
    void secondInstanceRefused();
    void plainHttpOffLoopbackRefused();
    void sigtermExitsCleanly();
    void sigtermDrainsInFlight();
    void clientLeavesMidRequest();
    void https();
    void expiredAccessToken();
    void postgresTwoInstancesShareState();

private:
    Reply send(const QByteArray &method,
               const QUrl &url,
               const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply login(const QString &name,
                const QString &password,
                const QString &device = QStringLiteral("test laptop"));
    QList<QPair<QByteArray, QByteArray>> bearer(const Reply &login) const;

    QTemporaryDir m_dir;
    QString m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_network;
    QStringList m_secrets; ///< every token and password seen, to check the log
};

void tst_ReqdeskServer::initTestCase()
{
    QVERIFY(QFile::exists(serverBinary));
    m_data = m_dir.filePath(QStringLiteral("main"));
    const QList<QStringList> users = {
            {QStringLiteral("ada"), QStringLiteral("admin")},
            {QStringLiteral("rita"), QStringLiteral("recruiter")},
            {QStringLiteral("vic"), QStringLiteral("viewer")},
            {QStringLiteral("dora"), QStringLiteral("recruiter")},
            {QStringLiteral("ralph"), QStringLiteral("recruiter")},
            {QStringLiteral("lou"), QStringLiteral("recruiter")},
            {QStringLiteral("tim"), QStringLiteral("recruiter")},
    };
    for (const QStringList &user : users) {
        QByteArray out;
        QCOMPARE(admin(m_data,
                       {QStringLiteral("user"),
                        QStringLiteral("add"),
                        user[0],
                        QStringLiteral("--role"),
                        user[1]},
                       "pass-" + user[0].toUtf8() + "\n",
                       &out),
                 0);
        m_secrets << (QStringLiteral("pass-") + user[0]);
    }
    QByteArray out;
    QCOMPARE(admin(m_data,
                   {QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("hank"),
                    QStringLiteral("--role"),
                    QStringLiteral("hiring-manager"),
                    QStringLiteral("--org"),
                    QStringLiteral("Engineering")},
                   "pass-hank\n",
                   &out),
             0);
    // Duplicate names and short passwords are refused.
    QCOMPARE(admin(m_data,
                   {QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("ada"),
                    QStringLiteral("--role"),
                    QStringLiteral("viewer")},
                   "another-pass\n",
                   &out),
             1);
    QVERIFY(out.contains("exists"));
    QCOMPARE(admin(m_data,
                   {QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("shorty"),
                    QStringLiteral("--role"),
                    QStringLiteral("viewer")},
                   "short\n",
                   &out),
             1);
    QCOMPARE(admin(m_data, {QStringLiteral("user"), QStringLiteral("list")}, {}, &out), 0);
    QVERIFY(out.contains("hank\thiring_manager\tEngineering\tactive"));
    QVERIFY(!out.contains("argon2"));

    QVERIFY(m_server.start(m_data,
                           {QStringLiteral("--max-body-bytes"),
                            QStringLiteral("4096"),
                            QStringLiteral("--login-max-failures-per-address"),
                            QStringLiteral("0")}));
}

void tst_ReqdeskServer::cleanupTestCase()
{
    m_server.stop();
}

Reply tst_ReqdeskServer::send(const QByteArray &method,
                              const QUrl &url,
                              const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    return exchange(m_network, method, request, body, 15000);
}

Reply tst_ReqdeskServer::login(const QString &name, const QString &password, const QString &device)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device_name"), device}};
    Reply reply = send(
            "POST", m_server.url(QStringLiteral("/v1/auth/login")), QJsonDocument(body).toJson());
    m_secrets << reply.json.value(QStringLiteral("access_token")).toString()
              << reply.json.value(QStringLiteral("refresh_token")).toString();
    return reply;
}

QList<QPair<QByteArray, QByteArray>> tst_ReqdeskServer::bearer(const Reply &login) const
{
    return {{QByteArrayLiteral("Authorization"),
             "Bearer " + login.json.value(QStringLiteral("access_token")).toString().toLatin1()}};
}

void tst_ReqdeskServer::healthReadyMetrics()
{
    const Reply health = send("GET", m_server.url(QStringLiteral("/healthz")));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const Reply ready = send("GET", m_server.url(QStringLiteral("/readyz")));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QCOMPARE(ready.json.value(QStringLiteral("schema_version")).toInt(), 4);
    QVERIFY(!QUuid::fromString(ready.json.value(QStringLiteral("epoch")).toString()).isNull());

    const Reply metrics = send("GET", m_server.url(QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.headers.value("content-type").startsWith("text/plain"));
    QVERIFY(metrics.body.contains("reqdesk_build_info{"));
    QVERIFY(metrics.body.contains(
            "reqdesk_http_requests_total{route=\"/readyz\",method=\"GET\",status=\"200\"}"));
    QVERIFY(metrics.body.contains(
            "reqdesk_http_request_duration_seconds_bucket{route=\"/healthz\""));
    QVERIFY(metrics.body.contains("reqdesk_db_seconds_count"));
}

void tst_ReqdeskServer::loginAndMe()
{
    const Reply reply = login(QStringLiteral("hank"), QStringLiteral("pass-hank"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(reply.json.value(QStringLiteral("access_token"))
                    .toString()
                    .startsWith(QLatin1String("rda_")));
    QVERIFY(reply.json.value(QStringLiteral("refresh_token"))
                    .toString()
                    .startsWith(QLatin1String("rdr_")));
    QCOMPARE(reply.json.value(QStringLiteral("access_expires_in")).toInt(), 900);
    const QString device = reply.json.value(QStringLiteral("device_id")).toString();
    QVERIFY(!QUuid::fromString(device).isNull());
    const QJsonObject user = reply.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("hiring_manager"));
    QCOMPARE(user.value(QStringLiteral("org")).toString(), QStringLiteral("Engineering"));
    QVERIFY(!reply.body.contains("argon2"));

    const Reply me = send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(reply));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("name")).toString(), QStringLiteral("hank"));
    QCOMPARE(me.json.value(QStringLiteral("device_id")).toString(), device);
}

void tst_ReqdeskServer::requestIdEchoedOrGenerated()
{
    const Reply echoed
            = send("GET",
                   m_server.url(QStringLiteral("/healthz")),
                   {},
                   {{QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("trace-42.a")}});
    QCOMPARE(echoed.headers.value("x-request-id"), QByteArrayLiteral("trace-42.a"));
    const Reply generated = send("GET", m_server.url(QStringLiteral("/healthz")));
    QVERIFY(!QUuid::fromString(QString::fromLatin1(generated.headers.value("x-request-id")))
                     .isNull());
    // A hostile id (log injection) is replaced, not echoed.
    const Reply hostile = send("GET",
                               m_server.url(QStringLiteral("/healthz")),
                               {},
                               {{QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("a\"b{}")}});
    QVERIFY(hostile.headers.value("x-request-id") != QByteArrayLiteral("a\"b{}"));
    // Errors carry the id in the body too.
    const Reply error = send("GET",
                             m_server.url(QStringLiteral("/nowhere")),
                             {},
                             {{QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("err-1")}});
    QCOMPARE(error.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("request_id"))
                     .toString(),
             QStringLiteral("err-1"));
}

void tst_ReqdeskServer::badPasswordAndUnknownUser()
{
    const Reply wrong = login(QStringLiteral("rita"), QStringLiteral("pass-wrong"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("unauthenticated"));
    const Reply unknown = login(QStringLiteral("nobody"), QStringLiteral("pass-wrong"));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(
            unknown.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
            wrong.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")));
    QVERIFY(login(QStringLiteral("rita"), QStringLiteral("pass-rita")).status == 200);
}

void tst_ReqdeskServer::disabledUser()
{
    const Reply before = login(QStringLiteral("dora"), QStringLiteral("pass-dora"));
    QCOMPARE(before.status, 200);
    QByteArray out;
    QCOMPARE(admin(m_data,
                   {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("dora")},
                   {},
                   &out),
             0);
    QVERIFY(out.contains("disabled dora"));
    const Reply after = login(QStringLiteral("dora"), QStringLiteral("pass-dora"));
    QCOMPARE(after.status, 403);
    QCOMPARE(after.errorCode(), QStringLiteral("account_disabled"));
    // Her existing session was revoked with the account.
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(before)).status, 401);
    QCOMPARE(admin(m_data,
                   {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ghost")},
                   {},
                   &out),
             1);
}

void tst_ReqdeskServer::refreshRotationAndReuse()
{
    const Reply first = login(QStringLiteral("ralph"), QStringLiteral("pass-ralph"));
    QCOMPARE(first.status, 200);
    const QByteArray oldRefresh
            = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"),
                                         first.json.value(QStringLiteral("refresh_token"))}})
                      .toJson();
    const Reply second = send("POST", m_server.url(QStringLiteral("/v1/auth/refresh")), oldRefresh);
    QCOMPARE(second.status, 200);
    m_secrets << second.json.value(QStringLiteral("access_token")).toString()
              << second.json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(second.json.value(QStringLiteral("refresh_token"))
            != first.json.value(QStringLiteral("refresh_token")));
    QCOMPARE(second.json.value(QStringLiteral("device_id")),
             first.json.value(QStringLiteral("device_id")));
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(second)).status, 200);

    // The old refresh token comes back at once, the pair it gave still unused: taken for a
    // client that lost the answer (the reuse interval). That pair is replaced by a new one.
    const Reply retry = send("POST", m_server.url(QStringLiteral("/v1/auth/refresh")), oldRefresh);
    QCOMPARE(retry.status, 200);
    m_secrets << retry.json.value(QStringLiteral("access_token")).toString()
              << retry.json.value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(second)).status, 401);
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(retry)).status, 200);
    const auto refreshBody = [](const Reply &tokens) {
        return QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"),
                                          tokens.json.value(QStringLiteral("refresh_token"))}})
                .toJson();
    };
    // (Presenting the replaced `second` now would end the sign-in: tst_authservice covers it.)

    // The owner goes on with the new pair; then a copy of the old token comes back: the
    // sign-in has moved on, so it is treated as stolen and the whole sign-in ends.
    const Reply third
            = send("POST", m_server.url(QStringLiteral("/v1/auth/refresh")), refreshBody(retry));
    QCOMPARE(third.status, 200);
    m_secrets << third.json.value(QStringLiteral("access_token")).toString()
              << third.json.value(QStringLiteral("refresh_token")).toString();
    const Reply replay = send("POST", m_server.url(QStringLiteral("/v1/auth/refresh")), oldRefresh);
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.errorCode(), QStringLiteral("token_reused"));
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(third)).status, 401);
    QCOMPARE(send("POST", m_server.url(QStringLiteral("/v1/auth/refresh")), refreshBody(third))
                     .status,
             401);
    QCOMPARE(send("POST", m_server.url(QStringLiteral("/v1/auth/refresh")), refreshBody(second))
                     .status,
             401);
}

void tst_ReqdeskServer::logout()
{
    const Reply session = login(QStringLiteral("lou"), QStringLiteral("pass-lou"));
    QCOMPARE(session.status, 200);
    const Reply out
            = send("POST", m_server.url(QStringLiteral("/v1/auth/logout")), {}, bearer(session));
    QCOMPARE(out.status, 204);
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(session)).status, 401);
    const QByteArray refresh
            = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"),
                                         session.json.value(QStringLiteral("refresh_token"))}})
                      .toJson();
    QCOMPARE(send("POST", m_server.url(QStringLiteral("/v1/auth/refresh")), refresh).status, 401);
    // Logging out without a token is a 401, not a crash.
    QCOMPARE(send("POST", m_server.url(QStringLiteral("/v1/auth/logout"))).status, 401);
}

void tst_ReqdeskServer::errorStatuses()
{
    struct Case
    {
        const char *name;
        QByteArray method;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int status;
        QString code;
    };
    const QString loginPath = QStringLiteral("/v1/auth/login");
    const QList<Case> cases = {
            {"malformed json",
             "POST",
             loginPath,
             "{\"name\": ",
             {},
             400,
             QStringLiteral("bad_request")},
            {"not an object", "POST", loginPath, "[1,2]", {}, 400, QStringLiteral("bad_request")},
            {"empty body", "POST", loginPath, "", {}, 400, QStringLiteral("bad_request")},
            {"wrong type",
             "POST",
             loginPath,
             "{\"name\":5,\"password\":\"x\",\"device_name\":\"d\"}",
             {},
             400,
             QStringLiteral("bad_request")},
            {"missing field",
             "POST",
             loginPath,
             "{\"name\":\"a\",\"password\":\"x\"}",
             {},
             400,
             QStringLiteral("bad_request")},
            {"unknown field",
             "POST",
             loginPath,
             "{\"name\":\"a\",\"password\":\"x\",\"device_name\":\"d\",\"admin\":true}",
             {},
             400,
             QStringLiteral("bad_request")},
            {"too large",
             "POST",
             loginPath,
             QByteArray(5000, ' ') + "{}",
             {},
             413,
             QStringLiteral("payload_too_large")},
            {"no token",
             "GET",
             QStringLiteral("/v1/me"),
             {},
             {},
             401,
             QStringLiteral("unauthenticated")},
            {"garbage token",
             "GET",
             QStringLiteral("/v1/me"),
             {},
             {{"Authorization", "Bearer rda_nope"}},
             401,
             QStringLiteral("unauthenticated")},
            {"basic auth",
             "GET",
             QStringLiteral("/v1/me"),
             {},
             {{"Authorization", "Basic YTpi"}},
             401,
             QStringLiteral("unauthenticated")},
            {"unknown token",
             "GET",
             QStringLiteral("/v1/me"),
             {},
             {{"Authorization", "Bearer rda_" + QByteArray(43, 'A')}},
             401,
             QStringLiteral("unauthenticated")},
            {"unknown route",
             "GET",
             QStringLiteral("/v1/nothing"),
             {},
             {},
             404,
             QStringLiteral("not_found")},
            {"unversioned",
             "POST",
             QStringLiteral("/auth/login"),
             "{}",
             {},
             404,
             QStringLiteral("not_found")},
            {"wrong method", "GET", loginPath, {}, {}, 405, QStringLiteral("method_not_allowed")},
            {"put me",
             "PUT",
             QStringLiteral("/v1/me"),
             "{}",
             {},
             405,
             QStringLiteral("method_not_allowed")},
    };
    for (const Case &c : cases) {
        const Reply reply = send(c.method, m_server.url(c.path), c.body, c.headers);
        QVERIFY2(reply.status == c.status,
                 qPrintable(QStringLiteral("%1: status %2")
                                    .arg(QLatin1String(c.name))
                                    .arg(reply.status)));
        const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
        QVERIFY2(error.value(QStringLiteral("code")).toString() == c.code, c.name);
        QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), c.name);
        QVERIFY2(!error.value(QStringLiteral("request_id")).toString().isEmpty(), c.name);
        QVERIFY2(reply.headers.value("content-type") == "application/json", c.name);
    }
    const Reply wrongMethod = send("GET", m_server.url(loginPath));
    QCOMPARE(wrongMethod.headers.value("allow"), QByteArrayLiteral("POST"));
    const Reply noToken = send("GET", m_server.url(QStringLiteral("/v1/me")));
    QCOMPARE(noToken.headers.value("www-authenticate"), QByteArrayLiteral("Bearer"));
}

void tst_ReqdeskServer::adminOnlyUsers()
{
    QUrl withDisabled = m_server.url(QStringLiteral("/v1/users"));
    withDisabled.setQuery(QStringLiteral("include_disabled=true"));

    // Others see active colleagues, without account details.
    const Reply viewer = login(QStringLiteral("vic"), QStringLiteral("pass-vic"));
    const Reply colleagues
            = send("GET", m_server.url(QStringLiteral("/v1/users")), {}, bearer(viewer));
    QCOMPARE(colleagues.status, 200);
    const QJsonArray visible = colleagues.json.value(QStringLiteral("users")).toArray();
    QVERIFY(!visible.isEmpty());
    for (const QJsonValue &user : visible) {
        QVERIFY(!user.toObject().contains(QStringLiteral("disabled")));
        QVERIFY(user.toObject().value(QStringLiteral("name")).toString() != QLatin1String("dora"));
    }
    // Disabled accounts are for admins only.
    const Reply denied = send("GET", withDisabled, {}, bearer(viewer));
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode(), QStringLiteral("permission_denied"));

    const Reply adminLogin = login(QStringLiteral("ada"), QStringLiteral("pass-ada"));
    const Reply list = send("GET", withDisabled, {}, bearer(adminLogin));
    QCOMPARE(list.status, 200);
    const QJsonArray users = list.json.value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 8);
    bool sawDora = false;
    for (const QJsonValue &user : users) {
        if (user.toObject().value(QStringLiteral("name")).toString() == QLatin1String("dora")) {
            sawDora = true;
            QCOMPARE(user.toObject().value(QStringLiteral("disabled")).toBool(), true);
        }
    }
    QVERIFY(sawDora);
    QVERIFY(!list.body.contains("argon2"));
    QVERIFY(!list.body.contains("password"));
}

void tst_ReqdeskServer::tokenRevokeCommand()
{
    const Reply one
            = login(QStringLiteral("tim"), QStringLiteral("pass-tim"), QStringLiteral("phone"));
    const Reply two
            = login(QStringLiteral("tim"), QStringLiteral("pass-tim"), QStringLiteral("laptop"));
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(one)).status, 200);
    QByteArray out;
    QCOMPARE(admin(m_data,
                   {QStringLiteral("token"),
                    QStringLiteral("revoke"),
                    QStringLiteral("--user"),
                    QStringLiteral("tim")},
                   {},
                   &out),
             0);
    QVERIFY(out.contains("revoked 4 token(s)"));
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(one)).status, 401);
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/v1/me")), {}, bearer(two)).status, 401);
    QCOMPARE(login(QStringLiteral("tim"), QStringLiteral("pass-tim")).status, 200);
}

void tst_ReqdeskServer::logHasNoSecrets()
{
    login(QStringLiteral("ada"), QStringLiteral("pass-ada"));
    send("GET",
         m_server.url(QStringLiteral("/healthz")),
         {},
         {{QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("find-me-in-the-log")}});
    QTRY_VERIFY(m_server.stderrText().contains("find-me-in-the-log"));
    const QByteArray log = m_server.stderrText();
    for (const QString &secret : std::as_const(m_secrets)) {
        if (!secret.isEmpty())
            QVERIFY2(!log.contains(secret.toUtf8()), "a secret reached the log");
    }
    // Each request line is one JSON object with the fields operators need.
    bool sawLogin = false;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(QStringLiteral("event")).toString() != QLatin1String("request"))
            continue;
        for (const char *field : {"method", "route", "status", "duration_ms", "request_id"})
            QVERIFY2(entry.contains(QLatin1String(field)), field);
        if (entry.value(QStringLiteral("route")).toString() == QLatin1String("/v1/auth/login")
            && entry.value(QStringLiteral("status")).toInt() == 200) {
            sawLogin = true;
            QVERIFY(entry.contains(QStringLiteral("user")));
            QVERIFY(entry.contains(QStringLiteral("device")));
        }
    }
    QVERIFY(sawLogin);
}

void tst_ReqdeskServer::rateLimit()
{
    const QString data = m_dir.filePath(QStringLiteral("limited"));
    QCOMPARE(admin(data,
                   {QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("amy"),
                    QStringLiteral("--role"),
                    QStringLiteral("viewer")},
                   "pass-amy1\n"),
             0);
    ServerProcess server;
    QVERIFY(server.start(data,
                         {QStringLiteral("--login-max-failures"),
                          QStringLiteral("3"),
                          QStringLiteral("--login-max-failures-per-address"),
                          QStringLiteral("5"),
                          QStringLiteral("--login-window"),
                          QStringLiteral("600")}));
    const auto attempt = [&](const QString &name, const QString &password) {
        const QJsonObject body{{QStringLiteral("name"), name},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("device_name"), QStringLiteral("d")}};
        return send(
                "POST", server.url(QStringLiteral("/v1/auth/login")), QJsonDocument(body).toJson());
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(attempt(QStringLiteral("amy"), QStringLiteral("wrong")).status, 401);
    const Reply limited = attempt(QStringLiteral("amy"), QStringLiteral("pass-amy1"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.headers.value("retry-after").toInt();
    QVERIFY(retryAfter > 0 && retryAfter <= 600);

    // Per address: two more failures on other names reach the address budget of 5.
    QCOMPARE(attempt(QStringLiteral("x1"), QStringLiteral("wrong")).status, 401);
    QCOMPARE(attempt(QStringLiteral("x2"), QStringLiteral("wrong")).status, 401);
    QCOMPARE(attempt(QStringLiteral("x3"), QStringLiteral("wrong")).status, 429);

    // The limit lives in the database: a restart does not reset it.
    QCOMPARE(server.terminate(), 0);
    ServerProcess again;
    QVERIFY(again.start(data, {QStringLiteral("--login-max-failures"), QStringLiteral("3")}));
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("amy")},
                           {QStringLiteral("password"), QStringLiteral("pass-amy1")},
                           {QStringLiteral("device_name"), QStringLiteral("d")}};
    QCOMPARE(send("POST", again.url(QStringLiteral("/v1/auth/login")), QJsonDocument(body).toJson())
                     .status,
             429);
}

void tst_ReqdeskServer::secondInstanceRefused()
{
    QProcess second;
    second.start(serverBinary,
                 {QStringLiteral("--data"),
                  m_data,
                  QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0")});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 3);
    const QByteArray err = second.readAllStandardError();
    QVERIFY2(err.contains("already in use by another reqdesk-server"), err.constData());
    // The first one is unharmed.
    QCOMPARE(send("GET", m_server.url(QStringLiteral("/healthz"))).status, 200);
}

void tst_ReqdeskServer::plainHttpOffLoopbackRefused()
{
    QProcess process;
    process.start(serverBinary,
                  {QStringLiteral("--data"),
                   m_dir.filePath(QStringLiteral("open")),
                   QStringLiteral("--listen"),
                   QStringLiteral("0.0.0.0:0")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("refusing plain HTTP"));
}

void tst_ReqdeskServer::sigtermExitsCleanly()
{
    const QString data = m_dir.filePath(QStringLiteral("term"));
    ServerProcess server;
    QVERIFY(server.start(data));
    QCOMPARE(send("GET", server.url(QStringLiteral("/readyz"))).status, 200);
    QCOMPARE(server.terminate(), 0);
    const QByteArray log = server.stderrText();
    QVERIFY(log.contains("\"event\":\"draining\""));
    QVERIFY(log.contains("\"event\":\"stopped\""));
    // The lock went with it: a new server starts on the same directory.
    ServerProcess next;
    QVERIFY(next.start(data));
    QCOMPARE(next.terminate(), 0);
}

void tst_ReqdeskServer::sigtermDrainsInFlight()
{
    const QString data = m_dir.filePath(QStringLiteral("drain"));
    // A real-cost (interactive) hash makes each sign-in slow enough to be caught in flight.
    QProcess add;
    add.start(serverBinary,
              {QStringLiteral("user"),
               QStringLiteral("add"),
               QStringLiteral("sam"),
               QStringLiteral("--role"),
               QStringLiteral("viewer"),
               QStringLiteral("--data"),
               data});
    add.write("pass-sam-slow\n");
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(10000));
    QCOMPARE(add.exitCode(), 0);

    ServerProcess server;
    QVERIFY(server.start(data, {QStringLiteral("--workers"), QStringLiteral("1")}));
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("sam")},
                           {QStringLiteral("password"), QStringLiteral("pass-sam-slow")},
                           {QStringLiteral("device_name"), QStringLiteral("d")}};
    QList<QNetworkReply *> replies;
    QNetworkAccessManager logins; // its own connections, apart from the /metrics polling
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(server.url(QStringLiteral("/v1/auth/login")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        replies.append(logins.post(request, QJsonDocument(body).toJson()));
    }
    // Wait until the server holds all three, then ask it to stop.
    static const QRegularExpression inFlight(
            QStringLiteral("reqdesk_http_requests_in_flight (\\d+)"));
    const auto held = [&] {
        const Reply metrics = send("GET", server.url(QStringLiteral("/metrics")));
        return inFlight.match(QString::fromUtf8(metrics.body)).captured(1).toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(held() == 3, 10000);
    server.process().terminate();
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        // Requests already accepted finish normally despite the shutdown.
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QVERIFY(server.process().waitForFinished(10000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
}

void tst_ReqdeskServer::clientLeavesMidRequest()
{
    const QString data = m_dir.filePath(QStringLiteral("leave"));
    QProcess add; // interactive cost: slow enough to hang up while the worker hashes
    add.start(serverBinary,
              {QStringLiteral("user"),
               QStringLiteral("add"),
               QStringLiteral("lea"),
               QStringLiteral("--role"),
               QStringLiteral("viewer"),
               QStringLiteral("--data"),
               data});
    add.write("pass-lea-slow\n");
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(10000));
    QCOMPARE(add.exitCode(), 0);
    ServerProcess server;
    QVERIFY(server.start(data, {QStringLiteral("--workers"), QStringLiteral("1")}));

    QNetworkAccessManager leaving;
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("lea")},
                           {QStringLiteral("password"), QStringLiteral("pass-lea-slow")},
                           {QStringLiteral("device_name"), QStringLiteral("d")}};
    QNetworkRequest request(server.url(QStringLiteral("/v1/auth/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = leaving.post(request, QJsonDocument(body).toJson());
    static const QRegularExpression inFlight(
            QStringLiteral("reqdesk_http_requests_in_flight (\\d+)"));
    const auto held = [&] {
        const Reply metrics = send("GET", server.url(QStringLiteral("/metrics")));
        return inFlight.match(QString::fromUtf8(metrics.body)).captured(1).toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(held() == 1, 10000);
    reply->abort(); // the client hangs up while its sign-in is being worked on
    reply->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(held() == 0, 10000);
    // The answer had nowhere to go: logged as 499, and the server carries on.
    QTRY_VERIFY(server.stderrText().contains("\"status\":499"));
    QCOMPARE(send("GET", server.url(QStringLiteral("/healthz"))).status, 200);
    QCOMPARE(server.terminate(), 0);
}

void tst_ReqdeskServer::https()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !QSslSocket::supportsSsl())
        QSKIP("needs the openssl tool and TLS support in Qt");
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl,
               {QStringLiteral("req"),
                QStringLiteral("-x509"),
                QStringLiteral("-newkey"),
                QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"),
                QStringLiteral("-keyout"),
                key,
                QStringLiteral("-out"),
                cert,
                QStringLiteral("-days"),
                QStringLiteral("1"),
                QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(make.waitForFinished(20000));
    QCOMPARE(make.exitCode(), 0);

    ServerProcess server;
    QVERIFY(server.start(m_dir.filePath(QStringLiteral("tls")),
                         {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
    const Reply health = send("GET", server.url(QStringLiteral("/healthz")));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(server.terminate(), 0);
}

void tst_ReqdeskServer::expiredAccessToken()
{
    const QString data = m_dir.filePath(QStringLiteral("expiry"));
    QCOMPARE(admin(data,
                   {QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("eve"),
                    QStringLiteral("--role"),
                    QStringLiteral("viewer")},
                   "pass-eve-1\n"),
             0);
    ServerProcess server;
    QVERIFY(server.start(data, {QStringLiteral("--access-token-ttl"), QStringLiteral("1")}));
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("eve")},
                           {QStringLiteral("password"), QStringLiteral("pass-eve-1")},
                           {QStringLiteral("device_name"), QStringLiteral("d")}};
    const Reply tokens = send(
            "POST", server.url(QStringLiteral("/v1/auth/login")), QJsonDocument(body).toJson());
    QCOMPARE(tokens.json.value(QStringLiteral("access_expires_in")).toInt(), 1);
    // Token lifetimes are whole seconds: past one, the token is refused with its reason.
    QTRY_COMPARE_WITH_TIMEOUT(
            send("GET", server.url(QStringLiteral("/v1/me")), {}, bearer(tokens)).status,
            401,
            5000);
    const Reply expired = send("GET", server.url(QStringLiteral("/v1/me")), {}, bearer(tokens));
    QCOMPARE(expired.errorCode(), QStringLiteral("unauthenticated"));
    QVERIFY(expired.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("expired")));
    // The refresh token still gets a fresh access token.
    const QJsonObject refresh{
            {QStringLiteral("refresh_token"), tokens.json.value(QStringLiteral("refresh_token"))}};
    const Reply renewed = send("POST",
                               server.url(QStringLiteral("/v1/auth/refresh")),
                               QJsonDocument(refresh).toJson());
    QCOMPARE(renewed.status, 200);
    QCOMPARE(server.terminate(), 0);
}

void tst_ReqdeskServer::postgresTwoInstancesShareState()
{
    PgTestCluster cluster;
    if (!cluster.start())
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL: %1").arg(cluster.why())));
    const QStringList store{QStringLiteral("--database"), cluster.url()};
    QCOMPARE(adminWith(store,
                       {QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("pat"),
                        QStringLiteral("--role"),
                        QStringLiteral("recruiter")},
                       "pass-pat-pg\n"),
             0);
    // Two processes on one database, started together: one migrates, the other waits.
    const QStringList limits{QStringLiteral("--login-max-failures"), QStringLiteral("2")};
    ServerProcess a;
    ServerProcess b;
    QVERIFY(a.startWith(store, limits));
    QVERIFY(b.startWith(store, limits));
    const auto loginOn = [&](ServerProcess &server, const QString &password) {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("pat")},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("device_name"), QStringLiteral("pg laptop")}};
        return send(
                "POST", server.url(QStringLiteral("/v1/auth/login")), QJsonDocument(body).toJson());
    };
    const auto refreshOn = [&](ServerProcess &server, const Reply &tokens) {
        const QJsonObject body{{QStringLiteral("refresh_token"),
                                tokens.json.value(QStringLiteral("refresh_token"))}};
        return send("POST",
                    server.url(QStringLiteral("/v1/auth/refresh")),
                    QJsonDocument(body).toJson());
    };

    // A token from one instance works on the other.
    const Reply first = loginOn(a, QStringLiteral("pass-pat-pg"));
    QCOMPARE(first.status, 200);
    const Reply me = send("GET", b.url(QStringLiteral("/v1/me")), {}, bearer(first));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("name")).toString(), QStringLiteral("pat"));

    // Rotation on B, a retry of the old refresh token on A at once (the answer was lost):
    // the unused pair from B is replaced, and A and B both stop accepting it.
    const Reply second = refreshOn(b, first);
    QCOMPARE(second.status, 200);
    QCOMPARE(send("GET", a.url(QStringLiteral("/v1/me")), {}, bearer(second)).status, 200);
    const Reply retry = refreshOn(a, first);
    QCOMPARE(retry.status, 200);
    QCOMPARE(send("GET", b.url(QStringLiteral("/v1/me")), {}, bearer(second)).status, 401);
    QCOMPARE(send("GET", b.url(QStringLiteral("/v1/me")), {}, bearer(retry)).status, 200);

    // The new pair is used on B, then the old token is replayed on A: detected across
    // processes, the whole sign-in ends.
    const Reply third = refreshOn(b, retry);
    QCOMPARE(third.status, 200);
    const Reply replay = refreshOn(a, first);
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.errorCode(), QStringLiteral("token_reused"));
    QCOMPARE(send("GET", a.url(QStringLiteral("/v1/me")), {}, bearer(third)).status, 401);
    QCOMPARE(refreshOn(b, second).status, 401);

    // The sign-in limit is shared: one failure on each instance exhausts a budget of two.
    QCOMPARE(loginOn(a, QStringLiteral("wrong")).status, 401);
    QCOMPARE(loginOn(b, QStringLiteral("wrong")).status, 401);
    QCOMPARE(loginOn(a, QStringLiteral("pass-pat-pg")).status, 429);

    const Reply ready = send("GET", b.url(QStringLiteral("/readyz")));
    QCOMPARE(ready.status, 200);
    QCOMPARE(a.terminate(), 0);
    QCOMPARE(b.terminate(), 0);
    QVERIFY(!a.stderrText().contains("NOTICE"));
}

QTEST_GUILESS_MAIN(tst_ReqdeskServer)
#include "tst_reqdeskserver.moc"
