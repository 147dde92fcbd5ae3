// SyncService::changesPage (the route's fast path: stored JSON copied into the page) against
// SyncService::changes (built as objects, parsed and redacted row by row) over one SQLite
// database with every kind of row: live and deleted records of each entity, conflicts, records
// of two orgs. For every role the two must give the same JSON; for roles that see everything
// the same bytes; for viewers and hiring managers the fields must still be gone.

#include "server/httpcompression.h"
#include "server/sqlserverstorage.h"
#include "server/syncservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk::Server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject fixture(const char *name)
{
    QFile file(QStringLiteral(REQDESK_TEST_DATA_DIR "/wire/%1.json").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
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

} // namespace

class tst_SyncService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageMatchesReference_data();
    void pageMatchesReference();
    void adminPageIsTheSameBytes();
    void viewerPageStaysRedacted();
    void hiringManagerPageIsFiltered();
    void cachedPagesFollowTheHead();
    void cachedPageIsCompressedOnce();

private:
    Principal principal(const QString &name) const;
    /// Pushes one mutation as the admin; the record's version after it.
    qint64 push(const QJsonObject &mutation);
    QJsonObject fastPage(const QString &name, const QString &cursor, const QString &limit);
    QJsonObject referencePage(const QString &name, const QString &cursor, const QString &limit);

    QTemporaryDir m_dir;
    std::unique_ptr<SqlServerStorage> m_storage;
    SyncService m_sync;
    QHash<QString, Principal> m_principals;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void tst_SyncService::initTestCase()
{
    auto storage = SqlServerStorage::openSqlite(m_dir.filePath(QStringLiteral("server.sqlite")),
                                                QStringLiteral("tst_syncservice"));
    QVERIFY(storage);
    m_storage = std::move(storage).value();
    QVERIFY(m_storage->migrate());
    const QList<NewUser> users{
            {QStringLiteral("ada"), Role::Admin, QString(), QStringLiteral("x")},
            {QStringLiteral("rita"), Role::Recruiter, QString(), QStringLiteral("x")},
            {QStringLiteral("vic"), Role::Viewer, QString(), QStringLiteral("x")},
            {QStringLiteral("val"), Role::Viewer, QString(), QStringLiteral("x")},
            {QStringLiteral("hank"),
             Role::HiringManager,
             QStringLiteral("Cloud"),
             QStringLiteral("x")},
    };
    for (const NewUser &user : users)
        QVERIFY(m_storage->createUser(user, m_now));
    QVERIFY(m_storage->setPayAccess(QStringLiteral("val"), true));
    for (const NewUser &user : users) {
        const auto found = m_storage->findUserByName(user.name);
        QVERIFY(found && found->has_value());
        m_principals.insert(user.name,
                            Principal{**found, QUuid::createUuid(), QUuid::createUuid()});
    }

    // Two orgs, each with a requisition (pay bands), a candidate (contacts), an application
    // (expected salary) and a note; then a deleted candidate and conflicts on a plain field and
    // on a pay field.
    QHash<QString, QString> requisitions;
    for (const QString &org : {QStringLiteral("Cloud"), QStringLiteral("Retail")}) {
        QJsonObject requisition = fixture("requisition");
        QVERIFY(!requisition.isEmpty());
        const QString requisitionId = newId();
        requisition.insert(QStringLiteral("id"), requisitionId);
        requisition.insert(QStringLiteral("org"), org);
        requisition.insert(QStringLiteral("title"), QStringLiteral("Engineer, \"%1\"").arg(org));
        QJsonArray bands = requisition.value(QStringLiteral("bands")).toArray();
        QJsonObject band = bands.at(0).toObject();
        band.insert(QStringLiteral("id"), newId());
        bands.replace(0, band);
        requisition.insert(QStringLiteral("bands"), bands);
        QVERIFY(push(mutation(QStringLiteral("requisition"),
                              requisitionId,
                              QStringLiteral("insert"),
                              0,
                              requisition))
                > 0);
        requisitions.insert(org, requisitionId);

        const QString candidateId = newId();
        const QJsonObject candidate{
                {QStringLiteral("id"), candidateId},
                {QStringLiteral("name"), QStringLiteral("Zoë Ünal (%1)").arg(org)},
                {QStringLiteral("emails"), QJsonArray{QStringLiteral("zoe@example.test")}},
                {QStringLiteral("phones"), QJsonArray{QStringLiteral("+1 555 0100")}},
                {QStringLiteral("links"), QJsonArray()},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("tab\there")}},
                {QStringLiteral("source"), QStringLiteral("referral")},
                {QStringLiteral("created_at"), QJsonValue::Null},
                {QStringLiteral("updated_at"), QJsonValue::Null},
                {QStringLiteral("version"), 0}};
        QVERIFY(push(mutation(QStringLiteral("candidate"),
                              candidateId,
                              QStringLiteral("insert"),
                              0,
                              candidate))
                > 0);

        QJsonObject application = fixture("application");
        const QString applicationId = newId();
        application.insert(QStringLiteral("id"), applicationId);
        application.insert(QStringLiteral("candidate_id"), candidateId);
        application.insert(QStringLiteral("requisition_id"), requisitionId);
        QVERIFY(push(mutation(QStringLiteral("application"),
                              applicationId,
                              QStringLiteral("insert"),
                              0,
                              application))
                > 0);

        QJsonObject note = fixture("note");
        const QString noteId = newId();
        note.insert(QStringLiteral("id"), noteId);
        note.insert(QStringLiteral("application_id"), applicationId);
        QVERIFY(push(mutation(QStringLiteral("note"), noteId, QStringLiteral("insert"), 0, note))
                > 0);
    }

    const QString goneId = newId();
    const QJsonObject gone{{QStringLiteral("id"), goneId},
                           {QStringLiteral("name"), QStringLiteral("Gone")},
                           {QStringLiteral("emails"), QJsonArray()},
                           {QStringLiteral("phones"), QJsonArray()},
                           {QStringLiteral("links"), QJsonArray()},
                           {QStringLiteral("tags"), QJsonArray()},
                           {QStringLiteral("source"), QString()},
                           {QStringLiteral("created_at"), QJsonValue::Null},
                           {QStringLiteral("updated_at"), QJsonValue::Null},
                           {QStringLiteral("version"), 0}};
    const qint64 goneVersion = push(
            mutation(QStringLiteral("candidate"), goneId, QStringLiteral("insert"), 0, gone));
    QVERIFY(goneVersion > 0);
    QVERIFY(push(mutation(
                    QStringLiteral("candidate"), goneId, QStringLiteral("delete"), goneVersion, {}))
            > 0);

    // Conflicts: two edits from the same base, on the title and on the bands.
    const QString cloud = requisitions.value(QStringLiteral("Cloud"));
    const auto current
            = m_storage->findRecord(m_principals.value(QStringLiteral("ada")).user.tenantId,
                                    QStringLiteral("requisition"),
                                    QUuid::fromString(cloud));
    QVERIFY(current && current->has_value());
    const qint64 base = (*current)->version;
    QJsonArray otherBands = (*current)->data.value(QStringLiteral("bands")).toArray();
    QJsonObject band = otherBands.at(0).toObject();
    band.insert(QStringLiteral("max_minor"), 17000000);
    otherBands.replace(0, band);
    QVERIFY(push(mutation(QStringLiteral("requisition"),
                          cloud,
                          QStringLiteral("update"),
                          base,
                          {{QStringLiteral("title"), QStringLiteral("Staff Engineer")},
                           {QStringLiteral("bands"), otherBands}}))
            > 0);
    band.insert(QStringLiteral("max_minor"), 18000000);
    otherBands.replace(0, band);
    QVERIFY(push(mutation(QStringLiteral("requisition"),
                          cloud,
                          QStringLiteral("update"),
                          base,
                          {{QStringLiteral("title"), QStringLiteral("Principal Engineer")},
                           {QStringLiteral("bands"), otherBands}}))
            > 0);
}

void tst_SyncService::cleanupTestCase()
{
    m_storage.reset();
}

Principal tst_SyncService::principal(const QString &name) const
{
    return m_principals.value(name);
}

qint64 tst_SyncService::push(const QJsonObject &mutation)
{
    const auto result
            = m_sync.push(principal(QStringLiteral("ada")),
                          QJsonObject{{QStringLiteral("mutations"), QJsonArray{mutation}}},
                          *m_storage,
                          m_now);
    if (!result)
        return -1;
    const QJsonObject outcome = result->value(QStringLiteral("results")).toArray().at(0).toObject();
    const QString kind = outcome.value(QStringLiteral("outcome")).toString();
    if (kind != QLatin1String("applied") && kind != QLatin1String("conflict"))
        return -1;
    return qint64(outcome.value(QStringLiteral("version")).toDouble());
}

QJsonObject
tst_SyncService::fastPage(const QString &name, const QString &cursor, const QString &limit)
{
    const auto body = m_sync.changesPage(principal(name), cursor, limit, *m_storage);
    if (!body)
        return {{QStringLiteral("error"), body.error().message()}};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*body, &error);
    if (error.error != QJsonParseError::NoError)
        return {{QStringLiteral("error"), error.errorString()}};
    return document.object();
}

QJsonObject
tst_SyncService::referencePage(const QString &name, const QString &cursor, const QString &limit)
{
    const auto page = m_sync.changes(principal(name), cursor, limit, *m_storage);
    if (!page)
        return {{QStringLiteral("error"), page.error().message()}};
    return *page;
}

void tst_SyncService::pageMatchesReference_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QString>("limit");
    for (const char *user : {"ada", "rita", "vic", "val", "hank"}) {
        for (const char *cursor : {"0", "3", "9"}) {
            for (const char *limit : {"", "1", "4", "500"}) {
                QTest::addRow("%s cursor %s limit %s", user, cursor, limit)
                        << QString::fromLatin1(user) << QString::fromLatin1(cursor)
                        << QString::fromLatin1(limit);
            }
        }
    }
}

void tst_SyncService::pageMatchesReference()
{
    QFETCH(QString, user);
    QFETCH(QString, cursor);
    QFETCH(QString, limit);
    const QJsonObject reference = referencePage(user, cursor, limit);
    QVERIFY2(!reference.contains(QStringLiteral("error")),
             qPrintable(reference.value(QStringLiteral("error")).toString()));
    QCOMPARE(fastPage(user, cursor, limit), reference);
}

void tst_SyncService::adminPageIsTheSameBytes()
{
    for (const char *user : {"ada", "rita", "val"}) {
        const Principal who = principal(QString::fromLatin1(user));
        const auto fast = m_sync.changesPage(who, QStringLiteral("0"), QString(), *m_storage);
        const auto reference = m_sync.changes(who, QStringLiteral("0"), QString(), *m_storage);
        QVERIFY(fast && reference);
        QCOMPARE(*fast, QJsonDocument(*reference).toJson(QJsonDocument::Compact));
        // Every kind of row is in it: the comparison covers them all.
        const QJsonArray changes = reference->value(QStringLiteral("changes")).toArray();
        QSet<QString> kinds;
        for (const QJsonValue &change : changes) {
            kinds.insert(change[QStringLiteral("entity")].toString() + u'/'
                         + change[QStringLiteral("op")].toString());
        }
        for (const char *kind : {"requisition/upsert",
                                 "candidate/upsert",
                                 "candidate/delete",
                                 "application/upsert",
                                 "note/upsert",
                                 "conflict/upsert"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
    }
}

void tst_SyncService::viewerPageStaysRedacted()
{
    const QJsonObject page = fastPage(QStringLiteral("vic"), QStringLiteral("0"), QString());
    const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
    QVERIFY(!changes.isEmpty());
    int requisitions = 0;
    int applications = 0;
    int payConflicts = 0;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString entity = change.value(QStringLiteral("entity")).toString();
        const QJsonObject data = change.value(QStringLiteral("data")).toObject();
        if (entity == QLatin1String("requisition")) {
            ++requisitions;
            QVERIFY(!data.contains(QStringLiteral("bands")));
            QCOMPARE(change.value(QStringLiteral("redacted")).toArray(),
                     QJsonArray{QStringLiteral("bands")});
        } else if (entity == QLatin1String("application")) {
            ++applications;
            QVERIFY(!data.contains(QStringLiteral("expected_salary")));
            QVERIFY(change.contains(QStringLiteral("redacted")));
        } else if (entity == QLatin1String("conflict")
                   && data.value(QStringLiteral("field")).toString() == QLatin1String("bands")) {
            ++payConflicts;
            for (const char *key : {"base_value", "server_value", "client_value"})
                QVERIFY(data.value(QLatin1String(key)).isNull());
        } else if (entity == QLatin1String("candidate")
                   && change.value(QStringLiteral("op")).toString() == QLatin1String("upsert")) {
            // Nothing of a candidate is hidden from a viewer: copied as stored.
            QVERIFY(data.contains(QStringLiteral("emails")));
            QVERIFY(!change.contains(QStringLiteral("redacted")));
        }
    }
    QCOMPARE(requisitions, 2);
    QCOMPARE(applications, 2);
    QVERIFY(payConflicts > 0);
    // The viewer with the pay grant sees the bands.
    const QJsonObject granted = fastPage(QStringLiteral("val"), QStringLiteral("0"), QString());
    for (const QJsonValue &value : granted.value(QStringLiteral("changes")).toArray()) {
        if (value[QStringLiteral("entity")].toString() == QLatin1String("requisition"))
            QVERIFY(value[QStringLiteral("data")].toObject().contains(QStringLiteral("bands")));
    }
}

void tst_SyncService::hiringManagerPageIsFiltered()
{
    const QJsonObject page = fastPage(QStringLiteral("hank"), QStringLiteral("0"), QString());
    int hidden = 0;
    int candidates = 0;
    for (const QJsonValue &value : page.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const QJsonObject data = change.value(QStringLiteral("data")).toObject();
        if (change.value(QStringLiteral("op")).toString() == QLatin1String("delete")) {
            ++hidden;
            QVERIFY(!change.contains(QStringLiteral("data")));
            continue;
        }
        if (change.value(QStringLiteral("entity")).toString() == QLatin1String("requisition"))
            QCOMPARE(data.value(QStringLiteral("org")).toString(), QStringLiteral("Cloud"));
        if (change.value(QStringLiteral("entity")).toString() == QLatin1String("candidate")) {
            ++candidates;
            QVERIFY(!data.contains(QStringLiteral("emails")));
            QVERIFY(!data.contains(QStringLiteral("phones")));
        }
    }
    // The Retail org's requisition, candidate, application and note, and the deleted candidate.
    QVERIFY(hidden >= 5);
    QCOMPARE(candidates, 1);
}

void tst_SyncService::cachedPagesFollowTheHead()
{
    const QUuid epoch = QUuid::createUuid();
    const auto page = [&](const char *user, const QUuid &withEpoch = QUuid()) {
        const auto body = m_sync.changesPage(principal(QString::fromLatin1(user)),
                                             QStringLiteral("0"),
                                             QString(),
                                             *m_storage,
                                             withEpoch);
        return body ? *body : QByteArray();
    };
    const QByteArray first = page("ada", epoch);
    QVERIFY(!first.isEmpty());
    QCOMPARE(page("ada", epoch), first);

    // Change a stored record behind the service's back (no new head, as no real write does):
    // the cached page still answers, an uncached one shows the change. That is the cache; the
    // next assertions show what it is keyed on.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("tst_syncservice_raw"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
                "UPDATE sync_records SET data = replace(data, 'Engineer', 'Enginere') WHERE "
                "entity = 'requisition'")));
        QVERIFY(query.numRowsAffected() > 0);
    }
    QCOMPARE(page("ada", epoch), first);
    QVERIFY(page("ada").contains("Enginere"));
    // Another epoch, or another audience, is another page.
    QVERIFY(page("ada", QUuid::createUuid()).contains("Enginere"));
    const QByteArray viewer = page("vic", epoch);
    QVERIFY(viewer.contains("Enginere"));
    QVERIFY(!viewer.contains("\"bands\":[{"));
    // Hiring managers' pages are never cached (they depend on other records).
    QVERIFY(page("hank", epoch).contains("Enginere"));
    QVERIFY(page("hank", epoch).contains("Enginere"));

    // A real write moves the head: the next page is built afresh.
    const QString id = newId();
    QJsonObject note = fixture("note");
    note.insert(QStringLiteral("id"), id);
    const auto applications = m_sync.changes(
            principal(QStringLiteral("ada")), QStringLiteral("0"), QString(), *m_storage);
    QVERIFY(applications);
    for (const QJsonValue &change : applications->value(QStringLiteral("changes")).toArray()) {
        if (change[QStringLiteral("entity")].toString() == QLatin1String("application")) {
            note.insert(QStringLiteral("application_id"), change[QStringLiteral("id")].toString());
            break;
        }
    }
    QVERIFY(push(mutation(QStringLiteral("note"), id, QStringLiteral("insert"), 0, note)) > 0);
    const QByteArray after = page("ada", epoch);
    QVERIFY(after.contains("Enginere"));
    QVERIFY(after.contains(id.toLatin1()));
    QCOMPARE(QJsonDocument::fromJson(after).object(),
             *m_sync.changes(
                     principal(QStringLiteral("ada")), QStringLiteral("0"), QString(), *m_storage));
    QSqlDatabase::removeDatabase(QStringLiteral("tst_syncservice_raw"));
}

void tst_SyncService::cachedPageIsCompressedOnce()
{
    const QUuid epoch = QUuid::createUuid();
    const Principal ada = principal(QStringLiteral("ada"));
    const auto first = m_sync.changesPage(ada, QStringLiteral("0"), QString(), *m_storage, epoch);
    const auto again = m_sync.changesPage(ada, QStringLiteral("0"), QString(), *m_storage, epoch);
    QVERIFY(first && again);
    // A cache hit hands out the cached bytes themselves, not a copy.
    QCOMPARE(again->constData(), first->constData());
    PageCache &cache = m_sync.pageCache();
    const QByteArray gzip = cache.gzipped(*again);
    QCOMPARE(cache.gzipped(*first).constData(), gzip.constData()); // kept with the page
    const auto inflated = HttpCompression::gunzip(gzip, 16 * 1024 * 1024);
    QVERIFY(inflated);
    QCOMPARE(*inflated, *first);
    // A body that is no cached page is compressed on the spot, never mistaken for one.
    const QByteArray copy(first->constData(), first->size());
    QVERIFY(cache.gzipped(copy).constData() != gzip.constData());
    QCOMPARE(*HttpCompression::gunzip(cache.gzipped(copy), 16 * 1024 * 1024), copy);
}

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_syncservice.moc"
