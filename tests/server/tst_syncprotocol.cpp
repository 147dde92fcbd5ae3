// Protocol-level tests of the sync routes against the real reqdesk-server executable (SYNC.md
// failure scenarios 1, 5-10, 14, 20 and the authorisation matrix). Records are made with the
// core wire codec, the API is driven with QNetworkAccessManager over loopback.

#include "core/requisition.h"
#include "core/wire/wirecodec.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <zlib.h>

#include "httpexchange.h"
#include "pgtestcluster.h"
#include "serverprocess.h"

using namespace ReqdeskTest;
using Reqdesk::Core::WireCodec;

namespace {

using Reply = HttpReply;

/// A signed-in device.
struct Session
{
    QString name;
    QByteArray token;
    QString device;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject requisition(const QString &id, const QString &title, const QString &org)
{
    Reqdesk::Core::Requisition r;
    r.id = QUuid::fromString(id);
    r.title = title;
    r.org = org;
    r.company = QStringLiteral("Example Corp");
    QJsonObject json = WireCodec::toJson(r);
    json.insert(QStringLiteral("bands"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), newId()},
                                       {QStringLiteral("job_family"), QString()},
                                       {QStringLiteral("level"), QStringLiteral("IC3")},
                                       {QStringLiteral("location"), QStringLiteral("Remote")},
                                       {QStringLiteral("currency"), QStringLiteral("USD")},
                                       {QStringLiteral("period"), QStringLiteral("year")},
                                       {QStringLiteral("min_minor"), 10000000},
                                       {QStringLiteral("max_minor"), 15000000},
                                       {QStringLiteral("source_text"), QString()},
                                       {QStringLiteral("note"), QString()}}});
    return json;
}

QJsonObject candidate(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("emails"), QJsonArray{QStringLiteral("someone@example.test")}},
            {QStringLiteral("phones"), QJsonArray{QStringLiteral("+1 555 0100")}},
            {QStringLiteral("links"), QJsonArray()},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("source"), QStringLiteral("referral")},
            {QStringLiteral("created_at"), QJsonValue::Null},
            {QStringLiteral("updated_at"), QJsonValue::Null},
            {QStringLiteral("version"), 0}};
}

QJsonObject application(const QString &id,
                        const QString &candidateId,
                        const QString &requisitionId,
                        const QString &stage = QStringLiteral("applied"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("candidate_id"), candidateId},
            {QStringLiteral("requisition_id"), requisitionId},
            {QStringLiteral("stage"), stage},
            {QStringLiteral("exit_reason"), QString()},
            {QStringLiteral("applied_at"), QJsonValue::Null},
            {QStringLiteral("stage_changed_at"), QJsonValue::Null},
            {QStringLiteral("updated_at"), QJsonValue::Null},
            {QStringLiteral("version"), 0}};
}

QJsonObject note(const QString &id, const QString &applicationId, const QString &text)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("application_id"), applicationId},
            {QStringLiteral("author"), QStringLiteral("someone")},
            {QStringLiteral("at"), QJsonValue::Null},
            {QStringLiteral("text"), text},
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

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream stream{};
    inflateInit2(&stream, 15 + 16);
    QByteArray out(16 * 1024 * 1024, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    inflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return out;
}

} // namespace

class tst_SyncProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void metaAndProtocol();
    void lostResponseRetry();
    void sameFieldConflict();
    void differentFieldsMerge();
    void deleteAgainstEdit();
    void recreateDuringPaging();
    void restoreOwnDeletion();
    void clientClockIrrelevant();
    void writesDuringPaging();
    void stageMoveOfHiredApplication();
    void notesAppendOnly();
    void childOfDeletedParent();
    void syncMetrics();
    void validationRejectsOneMutation();
    void limitsAndGzip();
    void snapshotAndChecksum();
    void authorisationMatrix_data();
    void authorisationMatrix();
    void redaction();
    void visibilityFollowsParents();
    void purgeHorizon();
    void restoreRenewsEpoch();
    void postgresConcurrentWritersNeverSkip();

private:
    Reply send(const QByteArray &method,
               const QUrl &url,
               const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Session login(ServerProcess &server, const QString &name);
    Reply
    push(const Session &session, const QJsonArray &mutations, ServerProcess *server = nullptr);
    Reply get(const Session &session, const QString &path, ServerProcess *server = nullptr);
    /// Every change from `cursor` until caught up, page by page.
    QList<QJsonObject> pullAll(const Session &session, QString &cursor, int limit = 500);
    /// The current server copy of a record as this user sees it (empty when absent).
    QJsonObject current(const Session &session, const QString &entity, const QString &id);
    qint64 create(const Session &session, const QString &entity, const QJsonObject &record);

    QTemporaryDir m_dir;
    QString m_data;
    ServerProcess m_server;
    QNetworkAccessManager m_network;
    QHash<QString, Session> m_sessions;
};

void tst_SyncProtocol::initTestCase()
{
    QVERIFY(QFile::exists(serverBinary));
    m_data = m_dir.filePath(QStringLiteral("main"));
    const QStringList store{QStringLiteral("--data"), m_data};
    const QList<QStringList> users = {
            {QStringLiteral("ada"), QStringLiteral("admin"), QString()},
            {QStringLiteral("rita"), QStringLiteral("recruiter"), QString()},
            {QStringLiteral("rob"), QStringLiteral("recruiter"), QString()},
            {QStringLiteral("vic"), QStringLiteral("viewer"), QString()},
            {QStringLiteral("val"), QStringLiteral("viewer"), QString()},
            {QStringLiteral("hank"),
             QStringLiteral("hiring-manager"),
             QStringLiteral("Engineering")},
    };
    for (const QStringList &user : users) {
        QStringList arguments{QStringLiteral("user"),
                              QStringLiteral("add"),
                              user[0],
                              QStringLiteral("--role"),
                              user[1]};
        if (!user[2].isEmpty())
            arguments << QStringLiteral("--org") << user[2];
        QByteArray out;
        QCOMPARE(adminWith(store, arguments, "pass-" + user[0].toUtf8() + "-long\n", &out), 0);
    }
    QByteArray out;
    QCOMPARE(adminWith(store,
                       {QStringLiteral("user"), QStringLiteral("grant-pay"), QStringLiteral("val")},
                       {},
                       &out),
             0);
    QVERIFY(m_server.startWith(store));
    for (const QStringList &user : users)
        m_sessions.insert(user[0], login(m_server, user[0]));
}

void tst_SyncProtocol::cleanupTestCase()
{
    m_server.stop();
}

Reply tst_SyncProtocol::send(const QByteArray &method,
                             const QUrl &url,
                             const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    return exchange(m_network, method, request, body);
}

Session tst_SyncProtocol::login(ServerProcess &server, const QString &name)
{
    const QJsonObject body{
            {QStringLiteral("name"), name},
            {QStringLiteral("password"), QStringLiteral("pass-%1-long").arg(name)},
            {QStringLiteral("device_name"), QStringLiteral("laptop of %1").arg(name)}};
    const Reply reply = send(
            "POST", server.url(QStringLiteral("/v1/auth/login")), QJsonDocument(body).toJson());
    Session session;
    session.name = name;
    session.token = reply.json.value(QStringLiteral("access_token")).toString().toLatin1();
    session.device = reply.json.value(QStringLiteral("device_id")).toString();
    return session;
}

Reply tst_SyncProtocol::push(const Session &session,
                             const QJsonArray &mutations,
                             ServerProcess *server)
{
    const QJsonObject body{{QStringLiteral("mutations"), mutations}};
    return send("POST",
                (server ? server : &m_server)->url(QStringLiteral("/v1/sync/push")),
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer " + session.token}});
}

Reply tst_SyncProtocol::get(const Session &session, const QString &path, ServerProcess *server)
{
    const qsizetype question = path.indexOf(u'?');
    QUrl url = (server ? server : &m_server)->url(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    return send("GET", url, {}, {{"Authorization", "Bearer " + session.token}});
}

QList<QJsonObject> tst_SyncProtocol::pullAll(const Session &session, QString &cursor, int limit)
{
    QList<QJsonObject> changes;
    for (int guard = 0; guard < 10000; ++guard) {
        const Reply page
                = get(session,
                      QStringLiteral("/v1/sync/changes?cursor=%1&limit=%2").arg(cursor).arg(limit));
        if (page.status != 200) {
            qWarning() << "pull failed" << page.status << page.body;
            return changes;
        }
        for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray())
            changes.append(change.toObject());
        cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        if (!page.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return changes;
}

QJsonObject
tst_SyncProtocol::current(const Session &session, const QString &entity, const QString &id)
{
    QString cursor = QStringLiteral("0");
    QJsonObject last;
    for (const QJsonObject &change : pullAll(session, cursor)) {
        if (change.value(QStringLiteral("entity")).toString() == entity
            && change.value(QStringLiteral("id")).toString() == id) {
            last = change;
        }
    }
    return last;
}

qint64
tst_SyncProtocol::create(const Session &session, const QString &entity, const QJsonObject &record)
{
    const Reply reply = push(session,
                             {mutation(entity,
                                       record.value(QStringLiteral("id")).toString(),
                                       QStringLiteral("insert"),
                                       0,
                                       record)});
    if (reply.status != 200 || reply.outcome(0) != QLatin1String("applied")) {
        qWarning() << "create failed" << reply.status << reply.body;
        return -1;
    }
    return qint64(reply.results().at(0).toObject().value(QStringLiteral("version")).toDouble());
}

void tst_SyncProtocol::metaAndProtocol()
{
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Reply meta = get(rita, QStringLiteral("/v1/sync/meta"));
    QCOMPARE(meta.status, 200);
    QVERIFY(!QUuid::fromString(meta.json.value(QStringLiteral("epoch")).toString()).isNull());
    QCOMPARE(meta.headers.value("x-reqdesk-epoch"),
             meta.json.value(QStringLiteral("epoch")).toString().toLatin1());
    const QJsonObject limits = meta.json.value(QStringLiteral("limits")).toObject();
    QCOMPARE(limits.value(QStringLiteral("push_max_mutations")).toInt(), 100);
    QCOMPARE(limits.value(QStringLiteral("changes_max_limit")).toInt(), 500);
    QCOMPARE(limits.value(QStringLiteral("tombstone_days")).toInt(), 180);
    QCOMPARE(meta.json.value(QStringLiteral("protocol"))
                     .toObject()
                     .value(QStringLiteral("max"))
                     .toInt(),
             1);
    QVERIFY(meta.json.value(QStringLiteral("server_time")).toString().endsWith(u'Z'));

    const Reply tooNew
            = send("GET",
                   m_server.url(QStringLiteral("/v1/sync/meta")),
                   {},
                   {{"Authorization", "Bearer " + rita.token}, {"X-Reqdesk-Protocol", "9"}});
    QCOMPARE(tooNew.status, 426);
    QCOMPARE(tooNew.errorCode(), QStringLiteral("client_too_new"));
    const Reply tooOld
            = send("GET",
                   m_server.url(QStringLiteral("/v1/sync/meta")),
                   {},
                   {{"Authorization", "Bearer " + rita.token}, {"X-Reqdesk-Protocol", "0"}});
    QCOMPARE(tooOld.status, 426);
    QCOMPARE(tooOld.errorCode(), QStringLiteral("client_too_old"));
    const Reply anonymous = send("GET", m_server.url(QStringLiteral("/v1/sync/meta")));
    QCOMPARE(anonymous.status, 401);
    const Reply wrongEpoch = send(
            "GET",
            m_server.url(QStringLiteral("/v1/sync/changes")),
            {},
            {{"Authorization", "Bearer " + rita.token}, {"X-Reqdesk-Epoch", newId().toLatin1()}});
    QCOMPARE(wrongEpoch.status, 409);
    QCOMPARE(wrongEpoch.errorCode(), QStringLiteral("epoch_mismatch"));
}

void tst_SyncProtocol::lostResponseRetry()
{
    // Scenario 1: the server committed, the answer was lost; the same batch comes again.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    QString cursor = get(rita, QStringLiteral("/v1/sync/meta"))
                             .json.value(QStringLiteral("cursor"))
                             .toString();
    QJsonArray batch;
    QStringList ids;
    QList<QJsonObject> records;
    for (int i = 0; i < 3; ++i) {
        ids << newId();
        records << requisition(
                ids.last(), QStringLiteral("Retry %1").arg(i), QStringLiteral("Sales"));
        batch.append(mutation(QStringLiteral("requisition"),
                              ids.last(),
                              QStringLiteral("insert"),
                              0,
                              records.last()));
    }
    const Reply first = push(rita, batch);
    QCOMPARE(first.status, 200);
    const Reply again = push(rita, batch);
    QCOMPARE(again.status, 200);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(first.outcome(i), QStringLiteral("applied"));
        QCOMPARE(again.outcome(i), QStringLiteral("duplicate"));
        const QJsonObject a = first.results().at(i).toObject();
        const QJsonObject b = again.results().at(i).toObject();
        QCOMPARE(b.value(QStringLiteral("original")).toString(), QStringLiteral("applied"));
        QCOMPARE(b.value(QStringLiteral("version")), a.value(QStringLiteral("version")));
        QCOMPARE(b.value(QStringLiteral("mutation_id")), a.value(QStringLiteral("mutation_id")));
    }
    // A replayed create under a new mutation id is harmless too.
    const Reply replayedCreate = push(rita,
                                      {mutation(QStringLiteral("requisition"),
                                                ids[0],
                                                QStringLiteral("insert"),
                                                0,
                                                records[0])});
    QCOMPARE(replayedCreate.outcome(0), QStringLiteral("duplicate"));
    // The same id with other content is no replay: the differing fields are conflicts.
    const Reply clash = push(
            rita,
            {mutation(QStringLiteral("requisition"),
                      ids[1],
                      QStringLiteral("insert"),
                      0,
                      requisition(ids[1], QStringLiteral("Other"), QStringLiteral("Sales")))});
    QCOMPARE(clash.outcome(0), QStringLiteral("conflict"));
    // Nothing doubled: each record once in the feed.
    QHash<QString, int> seen;
    for (const QJsonObject &change : pullAll(rita, cursor))
        ++seen[change.value(QStringLiteral("id")).toString()];
    for (const QString &id : ids)
        QCOMPARE(seen.value(id), 1);
}

void tst_SyncProtocol::sameFieldConflict()
{
    // Scenario 5: two users change one field offline to different values.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const QString id = newId();
    const qint64 base
            = create(rita,
                     QStringLiteral("requisition"),
                     requisition(id, QStringLiteral("Engineer"), QStringLiteral("Sales")));
    QVERIFY(base > 0);
    const Reply mine
            = push(rita,
                   {mutation(QStringLiteral("requisition"),
                             id,
                             QStringLiteral("update"),
                             base,
                             {{QStringLiteral("title"), QStringLiteral("Senior Engineer")}})});
    QCOMPARE(mine.outcome(0), QStringLiteral("applied"));
    const Reply theirs
            = push(rob,
                   {mutation(QStringLiteral("requisition"),
                             id,
                             QStringLiteral("update"),
                             base,
                             {{QStringLiteral("title"), QStringLiteral("Staff Engineer")}})});
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.outcome(0), QStringLiteral("conflict"));
    const QString conflictId
            = theirs.results().at(0).toObject().value(QStringLiteral("conflict_id")).toString();
    QVERIFY(!conflictId.isEmpty());

    // The conflict carries base, server and client values, and who.
    const QJsonObject conflict = current(rita, QStringLiteral("conflict"), conflictId)
                                         .value(QStringLiteral("data"))
                                         .toObject();
    QCOMPARE(conflict.value(QStringLiteral("kind")).toString(), QStringLiteral("field"));
    QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
    QCOMPARE(conflict.value(QStringLiteral("base_value")).toString(), QStringLiteral("Engineer"));
    QCOMPARE(conflict.value(QStringLiteral("server_value")).toString(),
             QStringLiteral("Senior Engineer"));
    QCOMPARE(conflict.value(QStringLiteral("client_value")).toString(),
             QStringLiteral("Staff Engineer"));
    QCOMPARE(conflict.value(QStringLiteral("created_by")).toString(), QStringLiteral("rob"));
    QCOMPARE(conflict.value(QStringLiteral("resolved")).toBool(), false);
    // The server value stays until someone resolves.
    QCOMPARE(current(rob, QStringLiteral("requisition"), id)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
             QStringLiteral("Senior Engineer"));
    const Reply open = get(rob, QStringLiteral("/v1/conflicts"));
    QCOMPARE(open.status, 200);
    bool listed = false;
    for (const QJsonValue &c : open.json.value(QStringLiteral("conflicts")).toArray())
        listed = listed || c.toObject().value(QStringLiteral("id")).toString() == conflictId;
    QVERIFY(listed);

    // Resolvable from either side: here the first writer takes the other's value.
    const Reply resolved
            = send("POST",
                   m_server.url(QStringLiteral("/v1/conflicts/%1/resolve").arg(conflictId)),
                   R"({"resolution":"client"})",
                   {{"Authorization", "Bearer " + rita.token}});
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json.value(QStringLiteral("conflict"))
                     .toObject()
                     .value(QStringLiteral("resolved"))
                     .toBool(),
             true);
    QCOMPARE(current(rob, QStringLiteral("requisition"), id)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
             QStringLiteral("Staff Engineer"));
    const Reply twice
            = send("POST",
                   m_server.url(QStringLiteral("/v1/conflicts/%1/resolve").arg(conflictId)),
                   R"({"resolution":"server"})",
                   {{"Authorization", "Bearer " + rob.token}});
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), QStringLiteral("already_resolved"));
    // A viewer cannot resolve.
    const Reply viewer
            = send("POST",
                   m_server.url(QStringLiteral("/v1/conflicts/%1/resolve").arg(conflictId)),
                   R"({"resolution":"server"})",
                   {{"Authorization", "Bearer " + m_sessions[QStringLiteral("vic")].token}});
    QVERIFY(viewer.status == 403 || viewer.status == 409);
}

void tst_SyncProtocol::differentFieldsMerge()
{
    // Scenario 6: different fields of one record both land.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const QString id = newId();
    const qint64 base = create(rita,
                               QStringLiteral("requisition"),
                               requisition(id, QStringLiteral("Analyst"), QStringLiteral("Sales")));
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("requisition"),
                            id,
                            QStringLiteral("update"),
                            base,
                            {{QStringLiteral("title"), QStringLiteral("Data Analyst")}})})
                     .outcome(0),
             QStringLiteral("applied"));
    const Reply other
            = push(rob,
                   {mutation(QStringLiteral("requisition"),
                             id,
                             QStringLiteral("update"),
                             base,
                             {{QStringLiteral("headcount"), 3}, {QStringLiteral("openings"), 3}})});
    QCOMPARE(other.outcome(0), QStringLiteral("merged"));
    const QJsonObject data = current(rita, QStringLiteral("requisition"), id)
                                     .value(QStringLiteral("data"))
                                     .toObject();
    QCOMPARE(data.value(QStringLiteral("title")).toString(), QStringLiteral("Data Analyst"));
    QCOMPARE(data.value(QStringLiteral("headcount")).toInt(), 3);
    QCOMPARE(qint64(data.value(QStringLiteral("version")).toDouble()),
             qint64(other.results().at(0).toObject().value(QStringLiteral("version")).toDouble()));
}

void tst_SyncProtocol::deleteAgainstEdit()
{
    // Scenario 7.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    // Delete against an edit: the record stays, a conflict says so.
    const QString a = newId();
    const qint64 baseA = create(rita,
                                QStringLiteral("requisition"),
                                requisition(a, QStringLiteral("A"), QStringLiteral("Sales")));
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("requisition"),
                            a,
                            QStringLiteral("update"),
                            baseA,
                            {{QStringLiteral("title"), QStringLiteral("A2")}})})
                     .outcome(0),
             QStringLiteral("applied"));
    const Reply del = push(
            rob, {mutation(QStringLiteral("requisition"), a, QStringLiteral("delete"), baseA, {})});
    QCOMPARE(del.outcome(0), QStringLiteral("conflict"));
    QCOMPARE(current(rita, QStringLiteral("requisition"), a).value(QStringLiteral("op")).toString(),
             QStringLiteral("upsert"));
    const QString delConflict
            = del.results().at(0).toObject().value(QStringLiteral("conflict_id")).toString();
    QCOMPARE(current(rita, QStringLiteral("conflict"), delConflict)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
             QStringLiteral("delete_edit"));

    // Edit against a delete: no silent resurrection.
    const QString b = newId();
    const qint64 baseB = create(rita,
                                QStringLiteral("requisition"),
                                requisition(b, QStringLiteral("B"), QStringLiteral("Sales")));
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("requisition"), b, QStringLiteral("delete"), baseB, {})})
                     .outcome(0),
             QStringLiteral("applied"));
    const Reply edit = push(rob,
                            {mutation(QStringLiteral("requisition"),
                                      b,
                                      QStringLiteral("update"),
                                      baseB,
                                      {{QStringLiteral("title"), QStringLiteral("B2")}})});
    QCOMPARE(edit.outcome(0), QStringLiteral("conflict"));
    QCOMPARE(current(rita, QStringLiteral("requisition"), b).value(QStringLiteral("op")).toString(),
             QStringLiteral("delete"));
    // Resolving for the editor brings the record back with the edit.
    const QString editConflict
            = edit.results().at(0).toObject().value(QStringLiteral("conflict_id")).toString();
    const Reply resolved
            = send("POST",
                   m_server.url(QStringLiteral("/v1/conflicts/%1/resolve").arg(editConflict)),
                   R"({"resolution":"client"})",
                   {{"Authorization", "Bearer " + rob.token}});
    QCOMPARE(resolved.status, 200);
    const QJsonObject back = current(rita, QStringLiteral("requisition"), b);
    QCOMPARE(back.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QCOMPARE(
            back.value(QStringLiteral("data")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("B2"));

    // Both delete: agreement.
    const QString c = newId();
    const qint64 baseC = create(rita,
                                QStringLiteral("requisition"),
                                requisition(c, QStringLiteral("C"), QStringLiteral("Sales")));
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("requisition"), c, QStringLiteral("delete"), baseC, {})})
                     .outcome(0),
             QStringLiteral("applied"));
    const Reply both = push(
            rob, {mutation(QStringLiteral("requisition"), c, QStringLiteral("delete"), baseC, {})});
    QCOMPARE(both.outcome(0), QStringLiteral("applied"));
}

void tst_SyncProtocol::recreateDuringPaging()
{
    // Scenario 8: delete and re-create (a new id) while a reader pages: no ghosts, no
    // resurrection.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    QString cursor = get(rob, QStringLiteral("/v1/sync/meta"))
                             .json.value(QStringLiteral("cursor"))
                             .toString();
    const QString old = newId();
    const qint64 base = create(rita,
                               QStringLiteral("requisition"),
                               requisition(old, QStringLiteral("Ghost"), QStringLiteral("Sales")));
    for (int i = 0; i < 5; ++i)
        create(rita,
               QStringLiteral("requisition"),
               requisition(newId(), QStringLiteral("Filler"), QStringLiteral("Sales")));
    QHash<QString, QJsonObject> state;
    // First page, then the delete and re-create, then the rest.
    const Reply page = get(rob, QStringLiteral("/v1/sync/changes?cursor=%1&limit=2").arg(cursor));
    QCOMPARE(page.status, 200);
    for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray())
        state.insert(change.toObject().value(QStringLiteral("id")).toString(), change.toObject());
    cursor = page.json.value(QStringLiteral("next_cursor")).toString();
    QCOMPARE(
            push(rita,
                 {mutation(QStringLiteral("requisition"), old, QStringLiteral("delete"), base, {})})
                    .outcome(0),
            QStringLiteral("applied"));
    const QString fresh = newId();
    create(rita,
           QStringLiteral("requisition"),
           requisition(fresh, QStringLiteral("Ghost"), QStringLiteral("Sales")));
    for (const QJsonObject &change : pullAll(rob, cursor, 2))
        state.insert(change.value(QStringLiteral("id")).toString(), change);
    QCOMPARE(state.value(old).value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
    QCOMPARE(state.value(fresh).value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    // A stale create of the deleted id is a conflict, not a resurrection.
    const Reply stale
            = push(rob,
                   {mutation(QStringLiteral("requisition"),
                             old,
                             QStringLiteral("insert"),
                             0,
                             requisition(old, QStringLiteral("Ghost"), QStringLiteral("Sales")))});
    QCOMPARE(stale.outcome(0), QStringLiteral("conflict"));
    QCOMPARE(
            current(rob, QStringLiteral("requisition"), old).value(QStringLiteral("op")).toString(),
            QStringLiteral("delete"));
}

void tst_SyncProtocol::restoreOwnDeletion()
{
    // An undone delete: an insert naming the deletion it saw restores the record; one that did
    // not see it (or names nothing) stays an edit_delete conflict.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const QString requisitionEntity = QStringLiteral("requisition");
    auto titleOf = [&](const QString &id) {
        const QJsonObject now = current(rob, requisitionEntity, id);
        return now.value(QStringLiteral("op")).toString() == QLatin1String("delete")
                       ? QString()
                       : now.value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("title"))
                                 .toString();
    };

    // Delete and re-create in the same push, both from the version the client had.
    const QString same = newId();
    const QJsonObject sameRecord
            = requisition(same, QStringLiteral("Undo"), QStringLiteral("Sales"));
    const qint64 sameBase = create(rita, requisitionEntity, sameRecord);
    const Reply both = push(
            rita,
            {mutation(requisitionEntity, same, QStringLiteral("delete"), sameBase, {}),
             mutation(requisitionEntity, same, QStringLiteral("insert"), sameBase, sameRecord)});
    QCOMPARE(both.outcome(0), QStringLiteral("applied"));
    QCOMPARE(both.outcome(1), QStringLiteral("applied"));
    QCOMPARE(titleOf(same), QStringLiteral("Undo"));

    // Re-created in a later push from the deletion's own version.
    const QString later = newId();
    const QJsonObject laterRecord
            = requisition(later, QStringLiteral("Later"), QStringLiteral("Sales"));
    const qint64 laterBase = create(rita, requisitionEntity, laterRecord);
    const Reply deleted = push(
            rita, {mutation(requisitionEntity, later, QStringLiteral("delete"), laterBase, {})});
    QCOMPARE(deleted.outcome(0), QStringLiteral("applied"));
    const qint64 deletion = deleted.result(0).value(QStringLiteral("version")).toInteger();
    QVERIFY(deletion > laterBase);
    // From the version before the deletion, in another push: it did not see the deletion.
    QCOMPARE(push(rob,
                  {mutation(requisitionEntity,
                            later,
                            QStringLiteral("insert"),
                            laterBase,
                            laterRecord)})
                     .outcome(0),
             QStringLiteral("conflict"));
    QVERIFY(titleOf(later).isEmpty());
    QCOMPARE(push(rita,
                  {mutation(requisitionEntity,
                            later,
                            QStringLiteral("insert"),
                            deletion,
                            laterRecord)})
                     .outcome(0),
             QStringLiteral("applied"));
    QCOMPARE(titleOf(later), QStringLiteral("Later"));

    // The delete's answer was lost: it comes again (a duplicate) with the re-creation.
    const QString replayed = newId();
    const QJsonObject replayedRecord
            = requisition(replayed, QStringLiteral("Replayed"), QStringLiteral("Sales"));
    const qint64 replayedBase = create(rita, requisitionEntity, replayedRecord);
    const QJsonObject del
            = mutation(requisitionEntity, replayed, QStringLiteral("delete"), replayedBase, {});
    QCOMPARE(push(rita, {del}).outcome(0), QStringLiteral("applied"));
    const Reply again = push(rita,
                             {del,
                              mutation(requisitionEntity,
                                       replayed,
                                       QStringLiteral("insert"),
                                       replayedBase,
                                       replayedRecord)});
    QCOMPARE(again.outcome(0), QStringLiteral("duplicate"));
    QCOMPARE(again.outcome(1), QStringLiteral("applied"));
    QCOMPARE(titleOf(replayed), QStringLiteral("Replayed"));
}

void tst_SyncProtocol::clientClockIrrelevant()
{
    // Scenario 10: client timestamps a day off change no merge outcome; versions decide.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const QString id = newId();
    const qint64 base = create(rita,
                               QStringLiteral("requisition"),
                               requisition(id, QStringLiteral("Clock"), QStringLiteral("Sales")));
    const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs);
    const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs);
    // The later writer has the older clock; the earlier one the newer clock.
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("requisition"),
                            id,
                            QStringLiteral("update"),
                            base,
                            {{QStringLiteral("title"), QStringLiteral("Clock A")},
                             {QStringLiteral("updated_at"), future}})})
                     .outcome(0),
             QStringLiteral("applied"));
    const Reply late = push(rob,
                            {mutation(QStringLiteral("requisition"),
                                      id,
                                      QStringLiteral("update"),
                                      base,
                                      {{QStringLiteral("level"), QStringLiteral("IC4")},
                                       {QStringLiteral("updated_at"), past}})});
    QCOMPARE(late.outcome(0), QStringLiteral("merged"));
    const Reply clash = push(rob,
                             {mutation(QStringLiteral("requisition"),
                                       id,
                                       QStringLiteral("update"),
                                       base,
                                       {{QStringLiteral("title"), QStringLiteral("Clock B")},
                                        {QStringLiteral("updated_at"), future}})});
    QCOMPARE(clash.outcome(0), QStringLiteral("conflict")); // a newer clock does not win
    const QJsonObject data = current(rita, QStringLiteral("requisition"), id)
                                     .value(QStringLiteral("data"))
                                     .toObject();
    QCOMPARE(data.value(QStringLiteral("title")).toString(), QStringLiteral("Clock A"));
    QCOMPARE(data.value(QStringLiteral("level")).toString(), QStringLiteral("IC4"));
}

void tst_SyncProtocol::writesDuringPaging()
{
    // Scenario 14: writes made while another client pages all arrive, each version once.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    QString cursor = get(rob, QStringLiteral("/v1/sync/meta"))
                             .json.value(QStringLiteral("cursor"))
                             .toString();
    QHash<QString, qint64> expected; // id → latest version
    for (int i = 0; i < 20; ++i) {
        const QString id = newId();
        expected.insert(id,
                        create(rita,
                               QStringLiteral("candidate"),
                               candidate(id, QStringLiteral("Person %1").arg(i))));
    }
    QSet<QPair<QString, qint64>> seen;
    QHash<QString, qint64> latest;
    int writes = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        const Reply page
                = get(rob, QStringLiteral("/v1/sync/changes?cursor=%1&limit=3").arg(cursor));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &value : page.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            const QPair<QString, qint64> key{
                    change.value(QStringLiteral("id")).toString(),
                    qint64(change.value(QStringLiteral("version")).toDouble())};
            QVERIFY2(!seen.contains(key), "a change arrived twice");
            seen.insert(key);
            latest.insert(key.first, key.second);
        }
        cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        // Between pages: new records and edits of records already paged past or still ahead.
        if (writes < 10) {
            const QString id = newId();
            expected.insert(id,
                            create(rita,
                                   QStringLiteral("candidate"),
                                   candidate(id, QStringLiteral("Late %1").arg(writes))));
            const QString edited = expected.keys().at(writes * 3 % expected.size());
            const Reply edit = push(rita,
                                    {mutation(QStringLiteral("candidate"),
                                              edited,
                                              QStringLiteral("update"),
                                              expected.value(edited),
                                              {{QStringLiteral("source"),
                                                QStringLiteral("edit %1").arg(writes)}})});
            QCOMPARE(edit.outcome(0), QStringLiteral("applied"));
            expected.insert(edited,
                            qint64(edit.results()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("version"))
                                           .toDouble()));
            ++writes;
            continue;
        }
        if (!page.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(latest.value(it.key()), it.value());
}

void tst_SyncProtocol::stageMoveOfHiredApplication()
{
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const QString req = newId();
    const QString cand = newId();
    const QString app = newId();
    create(rita,
           QStringLiteral("requisition"),
           requisition(req, QStringLiteral("Stage"), QStringLiteral("Sales")));
    create(rita, QStringLiteral("candidate"), candidate(cand, QStringLiteral("Stage Person")));
    const qint64 base = create(rita,
                               QStringLiteral("application"),
                               application(app, cand, req, QStringLiteral("offer")));
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("application"),
                            app,
                            QStringLiteral("update"),
                            base,
                            {{QStringLiteral("stage"), QStringLiteral("hired")}})})
                     .outcome(0),
             QStringLiteral("applied"));
    // A stale move of the (now hired) application from another device.
    const Reply stale = push(rob,
                             {mutation(QStringLiteral("application"),
                                       app,
                                       QStringLiteral("update"),
                                       base,
                                       {{QStringLiteral("stage"), QStringLiteral("onsite")}})});
    QCOMPARE(stale.outcome(0), QStringLiteral("conflict"));
    // Even with an up-to-date base, an impossible move is a conflict.
    const qint64 now = qint64(current(rita, QStringLiteral("application"), app)
                                      .value(QStringLiteral("version"))
                                      .toDouble());
    const Reply illegal
            = push(rob,
                   {mutation(QStringLiteral("application"),
                             app,
                             QStringLiteral("update"),
                             now,
                             {{QStringLiteral("stage"), QStringLiteral("recruiter_screen")}})});
    QCOMPARE(illegal.outcome(0), QStringLiteral("conflict"));
    const QString conflictId
            = illegal.results().at(0).toObject().value(QStringLiteral("conflict_id")).toString();
    QCOMPARE(current(rita, QStringLiteral("conflict"), conflictId)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
             QStringLiteral("stage_move"));
    QCOMPARE(current(rita, QStringLiteral("application"), app)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("stage"))
                     .toString(),
             QStringLiteral("hired"));
}

void tst_SyncProtocol::notesAppendOnly()
{
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const QString app = newId();
    const QString n1 = newId();
    const QString n2 = newId();
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("note"),
                            n1,
                            QStringLiteral("insert"),
                            0,
                            note(n1, app, QStringLiteral("first")))})
                     .outcome(0),
             QStringLiteral("applied"));
    QCOMPARE(push(rob,
                  {mutation(QStringLiteral("note"),
                            n2,
                            QStringLiteral("insert"),
                            0,
                            note(n2, app, QStringLiteral("second")))})
                     .outcome(0),
             QStringLiteral("applied"));
    const Reply edit = push(rob,
                            {mutation(QStringLiteral("note"),
                                      n1,
                                      QStringLiteral("update"),
                                      1,
                                      {{QStringLiteral("text"), QStringLiteral("changed")}})});
    QCOMPARE(edit.outcome(0), QStringLiteral("rejected"));
    QCOMPARE(edit.results().at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("append_only"));
}

void tst_SyncProtocol::childOfDeletedParent()
{
    // Scenario 17: a child in a later batch than its parent is fine; a child whose parent was
    // deleted meanwhile is kept and recorded as a conflict, resolvable either way.
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const QString req = newId();
    const QString cand = newId();
    const QString app = newId();
    // Child first, parents in a later batch.
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("application"),
                            app,
                            QStringLiteral("insert"),
                            0,
                            application(app, cand, req))})
                     .outcome(0),
             QStringLiteral("applied"));
    const qint64 reqVersion
            = create(rita,
                     QStringLiteral("requisition"),
                     requisition(req, QStringLiteral("Parent"), QStringLiteral("Sales")));
    create(rita, QStringLiteral("candidate"), candidate(cand, QStringLiteral("Parent Person")));
    // Rob deletes the requisition; Rita, offline, adds a second application and a note.
    QCOMPARE(push(rob,
                  {mutation(QStringLiteral("requisition"),
                            req,
                            QStringLiteral("delete"),
                            reqVersion,
                            {})})
                     .outcome(0),
             QStringLiteral("applied"));
    const QString orphan = newId();
    const Reply late = push(rita,
                            {mutation(QStringLiteral("application"),
                                      orphan,
                                      QStringLiteral("insert"),
                                      0,
                                      application(orphan, cand, req))});
    QCOMPARE(late.status, 200);
    QCOMPARE(late.outcome(0), QStringLiteral("conflict"));
    QCOMPARE(current(rita, QStringLiteral("application"), orphan)
                     .value(QStringLiteral("op"))
                     .toString(),
             QStringLiteral("upsert"));
    const QString first
            = late.results().at(0).toObject().value(QStringLiteral("conflict_id")).toString();
    const QJsonObject conflict = current(rita, QStringLiteral("conflict"), first)
                                         .value(QStringLiteral("data"))
                                         .toObject();
    QCOMPARE(conflict.value(QStringLiteral("kind")).toString(), QStringLiteral("parent_deleted"));
    QCOMPARE(conflict.value(QStringLiteral("entity")).toString(), QStringLiteral("requisition"));
    QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("requisition_id"));
    // Restoring the parent brings the requisition back.
    const Reply restored = send("POST",
                                m_server.url(QStringLiteral("/v1/conflicts/%1/resolve").arg(first)),
                                R"({"resolution":"client"})",
                                {{"Authorization", "Bearer " + rob.token}});
    QCOMPARE(restored.status, 200);
    QCOMPARE(current(rita, QStringLiteral("requisition"), req)
                     .value(QStringLiteral("op"))
                     .toString(),
             QStringLiteral("upsert"));

    // Deleted again; this time the orphan is dropped.
    const qint64 now = qint64(current(rita, QStringLiteral("requisition"), req)
                                      .value(QStringLiteral("version"))
                                      .toDouble());
    QCOMPARE(push(rob,
                  {mutation(QStringLiteral("requisition"), req, QStringLiteral("delete"), now, {})})
                     .outcome(0),
             QStringLiteral("applied"));
    const QString another = newId();
    const Reply again = push(rita,
                             {mutation(QStringLiteral("application"),
                                       another,
                                       QStringLiteral("insert"),
                                       0,
                                       application(another, cand, req))});
    QCOMPARE(again.outcome(0), QStringLiteral("conflict"));
    const QString second
            = again.results().at(0).toObject().value(QStringLiteral("conflict_id")).toString();
    const Reply dropped = send("POST",
                               m_server.url(QStringLiteral("/v1/conflicts/%1/resolve").arg(second)),
                               R"({"resolution":"server"})",
                               {{"Authorization", "Bearer " + rob.token}});
    QCOMPARE(dropped.status, 200);
    QCOMPARE(current(rita, QStringLiteral("application"), another)
                     .value(QStringLiteral("op"))
                     .toString(),
             QStringLiteral("delete"));
    QCOMPARE(current(rita, QStringLiteral("requisition"), req)
                     .value(QStringLiteral("op"))
                     .toString(),
             QStringLiteral("delete"));
}

void tst_SyncProtocol::syncMetrics()
{
    // By now the earlier tests pushed, pulled and made conflicts.
    const Reply metrics = send("GET", m_server.url(QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200);
    for (const QByteArray &name : {QByteArrayLiteral("reqdesk_sync_mutations_pushed_total"),
                                   QByteArrayLiteral("reqdesk_sync_rows_pulled_total"),
                                   QByteArrayLiteral("reqdesk_sync_conflicts_total")}) {
        const qsizetype at = metrics.body.indexOf(QByteArray("\n" + name + ' '));
        QVERIFY2(at >= 0, name.constData());
        const QByteArray line
                = metrics.body.mid(at + 1, metrics.body.indexOf('\n', at + 1) - at - 1);
        QVERIFY2(line.split(' ').last().toLongLong() > 0, line.constData());
    }
}

void tst_SyncProtocol::validationRejectsOneMutation()
{
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const QString id = newId();
    const qint64 base = create(rita,
                               QStringLiteral("requisition"),
                               requisition(id, QStringLiteral("Valid"), QStringLiteral("Sales")));
    QJsonObject unknown = requisition(newId(), QStringLiteral("Bad"), QStringLiteral("Sales"));
    unknown.insert(QStringLiteral("nickname"), QStringLiteral("x"));
    const QString goodId = newId();
    const Reply reply = push(
            rita,
            {mutation(QStringLiteral("requisition"),
                      id,
                      QStringLiteral("update"),
                      base,
                      {{QStringLiteral("headcount"), QStringLiteral("three")}}),
             mutation(QStringLiteral("requisition"),
                      unknown.value(QStringLiteral("id")).toString(),
                      QStringLiteral("insert"),
                      0,
                      unknown),
             mutation(QStringLiteral("widget"), newId(), QStringLiteral("insert"), 0, {}),
             mutation(QStringLiteral("requisition"),
                      goodId,
                      QStringLiteral("insert"),
                      0,
                      requisition(goodId, QStringLiteral("Good"), QStringLiteral("Sales")))});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.outcome(0), QStringLiteral("rejected"));
    QCOMPARE(reply.results().at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid"));
    QVERIFY(reply.results()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("headcount")));
    QCOMPARE(reply.outcome(1), QStringLiteral("rejected"));
    QVERIFY(reply.results()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("nickname")));
    QCOMPARE(reply.outcome(2), QStringLiteral("rejected"));
    QCOMPARE(reply.outcome(3), QStringLiteral("applied"));
    // A malformed envelope is a batch error.
    const Reply bad = send("POST",
                           m_server.url(QStringLiteral("/v1/sync/push")),
                           R"({"mutations":5})",
                           {{"Authorization", "Bearer " + rita.token}});
    QCOMPARE(bad.status, 400);
}

void tst_SyncProtocol::limitsAndGzip()
{
    const Session &rita = m_sessions[QStringLiteral("rita")];
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(mutation(QStringLiteral("note"), newId(), QStringLiteral("insert"), 0, {}));
    const Reply many = push(rita, tooMany);
    QCOMPARE(many.status, 413);
    QCOMPARE(many.errorCode(), QStringLiteral("payload_too_large"));

    // A gzip request body.
    const QString id = newId();
    const QJsonObject body{
            {QStringLiteral("mutations"),
             QJsonArray{mutation(
                     QStringLiteral("requisition"),
                     id,
                     QStringLiteral("insert"),
                     0,
                     requisition(id, QStringLiteral("Zipped"), QStringLiteral("Sales")))}}};
    const Reply zipped
            = send("POST",
                   m_server.url(QStringLiteral("/v1/sync/push")),
                   gzip(QJsonDocument(body).toJson()),
                   {{"Authorization", "Bearer " + rita.token}, {"Content-Encoding", "gzip"}});
    QCOMPARE(zipped.status, 200);
    QCOMPARE(zipped.outcome(0), QStringLiteral("applied"));
    // A small body that inflates past the cap: refused without inflating it all.
    const QByteArray bomb = gzip(QByteArray(3 * 1024 * 1024, ' '));
    QVERIFY(bomb.size() < 64 * 1024);
    const Reply boom
            = send("POST",
                   m_server.url(QStringLiteral("/v1/sync/push")),
                   bomb,
                   {{"Authorization", "Bearer " + rita.token}, {"Content-Encoding", "gzip"}});
    QCOMPARE(boom.status, 413);
    const Reply other
            = send("POST",
                   m_server.url(QStringLiteral("/v1/sync/push")),
                   "{}",
                   {{"Authorization", "Bearer " + rita.token}, {"Content-Encoding", "br"}});
    QCOMPARE(other.status, 415);

    // A gzip response when asked for (set by hand, so QNetworkAccessManager leaves it alone).
    const Reply plain = get(rita, QStringLiteral("/v1/sync/changes?cursor=0&limit=50"));
    QCOMPARE(plain.status, 200);
    const Reply compressed
            = send("GET",
                   QUrl(m_server.url(QStringLiteral("/v1/sync/changes")).toString()
                        + QStringLiteral("?cursor=0&limit=50")),
                   {},
                   {{"Authorization", "Bearer " + rita.token}, {"Accept-Encoding", "gzip"}});
    QCOMPARE(compressed.status, 200);
    QCOMPARE(compressed.headers.value("content-encoding"), QByteArray("gzip"));
    QVERIFY(compressed.body.size() < plain.body.size());
    QCOMPARE(QJsonDocument::fromJson(gunzip(compressed.body)).object(), plain.json);

    // Page size is capped at 500.
    const Reply big = get(rita, QStringLiteral("/v1/sync/changes?cursor=0&limit=100000"));
    QCOMPARE(big.status, 200);
    QVERIFY(big.json.value(QStringLiteral("changes")).toArray().size() <= 500);
    QCOMPARE(get(rita, QStringLiteral("/v1/sync/changes?cursor=abc")).status, 400);
    QCOMPARE(get(rita, QStringLiteral("/v1/sync/changes?cursor=99999999")).errorCode(),
             QStringLiteral("cursor_ahead"));
}

void tst_SyncProtocol::snapshotAndChecksum()
{
    const Session &rob = m_sessions[QStringLiteral("rob")];
    const Reply first = get(rob, QStringLiteral("/v1/sync/snapshot?entity=requisition&limit=4"));
    QCOMPARE(first.status, 200);
    const QString startCursor = first.json.value(QStringLiteral("cursor")).toString();
    QStringList ids;
    QHash<QString, qint64> versions;
    Reply page = first;
    for (int guard = 0; guard < 1000; ++guard) {
        for (const QJsonValue &record : page.json.value(QStringLiteral("records")).toArray()) {
            ids << record.toObject().value(QStringLiteral("id")).toString();
            versions.insert(ids.last(),
                            qint64(record.toObject().value(QStringLiteral("version")).toDouble()));
        }
        if (!page.json.value(QStringLiteral("has_more")).toBool())
            break;
        page = get(rob,
                   QStringLiteral("/v1/sync/snapshot?entity=requisition&limit=4&after=%1")
                           .arg(page.json.value(QStringLiteral("next_after")).toString()));
        QCOMPARE(page.status, 200);
    }
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    // The checksum of the same state matches one computed from the snapshot.
    const Reply sum = get(rob, QStringLiteral("/v1/sync/checksum"));
    QCOMPARE(sum.status, 200);
    QCOMPARE(sum.json.value(QStringLiteral("cursor")).toString(), startCursor);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &id : std::as_const(ids))
        hash.addData(QStringLiteral("%1:%2\n").arg(id).arg(versions.value(id)).toUtf8());
    const QJsonObject requisitions = sum.json.value(QStringLiteral("entities"))
                                             .toObject()
                                             .value(QStringLiteral("requisition"))
                                             .toObject();
    QCOMPARE(requisitions.value(QStringLiteral("count")).toInt(), ids.size());
    QCOMPARE(requisitions.value(QStringLiteral("hash")).toString(),
             QString::fromLatin1(hash.result().toHex()));
    QCOMPARE(get(rob, QStringLiteral("/v1/sync/snapshot?entity=widget")).status, 400);
}

void tst_SyncProtocol::authorisationMatrix_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("org"); // the requisition's org
    QTest::addColumn<bool>("canRead");
    QTest::addColumn<bool>("canWriteRequisition");
    QTest::addColumn<bool>("canMoveApplication");
    QTest::addColumn<bool>("canAddNote");

    const QString own = QStringLiteral("Engineering");
    const QString foreign = QStringLiteral("Finance");
    QTest::newRow("admin own") << "ada" << own << true << true << true << true;
    QTest::newRow("admin foreign") << "ada" << foreign << true << true << true << true;
    QTest::newRow("recruiter own") << "rob" << own << true << true << true << true;
    QTest::newRow("recruiter foreign") << "rob" << foreign << true << true << true << true;
    QTest::newRow("hiring manager own") << "hank" << own << true << false << true << true;
    QTest::newRow("hiring manager foreign")
            << "hank" << foreign << false << false << false << false;
    QTest::newRow("viewer own") << "vic" << own << true << false << false << false;
    QTest::newRow("viewer foreign") << "vic" << foreign << true << false << false << false;
}

void tst_SyncProtocol::authorisationMatrix()
{
    QFETCH(QString, user);
    QFETCH(QString, org);
    QFETCH(bool, canRead);
    QFETCH(bool, canWriteRequisition);
    QFETCH(bool, canMoveApplication);
    QFETCH(bool, canAddNote);
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &who = m_sessions[user];
    const QString req = newId();
    const QString cand = newId();
    const QString app = newId();
    const qint64 reqVersion = create(
            rita, QStringLiteral("requisition"), requisition(req, QStringLiteral("Matrix"), org));
    create(rita, QStringLiteral("candidate"), candidate(cand, QStringLiteral("Matrix Person")));
    const qint64 appVersion
            = create(rita, QStringLiteral("application"), application(app, cand, req));

    // Reads: the changes feed and the snapshot.
    QString cursor = QStringLiteral("0");
    QHash<QString, QString> ops;
    for (const QJsonObject &change : pullAll(who, cursor))
        ops.insert(change.value(QStringLiteral("id")).toString(),
                   change.value(QStringLiteral("op")).toString());
    for (const QString &id : {req, cand, app})
        QCOMPARE(ops.value(id), canRead ? QStringLiteral("upsert") : QStringLiteral("delete"));
    bool inSnapshot = false;
    QString after;
    for (int guard = 0; guard < 1000; ++guard) {
        const Reply page = get(
                who,
                QStringLiteral("/v1/sync/snapshot?entity=application&limit=500%1")
                        .arg(after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        for (const QJsonValue &record : page.json.value(QStringLiteral("records")).toArray())
            inSnapshot
                    = inSnapshot || record.toObject().value(QStringLiteral("id")).toString() == app;
        if (!page.json.value(QStringLiteral("has_more")).toBool())
            break;
        after = page.json.value(QStringLiteral("next_after")).toString();
    }
    QCOMPARE(inSnapshot, canRead);

    // Writes.
    const Reply writeReq = push(who,
                                {mutation(QStringLiteral("requisition"),
                                          req,
                                          QStringLiteral("update"),
                                          reqVersion,
                                          {{QStringLiteral("team"), QStringLiteral("Platform")}})});
    QCOMPARE(writeReq.outcome(0),
             canWriteRequisition ? QStringLiteral("applied") : QStringLiteral("rejected"));
    const Reply move = push(who,
                            {mutation(QStringLiteral("application"),
                                      app,
                                      QStringLiteral("update"),
                                      appVersion,
                                      {{QStringLiteral("stage"), QStringLiteral("onsite")}})});
    QCOMPARE(move.outcome(0),
             canMoveApplication ? QStringLiteral("applied") : QStringLiteral("rejected"));
    const QString noteId = newId();
    const Reply added = push(who,
                             {mutation(QStringLiteral("note"),
                                       noteId,
                                       QStringLiteral("insert"),
                                       0,
                                       note(noteId, app, QStringLiteral("matrix")))});
    QCOMPARE(added.outcome(0), canAddNote ? QStringLiteral("applied") : QStringLiteral("rejected"));
    if (!canAddNote) {
        const QString code
                = added.results().at(0).toObject().value(QStringLiteral("code")).toString();
        QVERIFY(code == QLatin1String("permission_denied") || code == QLatin1String("read_only"));
    }
    const Reply remove = push(
            who, {mutation(QStringLiteral("candidate"), cand, QStringLiteral("delete"), 0, {})});
    QCOMPARE(remove.outcome(0) == QLatin1String("rejected"), !canWriteRequisition);
}

void tst_SyncProtocol::redaction()
{
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const QString req = newId();
    const QString cand = newId();
    const QString app = newId();
    create(rita,
           QStringLiteral("requisition"),
           requisition(req, QStringLiteral("Redact"), QStringLiteral("Engineering")));
    create(rita, QStringLiteral("candidate"), candidate(cand, QStringLiteral("Private Person")));
    create(rita, QStringLiteral("application"), application(app, cand, req));
    // Hiring managers: no contact details.
    const QJsonObject forHank
            = current(m_sessions[QStringLiteral("hank")], QStringLiteral("candidate"), cand);
    QCOMPARE(forHank.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QVERIFY(!forHank.value(QStringLiteral("data")).toObject().contains(QStringLiteral("emails")));
    QVERIFY(!forHank.value(QStringLiteral("data")).toObject().contains(QStringLiteral("phones")));
    QVERIFY(forHank.value(QStringLiteral("redacted")).toArray().contains(QStringLiteral("emails")));
    QVERIFY(!QJsonDocument(forHank).toJson().contains("example.test"));
    // Viewers: no bands unless granted.
    const QJsonObject forVic
            = current(m_sessions[QStringLiteral("vic")], QStringLiteral("requisition"), req);
    QVERIFY(!forVic.value(QStringLiteral("data")).toObject().contains(QStringLiteral("bands")));
    const QJsonObject forVal
            = current(m_sessions[QStringLiteral("val")], QStringLiteral("requisition"), req);
    QCOMPARE(forVal.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("bands"))
                     .toArray()
                     .size(),
             1);
    QCOMPARE(get(m_sessions[QStringLiteral("vic")], QStringLiteral("/v1/sync/meta"))
                     .json.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("pay_access"))
                     .toBool(),
             false);
    QCOMPARE(get(m_sessions[QStringLiteral("val")], QStringLiteral("/v1/sync/meta"))
                     .json.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("pay_access"))
                     .toBool(),
             true);
    // Snapshot too.
    const Reply snapshot = get(m_sessions[QStringLiteral("vic")],
                               QStringLiteral("/v1/sync/snapshot?entity=requisition"));
    for (const QJsonValue &record : snapshot.json.value(QStringLiteral("records")).toArray())
        QVERIFY(!record.toObject().contains(QStringLiteral("bands")));
}

void tst_SyncProtocol::visibilityFollowsParents()
{
    // A hiring manager's view of a candidate follows the candidate's applications, and a
    // requisition moving to another org takes its pipeline along (as removals).
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const Session &hank = m_sessions[QStringLiteral("hank")];
    QString cursor = get(hank, QStringLiteral("/v1/sync/meta"))
                             .json.value(QStringLiteral("cursor"))
                             .toString();
    const QString req = newId();
    const QString cand = newId();
    const QString app = newId();
    const QString noteId = newId();
    const qint64 reqVersion
            = create(rita,
                     QStringLiteral("requisition"),
                     requisition(req, QStringLiteral("Moves"), QStringLiteral("Engineering")));
    create(rita, QStringLiteral("candidate"), candidate(cand, QStringLiteral("Early Bird")));
    create(rita,
           QStringLiteral("note"),
           note(noteId, app, QStringLiteral("before its application")));
    QHash<QString, QString> ops;
    const auto pull = [&] {
        for (const QJsonObject &change : pullAll(hank, cursor))
            ops.insert(change.value(QStringLiteral("id")).toString(),
                       change.value(QStringLiteral("op")).toString());
    };
    pull();
    QCOMPARE(ops.value(cand), QStringLiteral("delete"));
    QCOMPARE(ops.value(noteId), QStringLiteral("delete"));
    create(rita, QStringLiteral("application"), application(app, cand, req));
    pull();
    QCOMPARE(ops.value(cand), QStringLiteral("upsert"));
    QCOMPARE(ops.value(noteId), QStringLiteral("upsert"));
    QCOMPARE(ops.value(app), QStringLiteral("upsert"));
    // The requisition moves to Finance: everything hanging off it leaves Hank's view.
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("requisition"),
                            req,
                            QStringLiteral("update"),
                            reqVersion,
                            {{QStringLiteral("org"), QStringLiteral("Finance")}})})
                     .outcome(0),
             QStringLiteral("applied"));
    pull();
    for (const QString &id : {req, cand, app, noteId})
        QCOMPARE(ops.value(id), QStringLiteral("delete"));
}

void tst_SyncProtocol::purgeHorizon()
{
    const Session &rita = m_sessions[QStringLiteral("rita")];
    const QString before = get(rita, QStringLiteral("/v1/sync/meta"))
                                   .json.value(QStringLiteral("cursor"))
                                   .toString();
    const QString id = newId();
    const qint64 base = create(rita,
                               QStringLiteral("requisition"),
                               requisition(id, QStringLiteral("Purged"), QStringLiteral("Sales")));
    QCOMPARE(push(rita,
                  {mutation(QStringLiteral("requisition"), id, QStringLiteral("delete"), base, {})})
                     .outcome(0),
             QStringLiteral("applied"));
    QByteArray out;
    QCOMPARE(adminWith({QStringLiteral("--data"), m_data},
                       {QStringLiteral("sync"),
                        QStringLiteral("purge"),
                        QStringLiteral("--tombstone-days"),
                        QStringLiteral("0")},
                       {},
                       &out),
             0);
    QVERIFY2(out.contains("purged"), out.constData());
    const Reply old = get(rita, QStringLiteral("/v1/sync/changes?cursor=%1").arg(before));
    QCOMPARE(old.status, 410);
    QCOMPARE(old.errorCode(), QStringLiteral("cursor_expired"));
    const QString horizon = get(rita, QStringLiteral("/v1/sync/meta"))
                                    .json.value(QStringLiteral("purge_horizon"))
                                    .toString();
    QCOMPARE(get(rita, QStringLiteral("/v1/sync/changes?cursor=%1").arg(horizon)).status, 200);
}

void tst_SyncProtocol::restoreRenewsEpoch()
{
    // Scenario 9: a restore from backup makes versions go backwards; the new epoch shows it.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("restore"));
    const QStringList store{QStringLiteral("--data"), data};
    QCOMPARE(adminWith(store,
                       {QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("rae"),
                        QStringLiteral("--role"),
                        QStringLiteral("recruiter")},
                       "pass-rae-long\n"),
             0);
    ServerProcess server;
    QVERIFY(server.startWith(store));
    const Session rae = login(server, QStringLiteral("rae"));
    const QString first = newId();
    QCOMPARE(push(rae,
                  {mutation(QStringLiteral("requisition"),
                            first,
                            QStringLiteral("insert"),
                            0,
                            requisition(first, QStringLiteral("Kept"), QStringLiteral("Sales")))},
                  &server)
                     .outcome(0),
             QStringLiteral("applied"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    QByteArray out;
    QCOMPARE(
            adminWith(store, {QStringLiteral("backup"), QStringLiteral("--out"), backup}, {}, &out),
            0); // while serving
    const QString second = newId();
    QCOMPARE(push(rae,
                  {mutation(QStringLiteral("requisition"),
                            second,
                            QStringLiteral("insert"),
                            0,
                            requisition(second, QStringLiteral("Lost"), QStringLiteral("Sales")))},
                  &server)
                     .outcome(0),
             QStringLiteral("applied"));
    const Reply before = get(rae, QStringLiteral("/v1/sync/meta"), &server);
    const QByteArray oldEpoch = before.json.value(QStringLiteral("epoch")).toString().toLatin1();
    const QString oldCursor = before.json.value(QStringLiteral("cursor")).toString();
    // A restore needs the server stopped.
    QCOMPARE(
            adminWith(
                    store, {QStringLiteral("restore"), QStringLiteral("--from"), backup}, {}, &out),
            3);
    server.stop();
    QCOMPARE(
            adminWith(
                    store, {QStringLiteral("restore"), QStringLiteral("--from"), backup}, {}, &out),
            0);
    QVERIFY(server.startWith(store));
    const Session again = login(server, QStringLiteral("rae"));
    const Reply after = get(again, QStringLiteral("/v1/sync/meta"), &server);
    QVERIFY(after.json.value(QStringLiteral("epoch")).toString().toLatin1() != oldEpoch);
    // The old epoch is refused; an old cursor beyond the restored head is refused too.
    const Reply stale
            = send("GET",
                   server.url(QStringLiteral("/v1/sync/changes")),
                   {},
                   {{"Authorization", "Bearer " + again.token}, {"X-Reqdesk-Epoch", oldEpoch}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), QStringLiteral("epoch_mismatch"));
    QCOMPARE(get(again, QStringLiteral("/v1/sync/changes?cursor=%1").arg(oldCursor), &server)
                     .errorCode(),
             QStringLiteral("cursor_ahead"));
    // The restored data: the first record is there, the second is not; re-pushing it works.
    QStringList ids;
    for (const QJsonValue &r :
         get(again, QStringLiteral("/v1/sync/snapshot?entity=requisition"), &server)
                 .json.value(QStringLiteral("records"))
                 .toArray())
        ids << r.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(ids.contains(first));
    QVERIFY(!ids.contains(second));
    QCOMPARE(push(again,
                  {mutation(QStringLiteral("requisition"),
                            second,
                            QStringLiteral("insert"),
                            0,
                            requisition(second, QStringLiteral("Lost"), QStringLiteral("Sales")))},
                  &server)
                     .outcome(0),
             QStringLiteral("applied"));
}

void tst_SyncProtocol::postgresConcurrentWritersNeverSkip()
{
    // Scenario 20: two server processes on one PostgreSQL database, many concurrent writers,
    // a reader paging meanwhile: no change is ever skipped. This is the test of the change
    // counter row: with a plain sequence a lower value can commit after the reader passed it.
    PgTestCluster cluster;
    if (!cluster.start())
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL: %1").arg(cluster.why())));
    const QStringList store{QStringLiteral("--database"), cluster.url()};
    QCOMPARE(adminWith(store,
                       {QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("pia"),
                        QStringLiteral("--role"),
                        QStringLiteral("recruiter")},
                       "pass-pia-long\n"),
             0);
    ServerProcess a;
    ServerProcess b;
    QVERIFY(a.startWith(store));
    QVERIFY(b.startWith(store));
    const Session onA = login(a, QStringLiteral("pia"));
    const Session onB = login(b, QStringLiteral("pia"));

    // Fire every push at once (QNetworkAccessManager opens several connections per server;
    // each server runs three workers), then page through changes while they land.
    QSet<QString> written;
    int pending = 0;
    QList<QNetworkReply *> replies;
    for (int batch = 0; batch < 24; ++batch) {
        QJsonArray mutations;
        for (int i = 0; i < 5; ++i) {
            const QString id = newId();
            written.insert(id);
            mutations.append(mutation(QStringLiteral("candidate"),
                                      id,
                                      QStringLiteral("insert"),
                                      0,
                                      candidate(id, QStringLiteral("Concurrent"))));
        }
        ServerProcess &server = batch % 2 ? b : a;
        const Session &session = batch % 2 ? onB : onA;
        QNetworkRequest request(server.url(QStringLiteral("/v1/sync/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + session.token);
        QNetworkReply *reply = m_network.post(
                request,
                QJsonDocument(QJsonObject{{QStringLiteral("mutations"), mutations}}).toJson());
        ++pending;
        connect(reply, &QNetworkReply::finished, this, [&pending] { --pending; });
        replies.append(reply);
    }
    QString cursor = QStringLiteral("0");
    QSet<QString> seen;
    for (int guard = 0; guard < 20000; ++guard) {
        const bool writersDone = pending == 0;
        const Reply page = get(onA,
                               QStringLiteral("/v1/sync/changes?cursor=%1&limit=7").arg(cursor),
                               guard % 2 ? &b : &a);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray()) {
            const QString id = change.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), "a change arrived twice");
            seen.insert(id);
        }
        cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        if (writersDone && !page.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(seen.size(), written.size());
    QCOMPARE(seen, written);
}

QTEST_GUILESS_MAIN(tst_SyncProtocol)
#include "tst_syncprotocol.moc"
