// TARGETS.md R5 against the real reqdesk-server executable: every route × every role (admin,
// recruiter, hiring manager, viewer, no token, disabled user, revoked token) × own/foreign record
// where one applies, one data row per cell with the expected status and outcome. Also: tokens
// never reach the server's log, request bodies are capped.

#include "core/requisition.h"
#include "core/wire/wirecodec.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "httpexchange.h"
#include "serverprocess.h"

using namespace ReqdeskTest;

namespace {

using Reply = HttpReply;

/// What a role signs in with and the tokens it holds.
struct Credentials
{
    QString name; ///< empty: no user (the unauthenticated column)
    QString password;
    QByteArray access;
    QByteArray refresh;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject requisition(const QString &id, const QString &org)
{
    Reqdesk::Core::Requisition r;
    r.id = QUuid::fromString(id);
    r.title = QStringLiteral("Matrix engineer");
    r.org = org;
    r.company = QStringLiteral("Example Corp");
    return Reqdesk::Core::WireCodec::toJson(r);
}

QJsonObject candidate(const QString &id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), QStringLiteral("Matrix Person")},
            {QStringLiteral("emails"), QJsonArray{QStringLiteral("person@example.test")}},
            {QStringLiteral("phones"), QJsonArray()},
            {QStringLiteral("links"), QJsonArray()},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("source"), QStringLiteral("referral")},
            {QStringLiteral("created_at"), QJsonValue::Null},
            {QStringLiteral("updated_at"), QJsonValue::Null},
            {QStringLiteral("version"), 0}};
}

QJsonObject application(const QString &id, const QString &candidateId, const QString &reqId)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("candidate_id"), candidateId},
            {QStringLiteral("requisition_id"), reqId},
            {QStringLiteral("stage"), QStringLiteral("applied")},
            {QStringLiteral("exit_reason"), QString()},
            {QStringLiteral("applied_at"), QJsonValue::Null},
            {QStringLiteral("stage_changed_at"), QJsonValue::Null},
            {QStringLiteral("updated_at"), QJsonValue::Null},
            {QStringLiteral("version"), 0}};
}

QJsonObject note(const QString &id, const QString &applicationId)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("application_id"), applicationId},
            {QStringLiteral("author"), QStringLiteral("someone")},
            {QStringLiteral("at"), QJsonValue::Null},
            {QStringLiteral("text"), QStringLiteral("matrix note")},
            {QStringLiteral("version"), 0}};
}

QJsonObject mutation(const QString &entity,
                     const QString &id,
                     const QString &op,
                     qint64 base,
                     const QJsonObject &changes)
{
    return {{QStringLiteral("mutation_id"), newId()},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), id},
            {QStringLiteral("op"), op},
            {QStringLiteral("base_version"), double(base)},
            {QStringLiteral("changes"), changes}};
}

const QString ownOrg = QStringLiteral("Engineering");
const QString foreignOrg = QStringLiteral("Finance");

} // namespace

class tst_AuthorisationMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void tokensNeverLogged();
    void bodiesCapped();
    void passwordsStoredAsArgon2id();

private:
    Reply send(const QByteArray &method,
               const QString &pathAndQuery,
               const QByteArray &token,
               const QByteArray &body = {});
    Reply login(const QString &name, const QString &password);
    /// A fresh sign-in of the role's user (for rows that end or rotate their session).
    Credentials fresh(const QString &role);
    Reply push(const QByteArray &token, const QJsonObject &mutation);
    /// Creates a record as the recruiter; its version.
    qint64 create(const QString &entity, const QJsonObject &record);
    /// A requisition in `org` with a candidate and an application: {req, cand, app, appVersion}.
    QStringList pipeline(const QString &org);
    /// An open conflict on an application of a requisition in `org`; its id.
    QString openConflict(const QString &org);
    /// True when the role sees the record with this id as an upsert in the change feed.
    bool visibleInChanges(const QByteArray &token, const QString &id);

    QTemporaryDir m_dir;
    QStringList m_store;
    ServerProcess m_server;
    QNetworkAccessManager m_network;
    QHash<QString, Credentials> m_roles;
    QHash<QString, QString> m_requisitions; ///< "own"/"foreign" → id
    QHash<QString, QString> m_conflicts;    ///< "own"/"foreign" → a conflict for listing
};

void tst_AuthorisationMatrix::initTestCase()
{
    QVERIFY(QFile::exists(serverBinary));
    m_store = {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data"))};
    // role column → user name, server role, org
    const QList<QStringList> users = {
            {QStringLiteral("admin"), QStringLiteral("ada"), QStringLiteral("admin"), QString()},
            {QStringLiteral("recruiter"),
             QStringLiteral("rita"),
             QStringLiteral("recruiter"),
             QString()},
            {QStringLiteral("hiring_manager"),
             QStringLiteral("hank"),
             QStringLiteral("hiring-manager"),
             ownOrg},
            {QStringLiteral("viewer"), QStringLiteral("vic"), QStringLiteral("viewer"), QString()},
            {QStringLiteral("disabled"),
             QStringLiteral("dora"),
             QStringLiteral("recruiter"),
             QString()},
            {QStringLiteral("revoked"),
             QStringLiteral("tess"),
             QStringLiteral("recruiter"),
             QString()},
    };
    for (const QStringList &user : users) {
        QStringList arguments{QStringLiteral("user"),
                              QStringLiteral("add"),
                              user[1],
                              QStringLiteral("--role"),
                              user[2]};
        if (!user[3].isEmpty())
            arguments << QStringLiteral("--org") << user[3];
        QCOMPARE(adminWith(m_store, arguments, "pass-" + user[1].toUtf8() + "-long\n"), 0);
    }
    QVERIFY(m_server.startWith(m_store));
    for (const QStringList &user : users) {
        Credentials credentials{user[1], QStringLiteral("pass-%1-long").arg(user[1]), {}, {}};
        const Reply reply = login(credentials.name, credentials.password);
        QCOMPARE(reply.status, 200);
        credentials.access = reply.json.value(QStringLiteral("access_token")).toString().toLatin1();
        credentials.refresh
                = reply.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
        m_roles.insert(user[0], credentials);
    }
    m_roles.insert(QStringLiteral("unauthenticated"),
                   Credentials{QString(), QStringLiteral("not-a-password"), {}, {}});
    // The server keeps serving while the admin commands change the database.
    QCOMPARE(adminWith(m_store,
                       {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("dora")}),
             0);
    QCOMPARE(adminWith(m_store,
                       {QStringLiteral("token"),
                        QStringLiteral("revoke"),
                        QStringLiteral("--user"),
                        QStringLiteral("tess")}),
             0);

    for (const QString &scope : {QStringLiteral("own"), QStringLiteral("foreign")}) {
        const QString org = scope == QLatin1String("own") ? ownOrg : foreignOrg;
        m_requisitions.insert(scope, pipeline(org).value(0));
        m_conflicts.insert(scope, openConflict(org));
        QVERIFY(!m_conflicts.value(scope).isEmpty());
    }
}

void tst_AuthorisationMatrix::cleanupTestCase()
{
    m_server.stop();
}

Reply tst_AuthorisationMatrix::send(const QByteArray &method,
                                    const QString &pathAndQuery,
                                    const QByteArray &token,
                                    const QByteArray &body)
{
    const qsizetype question = pathAndQuery.indexOf(u'?');
    QUrl url = m_server.url(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return exchange(m_network, method, request, body);
}

Reply tst_AuthorisationMatrix::login(const QString &name, const QString &password)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device_name"), QStringLiteral("matrix device")}};
    return send("POST", QStringLiteral("/v1/auth/login"), {}, QJsonDocument(body).toJson());
}

Credentials tst_AuthorisationMatrix::fresh(const QString &role)
{
    Credentials credentials = m_roles.value(role);
    if (role == QLatin1String("disabled") || role == QLatin1String("revoked")
        || role == QLatin1String("unauthenticated")) {
        return credentials; // their state is the point of the column
    }
    const Reply reply = login(credentials.name, credentials.password);
    credentials.access = reply.json.value(QStringLiteral("access_token")).toString().toLatin1();
    credentials.refresh = reply.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    return credentials;
}

Reply tst_AuthorisationMatrix::push(const QByteArray &token, const QJsonObject &mutation)
{
    const QJsonObject body{{QStringLiteral("mutations"), QJsonArray{mutation}}};
    return send("POST",
                QStringLiteral("/v1/sync/push"),
                token,
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

qint64 tst_AuthorisationMatrix::create(const QString &entity, const QJsonObject &record)
{
    const Reply reply = push(m_roles.value(QStringLiteral("recruiter")).access,
                             mutation(entity,
                                      record.value(QStringLiteral("id")).toString(),
                                      QStringLiteral("insert"),
                                      0,
                                      record));
    if (reply.result(0).value(QStringLiteral("outcome")).toString() != QLatin1String("applied")) {
        qWarning() << "create failed" << reply.status << reply.body;
        return -1;
    }
    return qint64(reply.result(0).value(QStringLiteral("version")).toDouble());
}

QStringList tst_AuthorisationMatrix::pipeline(const QString &org)
{
    const QString req = newId();
    const QString cand = newId();
    const QString app = newId();
    create(QStringLiteral("requisition"), requisition(req, org));
    create(QStringLiteral("candidate"), candidate(cand));
    const qint64 version = create(QStringLiteral("application"), application(app, cand, req));
    return {req, cand, app, QString::number(version)};
}

QString tst_AuthorisationMatrix::openConflict(const QString &org)
{
    const QStringList ids = pipeline(org);
    const qint64 base = ids.value(3).toLongLong();
    const QByteArray recruiter = m_roles.value(QStringLiteral("recruiter")).access;
    const QByteArray admin = m_roles.value(QStringLiteral("admin")).access;
    push(recruiter,
         mutation(QStringLiteral("application"),
                  ids.value(2),
                  QStringLiteral("update"),
                  base,
                  {{QStringLiteral("exit_reason"), QStringLiteral("first")}}));
    const Reply second
            = push(admin,
                   mutation(QStringLiteral("application"),
                            ids.value(2),
                            QStringLiteral("update"),
                            base,
                            {{QStringLiteral("exit_reason"), QStringLiteral("second")}}));
    return second.result(0).value(QStringLiteral("conflict_id")).toString();
}

bool tst_AuthorisationMatrix::visibleInChanges(const QByteArray &token, const QString &id)
{
    QString cursor = QStringLiteral("0");
    QString op;
    for (int guard = 0; guard < 1000; ++guard) {
        const Reply page
                = send("GET", QStringLiteral("/v1/sync/changes?limit=500&cursor=") + cursor, token);
        for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray()) {
            if (change.toObject().value(QStringLiteral("id")).toString() == id)
                op = change.toObject().value(QStringLiteral("op")).toString();
        }
        cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        if (!page.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return op == QLatin1String("upsert");
}

void tst_AuthorisationMatrix::matrix_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("scope"); // own / foreign record, or "-"
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("outcome"); // error code, push outcome, visible/hidden, or ""

    const QStringList users{QStringLiteral("admin"),
                            QStringLiteral("recruiter"),
                            QStringLiteral("hiring_manager"),
                            QStringLiteral("viewer")};
    const QStringList refused{QStringLiteral("unauthenticated"),
                              QStringLiteral("disabled"),
                              QStringLiteral("revoked")};
    const auto row = [](const QString &route,
                        const QString &role,
                        const QString &scope,
                        int status,
                        const QString &outcome) {
        QTest::addRow("%s %s %s", qPrintable(route), qPrintable(role), qPrintable(scope))
                << route << role << scope << status << outcome;
    };
    const QString none = QStringLiteral("-");
    const QString unauthenticated = QStringLiteral("unauthenticated");

    // Routes without a token: the same answer for every column.
    for (const QString &route :
         {QStringLiteral("healthz"), QStringLiteral("readyz"), QStringLiteral("metrics")}) {
        for (const QString &role : users + refused)
            row(route, role, none, 200, QString());
    }

    // Sign-in with the role's own name and password.
    for (const QString &role : users)
        row(QStringLiteral("login"), role, none, 200, QString());
    row(QStringLiteral("login"), unauthenticated, none, 401, unauthenticated);
    row(QStringLiteral("login"),
        QStringLiteral("disabled"),
        none,
        403,
        QStringLiteral("account_disabled"));
    // Revoking tokens does not lock the account: signing in again is the way back.
    row(QStringLiteral("login"), QStringLiteral("revoked"), none, 200, QString());

    // Routes that only need a valid token.
    for (const QString &route : {QStringLiteral("refresh"),
                                 QStringLiteral("logout"),
                                 QStringLiteral("me"),
                                 QStringLiteral("users"),
                                 QStringLiteral("sync_meta"),
                                 QStringLiteral("sync_checksum")}) {
        for (const QString &role : users)
            row(route, role, none, route == QLatin1String("logout") ? 204 : 200, QString());
        for (const QString &role : refused)
            row(route, role, none, 401, unauthenticated);
    }
    for (const QString &role : users) {
        const bool admin = role == QLatin1String("admin");
        row(QStringLiteral("users_include_disabled"),
            role,
            none,
            admin ? 200 : 403,
            admin ? QString() : QStringLiteral("permission_denied"));
    }
    for (const QString &role : refused)
        row(QStringLiteral("users_include_disabled"), role, none, 401, unauthenticated);

    // Routes over a record of the hiring manager's org (own) or another org (foreign).
    const QString visible = QStringLiteral("visible");
    const QString hidden = QStringLiteral("hidden");
    const QString applied = QStringLiteral("applied");
    const QString rejected = QStringLiteral("rejected");
    for (const QString &scope : {QStringLiteral("own"), QStringLiteral("foreign")}) {
        const bool own = scope == QLatin1String("own");
        for (const QString &route : {QStringLiteral("sync_changes"),
                                     QStringLiteral("sync_snapshot"),
                                     QStringLiteral("conflicts_list")}) {
            row(route, QStringLiteral("admin"), scope, 200, visible);
            row(route, QStringLiteral("recruiter"), scope, 200, visible);
            row(route, QStringLiteral("hiring_manager"), scope, 200, own ? visible : hidden);
            row(route, QStringLiteral("viewer"), scope, 200, visible);
        }
        row(QStringLiteral("push_requisition"), QStringLiteral("admin"), scope, 200, applied);
        row(QStringLiteral("push_requisition"), QStringLiteral("recruiter"), scope, 200, applied);
        row(QStringLiteral("push_requisition"),
            QStringLiteral("hiring_manager"),
            scope,
            200,
            rejected);
        row(QStringLiteral("push_requisition"), QStringLiteral("viewer"), scope, 200, rejected);
        for (const QString &route :
             {QStringLiteral("push_application"), QStringLiteral("push_note")}) {
            row(route, QStringLiteral("admin"), scope, 200, applied);
            row(route, QStringLiteral("recruiter"), scope, 200, applied);
            row(route, QStringLiteral("hiring_manager"), scope, 200, own ? applied : rejected);
            row(route, QStringLiteral("viewer"), scope, 200, rejected);
        }
        row(QStringLiteral("conflict_resolve"), QStringLiteral("admin"), scope, 200, QString());
        row(QStringLiteral("conflict_resolve"), QStringLiteral("recruiter"), scope, 200, QString());
        row(QStringLiteral("conflict_resolve"),
            QStringLiteral("hiring_manager"),
            scope,
            own ? 200 : 404,
            own ? QString() : QStringLiteral("not_found"));
        row(QStringLiteral("conflict_resolve"),
            QStringLiteral("viewer"),
            scope,
            403,
            QStringLiteral("permission_denied"));
        for (const QString &route : {QStringLiteral("sync_changes"),
                                     QStringLiteral("sync_snapshot"),
                                     QStringLiteral("conflicts_list"),
                                     QStringLiteral("push_requisition"),
                                     QStringLiteral("push_application"),
                                     QStringLiteral("push_note"),
                                     QStringLiteral("conflict_resolve")}) {
            for (const QString &role : refused)
                row(route, role, scope, 401, unauthenticated);
        }
    }
}

void tst_AuthorisationMatrix::matrix()
{
    QFETCH(QString, route);
    QFETCH(QString, role);
    QFETCH(QString, scope);
    QFETCH(int, status);
    QFETCH(QString, outcome);

    const Credentials who = fresh(role);
    const QString org = scope == QLatin1String("own") ? ownOrg : foreignOrg;
    Reply reply;
    QString seen; // the outcome column as observed
    if (route == QLatin1String("healthz") || route == QLatin1String("readyz")
        || route == QLatin1String("metrics")) {
        reply = send("GET", u'/' + route, who.access);
    } else if (route == QLatin1String("login")) {
        reply = login(who.name.isEmpty() ? QStringLiteral("ada") : who.name, who.password);
    } else if (route == QLatin1String("refresh")) {
        const QByteArray token
                = who.refresh.isEmpty() ? QByteArrayLiteral("rdr_forged") : who.refresh;
        reply = send("POST",
                     QStringLiteral("/v1/auth/refresh"),
                     {},
                     "{\"refresh_token\":\"" + token + "\"}");
    } else if (route == QLatin1String("logout")) {
        reply = send("POST", QStringLiteral("/v1/auth/logout"), who.access, "{}");
        if (reply.status == 204) // the session is over
            QCOMPARE(send("GET", QStringLiteral("/v1/me"), who.access).status, 401);
    } else if (route == QLatin1String("me")) {
        reply = send("GET", QStringLiteral("/v1/me"), who.access);
        if (reply.status == 200)
            QCOMPARE(reply.json.value(QStringLiteral("name")).toString(), who.name);
    } else if (route == QLatin1String("users")) {
        reply = send("GET", QStringLiteral("/v1/users"), who.access);
        QVERIFY(!reply.body.contains("argon2"));
    } else if (route == QLatin1String("users_include_disabled")) {
        reply = send("GET", QStringLiteral("/v1/users?include_disabled=true"), who.access);
        if (reply.status == 200)
            QVERIFY(reply.body.contains("\"dora\""));
    } else if (route == QLatin1String("sync_meta")) {
        reply = send("GET", QStringLiteral("/v1/sync/meta"), who.access);
    } else if (route == QLatin1String("sync_checksum")) {
        reply = send("GET", QStringLiteral("/v1/sync/checksum"), who.access);
    } else if (route == QLatin1String("sync_changes")) {
        reply = send("GET", QStringLiteral("/v1/sync/changes?cursor=0&limit=1"), who.access);
        if (reply.status == 200)
            seen = visibleInChanges(who.access, m_requisitions.value(scope))
                           ? QStringLiteral("visible")
                           : QStringLiteral("hidden");
    } else if (route == QLatin1String("sync_snapshot")) {
        reply = send("GET",
                     QStringLiteral("/v1/sync/snapshot?entity=requisition&limit=500"),
                     who.access);
        if (reply.status == 200) {
            QVERIFY(!reply.json.value(QStringLiteral("has_more")).toBool());
            seen = QStringLiteral("hidden");
            for (const QJsonValue &record : reply.json.value(QStringLiteral("records")).toArray()) {
                if (record.toObject().value(QStringLiteral("id")).toString()
                    == m_requisitions.value(scope))
                    seen = QStringLiteral("visible");
            }
        }
    } else if (route == QLatin1String("conflicts_list")) {
        reply = send("GET", QStringLiteral("/v1/conflicts?status=all&limit=500"), who.access);
        if (reply.status == 200) {
            seen = QStringLiteral("hidden");
            for (const QJsonValue &c : reply.json.value(QStringLiteral("conflicts")).toArray()) {
                if (c.toObject().value(QStringLiteral("id")).toString() == m_conflicts.value(scope))
                    seen = QStringLiteral("visible");
            }
        }
    } else if (route.startsWith(QLatin1String("push_"))) {
        const QStringList ids = pipeline(org); // req, cand, app, app version
        QJsonObject change;
        if (route == QLatin1String("push_requisition")) {
            change = mutation(QStringLiteral("requisition"),
                              ids.value(0),
                              QStringLiteral("update"),
                              ids.value(3).toLongLong(),
                              {{QStringLiteral("team"), QStringLiteral("Platform")}});
        } else if (route == QLatin1String("push_application")) {
            change = mutation(QStringLiteral("application"),
                              ids.value(2),
                              QStringLiteral("update"),
                              ids.value(3).toLongLong(),
                              {{QStringLiteral("stage"), QStringLiteral("recruiter_screen")}});
        } else {
            const QString noteId = newId();
            change = mutation(QStringLiteral("note"),
                              noteId,
                              QStringLiteral("insert"),
                              0,
                              note(noteId, ids.value(2)));
        }
        reply = push(who.access, change);
        if (reply.status == 200)
            seen = reply.result(0).value(QStringLiteral("outcome")).toString();

    } else if (route == QLatin1String("conflict_resolve")) {
        const QString id = openConflict(org);
        QVERIFY(!id.isEmpty());
        reply = send("POST",
                     QStringLiteral("/v1/conflicts/%1/resolve").arg(id),
                     who.access,
                     "{\"resolution\":\"server\"}");
    } else {
        QFAIL("unknown route in the matrix");
    }

    if (reply.status != status)
        qWarning() << route << role << scope << reply.body.left(300);
    QCOMPARE(reply.status, status);
    if (reply.status >= 400)
        seen = reply.errorCode();
    QCOMPARE(seen, outcome);
}

void tst_AuthorisationMatrix::tokensNeverLogged()
{
    QTest::qWait(100); // let the log lines of earlier requests arrive, then drop them
    m_server.takeNewStderr();
    const Reply signedIn = login(QStringLiteral("rita"), QStringLiteral("pass-rita-long"));
    QCOMPARE(signedIn.status, 200);
    const QByteArray access
            = signedIn.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray refresh
            = signedIn.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    QCOMPARE(send("GET", QStringLiteral("/v1/me"), access).status, 200);
    const Reply rotated = send("POST",
                               QStringLiteral("/v1/auth/refresh"),
                               {},
                               "{\"refresh_token\":\"" + refresh + "\"}");
    QCOMPARE(rotated.status, 200);
    const QByteArray access2
            = rotated.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray refresh2
            = rotated.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    // A reused refresh token and a wrong password must not leak either. The rotated pair is
    // used first: a replay within the reuse interval with an unused successor would be served.
    const Reply rotatedAgain = send("POST",
                                    QStringLiteral("/v1/auth/refresh"),
                                    {},
                                    "{\"refresh_token\":\"" + refresh2 + "\"}");
    QCOMPARE(rotatedAgain.status, 200);
    const QByteArray access3
            = rotatedAgain.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray refresh3
            = rotatedAgain.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    QCOMPARE(send("POST",
                  QStringLiteral("/v1/auth/refresh"),
                  {},
                  "{\"refresh_token\":\"" + refresh + "\"}")
                     .status,
             401);
    QCOMPARE(login(QStringLiteral("rita"), QStringLiteral("a-wrong-password")).status, 401);
    // The log lines are written after the answers: collect until the last one is in.
    QByteArray log;
    for (int i = 0; i < 50 && log.count("\"event\":\"request\"") < 6; ++i) {
        QTest::qWait(50);
        log += m_server.takeNewStderr();
    }
    QVERIFY(log.contains("/v1/auth/refresh"));
    for (const QByteArray &secret : {access, refresh, access2, refresh2, access3, refresh3})
        QVERIFY2(!secret.isEmpty() && !log.contains(secret), "a token is in the server log");
    QVERIFY(!log.contains("rda_") && !log.contains("rdr_"));
    QVERIFY(!log.contains("pass-rita-long") && !log.contains("a-wrong-password"));
}

void tst_AuthorisationMatrix::bodiesCapped()
{
    const QByteArray token = fresh(QStringLiteral("recruiter")).access;
    // Above --max-body-bytes (1 MiB default): 413 before any parsing, on every body route.
    const QByteArray big(1024 * 1024 + 16, ' ');
    for (const QString &path : {QStringLiteral("/v1/auth/login"),
                                QStringLiteral("/v1/auth/refresh"),
                                QStringLiteral("/v1/sync/push"),
                                QStringLiteral("/v1/conflicts/%1/resolve").arg(newId())}) {
        const Reply reply = send("POST", path, token, big);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
    }
}

void tst_AuthorisationMatrix::passwordsStoredAsArgon2id()
{
    // Read the live database (WAL: a second reader is fine) and look at every stored hash.
    int users = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("matrix-inspect"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("data/reqdesk-server.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT name, password_hash FROM users")));
        while (query.next()) {
            ++users;
            const QString name = query.value(0).toString();
            const QString hash = query.value(1).toString();
            QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$")), qPrintable(name));
            QVERIFY(!hash.contains(QStringLiteral("pass-%1-long").arg(name)));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("matrix-inspect"));
    QCOMPARE(users, 6);
}

QTEST_GUILESS_MAIN(tst_AuthorisationMatrix)
#include "tst_authorisationmatrix.moc"
