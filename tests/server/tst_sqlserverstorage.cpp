// One suite, both backends: it runs against SQLite, then against a throwaway PostgreSQL
// cluster when PostgreSQL is installed (tests/server/pg-test-cluster.sh).

#include "pgtestcluster.h"
#include "server/sqlserverstorage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Reqdesk::Server;
using Reqdesk::Core::ErrorCode;

class tst_SqlServerStorage : public QObject
{
    Q_OBJECT

public:
    /// An empty pgUrl runs the suite on SQLite.
    explicit tst_SqlServerStorage(QString pgUrl = QString())
        : m_pgUrl(std::move(pgUrl))
    {}

private slots:
    void init();
    void migrateIsIdempotentAndKeepsEpoch();
    void refusesForeignDatabase();
    void users();
    void tokensStoredByHashAndConsumedOnce();
    void revokeFamilyAndUser();
    void unusedSuccessorRevokedOnceAndRacesConsume();
    void nestedTransactionJoinsOuter();
    void loginFailureWindow();
    void purge();
    void secondConnectionSeesWritesAndRacesFairly();
    void changeCounterAndRecords();
    void ledgerAndPriorValues();
    void tombstonePurgeRaisesHorizon();
    void tombstonePurgeReadsOnlyTombstones();

private:
    std::unique_ptr<SqlServerStorage> open(const QString &connection = QStringLiteral("t"));
    UserRecord addUser(SqlServerStorage &storage, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgUrl;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void tst_SqlServerStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (m_pgUrl.isEmpty())
        return;
    // Every test starts from an empty database, as with a fresh SQLite file.
    auto storage = SqlServerStorage::openPostgres(m_pgUrl, QStringLiteral("reset"));
    QVERIFY(storage);
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("reset")));
        QVERIFY(query.exec(QStringLiteral("SET client_min_messages = warning")));
        QVERIFY(query.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA public")));
    }
}

std::unique_ptr<SqlServerStorage> tst_SqlServerStorage::open(const QString &connection)
{
    auto storage = m_pgUrl.isEmpty() ? SqlServerStorage::openSqlite(
                           m_dir->filePath(QStringLiteral("s.sqlite")), connection)
                                     : SqlServerStorage::openPostgres(m_pgUrl, connection);
    if (!storage)
        qWarning() << storage.error().message();
    if (!storage)
        return nullptr;
    auto migrated = (*storage)->migrate();
    if (!migrated)
        qWarning() << migrated.error().message();
    return std::move(storage).value();
}

UserRecord tst_SqlServerStorage::addUser(SqlServerStorage &storage, const QString &name)
{
    auto user = storage.createUser({name, Role::Recruiter, QString(), QStringLiteral("$hash")},
                                   m_now);
    return user ? *user : UserRecord{};
}

void tst_SqlServerStorage::migrateIsIdempotentAndKeepsEpoch()
{
    QUuid epoch;
    {
        auto storage = open();
        QVERIFY(storage);
        QCOMPARE(*storage->schemaVersion(), SqlServerStorage::CurrentSchemaVersion);
        QVERIFY(storage->checkReady());
        epoch = *storage->epoch();
        QVERIFY(!epoch.isNull());
        QVERIFY(!storage->defaultTenant()->isNull());
    }
    auto again = open();
    QVERIFY(again);
    QVERIFY(again->migrate());
    QCOMPARE(*again->epoch(), epoch);
}

void tst_SqlServerStorage::refusesForeignDatabase()
{
    if (!m_pgUrl.isEmpty())
        QSKIP("SQLite only: application_id");
    const QString file = m_dir->filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (x TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto storage = SqlServerStorage::openSqlite(file, QStringLiteral("t"));
    QVERIFY(!storage);
    QCOMPARE(storage.error().code, ErrorCode::DatabaseNotReqdesk);
}

void tst_SqlServerStorage::users()
{
    auto storage = open();
    QVERIFY(storage);
    auto alice = storage->createUser({QStringLiteral("alice"),
                                      Role::HiringManager,
                                      QStringLiteral("Eng"),
                                      QStringLiteral("$h")},
                                     m_now);
    QVERIFY(alice);
    auto duplicate = storage->createUser(
            {QStringLiteral("alice"), Role::Viewer, QString(), QStringLiteral("$h")}, m_now);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);

    auto found = storage->findUserByName(QStringLiteral("alice"));
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->role, Role::HiringManager);
    QCOMPARE((*found)->org, QStringLiteral("Eng"));
    QCOMPARE((*found)->createdAt, m_now);
    QVERIFY(!(*found)->disabled);
    QVERIFY(!storage->findUserByName(QStringLiteral("Alice"))->has_value());

    QVERIFY(storage->setUserDisabled(QStringLiteral("alice"), true));
    QVERIFY((*storage->findUser(alice->id))->disabled);
    QCOMPARE(storage->setUserDisabled(QStringLiteral("nobody"), true).error().code,
             ErrorCode::NotFound);
    addUser(*storage, QStringLiteral("bob"));
    const auto all = storage->listUsers();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, QStringLiteral("alice"));
}

void tst_SqlServerStorage::tokensStoredByHashAndConsumedOnce()
{
    auto storage = open();
    QVERIFY(storage);
    const UserRecord user = addUser(*storage, QStringLiteral("u"));
    const auto device = storage->createDevice(user.id, QStringLiteral("laptop"), m_now);
    QVERIFY(device);
    TokenRecord token;
    token.hash = QByteArrayLiteral("aa11");
    token.kind = TokenKind::Refresh;
    token.userId = user.id;
    token.deviceId = device->id;
    token.familyId = QUuid::createUuid();
    token.issuedAt = m_now;
    token.expiresAt = m_now.addDays(1);
    QVERIFY(storage->insertToken(token));

    const auto found = storage->findToken(QByteArrayLiteral("aa11"));
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->familyId, token.familyId);
    QCOMPARE((*found)->expiresAt, token.expiresAt);
    QVERIFY(!(*found)->usedAt.isValid());
    QVERIFY(!storage->findToken(QByteArrayLiteral("bb22"))->has_value());

    QCOMPARE(*storage->consumeToken(token.hash, m_now), true);
    QCOMPARE(*storage->consumeToken(token.hash, m_now), false);
    QCOMPARE((*storage->findToken(token.hash))->usedAt, m_now);
}

void tst_SqlServerStorage::revokeFamilyAndUser()
{
    auto storage = open();
    QVERIFY(storage);
    const UserRecord user = addUser(*storage, QStringLiteral("u"));
    const auto device = storage->createDevice(user.id, QStringLiteral("d"), m_now);
    const QUuid familyA = QUuid::createUuid();
    const QUuid familyB = QUuid::createUuid();
    int n = 0;
    for (const QUuid &family : {familyA, familyA, familyB}) {
        TokenRecord token;
        token.hash = QByteArray::number(++n);
        token.userId = user.id;
        token.deviceId = device->id;
        token.familyId = family;
        token.issuedAt = m_now;
        token.expiresAt = m_now.addSecs(60);
        QVERIFY(storage->insertToken(token));
    }
    QCOMPARE(*storage->revokeFamily(familyA, m_now), 2);
    QCOMPARE(*storage->revokeFamily(familyA, m_now), 0);
    QVERIFY((*storage->findToken("1"))->revokedAt.isValid());
    QVERIFY(!(*storage->findToken("3"))->revokedAt.isValid());
    QCOMPARE(*storage->revokeUserTokens(user.id, m_now), 1);
    QCOMPARE(*storage->consumeToken("3", m_now), false);
}

void tst_SqlServerStorage::unusedSuccessorRevokedOnceAndRacesConsume()
{
    auto storage = open();
    QVERIFY(storage);
    const UserRecord user = addUser(*storage, QStringLiteral("u"));
    const auto device = storage->createDevice(user.id, QStringLiteral("d"), m_now);
    QVERIFY(device);
    const QUuid family = QUuid::createUuid();
    const auto pair = [&](const QByteArray &prefix, const QByteArray &parent) {
        TokenRecord access;
        access.hash = prefix + "-access";
        access.kind = TokenKind::Access;
        access.userId = user.id;
        access.deviceId = device->id;
        access.familyId = family;
        access.issuedAt = m_now;
        access.expiresAt = m_now.addSecs(60);
        access.parentHash = parent;
        TokenRecord refresh = access;
        refresh.hash = prefix + "-refresh";
        refresh.kind = TokenKind::Refresh;
        return QList<TokenRecord>{access, refresh};
    };
    QVERIFY(storage->insertTokens(pair("root", {})));
    QVERIFY(storage->insertTokens(pair("child", "root-refresh")));
    QCOMPARE((*storage->findToken("child-access"))->parentHash, QByteArray("root-refresh"));
    QVERIFY((*storage->findToken("root-refresh"))->parentHash.isEmpty());

    // The unused successor pair goes, once; the parent and its own access token stay.
    const QString generation = storage->serverStamp()->authGeneration;
    QCOMPARE(*storage->revokeUnusedSuccessor("root-refresh", m_now), true);
    QVERIFY(storage->serverStamp()->authGeneration != generation);
    QVERIFY((*storage->findToken("child-refresh"))->revokedAt.isValid());
    QVERIFY((*storage->findToken("child-access"))->revokedAt.isValid());
    QVERIFY(!(*storage->findToken("root-access"))->revokedAt.isValid());
    QCOMPARE(*storage->revokeUnusedSuccessor("root-refresh", m_now), false);
    QCOMPARE(*storage->consumeToken("child-refresh", m_now), false);

    // A used successor is never revoked this way: the sign-in has moved on.
    QVERIFY(storage->insertTokens(pair("next", "root-refresh")));
    QCOMPARE(*storage->consumeToken("next-refresh", m_now), true);
    QCOMPARE(*storage->revokeUnusedSuccessor("root-refresh", m_now), false);
    QVERIFY(!(*storage->findToken("next-access"))->revokedAt.isValid());
    QCOMPARE(*storage->revokeUnusedSuccessor("unknown", m_now), false);
}

void tst_SqlServerStorage::nestedTransactionJoinsOuter()
{
    auto storage = open();
    QVERIFY(storage);
    const UserRecord user = addUser(*storage, QStringLiteral("u"));
    const auto device = storage->createDevice(user.id, QStringLiteral("d"), m_now);
    QVERIFY(device);
    TokenRecord token;
    token.hash = QByteArrayLiteral("nested");
    token.kind = TokenKind::Refresh;
    token.userId = user.id;
    token.deviceId = device->id;
    token.familyId = QUuid::createUuid();
    token.issuedAt = m_now;
    token.expiresAt = m_now.addSecs(60);
    // insertTokens() is a transaction of its own; inside another one, the outer rollback
    // takes its rows too.
    const auto status = storage->transaction([&]() -> Reqdesk::Core::Status {
        if (const auto stored = storage->insertTokens({token}); !stored)
            return stored;
        return Reqdesk::Core::makeError(ErrorCode::InvalidArgument, QStringLiteral("roll back"));
    });
    QVERIFY(!status);
    QVERIFY(!storage->findToken("nested")->has_value());
    QVERIFY(storage->transaction([&] { return storage->insertTokens({token}); }));
    QVERIFY(storage->findToken("nested")->has_value());
}

void tst_SqlServerStorage::loginFailureWindow()
{
    auto storage = open();
    QVERIFY(storage);
    const QString scope = QStringLiteral("name");
    QVERIFY(storage->recordLoginFailure(scope, QStringLiteral("a"), m_now.addSecs(-100)));
    QVERIFY(storage->recordLoginFailure(scope, QStringLiteral("a"), m_now.addSecs(-10)));
    QVERIFY(storage->recordLoginFailure(scope, QStringLiteral("b"), m_now));
    auto window = storage->loginFailures(scope, QStringLiteral("a"), m_now.addSecs(-60));
    QCOMPARE(window->count, 1);
    QCOMPARE(window->oldest, m_now.addSecs(-10));
    window = storage->loginFailures(scope, QStringLiteral("a"), m_now.addSecs(-600));
    QCOMPARE(window->count, 2);
    QCOMPARE(window->oldest, m_now.addSecs(-100));
    QVERIFY(storage->clearLoginFailures(scope, QStringLiteral("a")));
    QCOMPARE(storage->loginFailures(scope, QStringLiteral("a"), m_now.addDays(-1))->count, 0);
    QCOMPARE(storage->loginFailures(scope, QStringLiteral("b"), m_now.addDays(-1))->count, 1);
}

void tst_SqlServerStorage::purge()
{
    auto storage = open();
    QVERIFY(storage);
    const UserRecord user = addUser(*storage, QStringLiteral("u"));
    const auto device = storage->createDevice(user.id, QStringLiteral("d"), m_now);
    TokenRecord token;
    token.hash = "old";
    token.userId = user.id;
    token.deviceId = device->id;
    token.familyId = QUuid::createUuid();
    token.issuedAt = m_now.addDays(-2);
    token.expiresAt = m_now.addDays(-1);
    QVERIFY(storage->insertToken(token));
    QVERIFY(storage->recordLoginFailure(
            QStringLiteral("name"), QStringLiteral("x"), m_now.addDays(-3)));
    QVERIFY(storage->purgeBefore(m_now));
    QVERIFY(!storage->findToken("old")->has_value());
    QCOMPARE(storage->loginFailures(QStringLiteral("name"), QStringLiteral("x"), m_now.addDays(-9))
                     ->count,
             0);
    QVERIFY(storage->takeQueryTime().count() > 0);
    QCOMPARE(storage->takeQueryTime().count(), 0);
}

void tst_SqlServerStorage::secondConnectionSeesWritesAndRacesFairly()
{
    auto first = open(QStringLiteral("one"));
    auto second = open(QStringLiteral("two")); // migrates again: a no-op
    QVERIFY(first && second);
    QCOMPARE(*first->epoch(), *second->epoch());
    const UserRecord user = addUser(*first, QStringLiteral("shared"));
    QVERIFY(second->findUserByName(QStringLiteral("shared"))->has_value());
    const auto device = second->createDevice(user.id, QStringLiteral("d"), m_now);
    TokenRecord token;
    token.hash = "race";
    token.kind = TokenKind::Refresh;
    token.userId = user.id;
    token.deviceId = device->id;
    token.familyId = QUuid::createUuid();
    token.issuedAt = m_now;
    token.expiresAt = m_now.addDays(1);
    QVERIFY(first->insertToken(token));
    // Two server processes refreshing with one token: exactly one wins.
    const bool a = *first->consumeToken("race", m_now);
    const bool b = *second->consumeToken("race", m_now);
    QVERIFY(a != b);
}

void tst_SqlServerStorage::changeCounterAndRecords()
{
    auto storage = open();
    QVERIFY(storage);
    const QUuid tenant = *storage->defaultTenant();
    QCOMPARE(storage->syncHead(tenant)->seq, 0);
    // A rolled-back transaction gives its value back; committed ones count up.
    const auto failed = storage->transaction([&]() -> Reqdesk::Core::Status {
        auto seq = storage->takeChangeSeq(tenant);
        if (!seq)
            return seq.error();
        return Reqdesk::Core::makeError(ErrorCode::InvalidArgument, QStringLiteral("undo"));
    });
    QVERIFY(!failed);
    QCOMPARE(storage->syncHead(tenant)->seq, 0);
    QList<SyncRecord> saved;
    for (int i = 0; i < 4; ++i) {
        QVERIFY(storage->transaction([&]() -> Reqdesk::Core::Status {
            auto seq = storage->takeChangeSeq(tenant);
            if (!seq)
                return seq.error();
            SyncRecord record;
            record.entity = i < 3 ? QStringLiteral("note") : QStringLiteral("candidate");
            record.id = QUuid::createUuid();
            record.version = *seq;
            record.createdVersion = *seq;
            record.data = {{QStringLiteral("text"), QStringLiteral("n%1").arg(i)}};
            record.ref1 = QStringLiteral("parent");
            saved.append(record);
            return storage->saveRecord(tenant, record, {});
        }));
    }
    QCOMPARE(storage->syncHead(tenant)->seq, 4);
    const auto found = storage->findRecord(tenant, QStringLiteral("note"), saved[1].id);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->data, saved[1].data);
    QCOMPARE((*found)->version, 2);
    QVERIFY(!storage->findRecord(tenant, QStringLiteral("candidate"), saved[1].id)->has_value());
    // Changes in (after, upTo], by version.
    const auto changed = storage->changedRecords(tenant, 1, 3, 10);
    QCOMPARE(changed->size(), 2);
    QCOMPARE(changed->at(0).version, 2);
    QCOMPARE(changed->at(1).version, 3);
    QCOMPARE(storage->changedRecords(tenant, 0, 4, 2)->size(), 2);
    // A tombstone leaves the pages but stays in the feed.
    SyncRecord tombstone = saved[0];
    QVERIFY(storage->transaction([&]() -> Reqdesk::Core::Status {
        auto seq = storage->takeChangeSeq(tenant);
        if (!seq)
            return seq.error();
        tombstone.version = *seq;
        tombstone.deleted = true;
        tombstone.deletedAt = m_now;
        return storage->saveRecord(tenant, tombstone, {});
    }));
    const auto page = storage->recordsPage(tenant, QStringLiteral("note"), QString(), 10);
    QCOMPARE(page->size(), 2);
    QVERIFY(page->at(0).id.toString(QUuid::WithoutBraces)
            < page->at(1).id.toString(QUuid::WithoutBraces));
    QCOMPARE(storage->changedRecords(tenant, 4, 5, 10)->first().deleted, true);
    QCOMPARE(storage->recordsByRef(tenant, QStringLiteral("note"), 1, QStringLiteral("parent"))
                     ->size(),
             2);
}

void tst_SqlServerStorage::ledgerAndPriorValues()
{
    auto storage = open();
    QVERIFY(storage);
    const QUuid tenant = *storage->defaultTenant();
    const QUuid device = QUuid::createUuid();
    QVERIFY(!storage->findLedgerEntry(device, QStringLiteral("m1"))->has_value());
    const QJsonObject result{{QStringLiteral("outcome"), QStringLiteral("applied")}};
    QVERIFY(storage->insertLedgerEntry(device, QStringLiteral("m1"), result, m_now));
    QCOMPARE(**storage->findLedgerEntry(device, QStringLiteral("m1")), result);
    QCOMPARE(storage->insertLedgerEntry(device, QStringLiteral("m1"), result, m_now).error().code,
             ErrorCode::ConstraintViolated);
    QVERIFY(!storage->findLedgerEntry(QUuid::createUuid(), QStringLiteral("m1"))->has_value());

    // The change log keeps the previous values of changed fields.
    const QUuid id = QUuid::createUuid();
    SyncRecord record;
    record.entity = QStringLiteral("requisition");
    record.id = id;
    for (const auto &[version, title, prior] :
         {std::tuple{1, QStringLiteral("A"), QJsonObject()},
          std::tuple{2,
                     QStringLiteral("B"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("A")}}},
          std::tuple{3,
                     QStringLiteral("C"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("B")}}}}) {
        record.version = version;
        record.createdVersion = 1;
        record.data = {{QStringLiteral("title"), title}};
        QVERIFY(storage->transaction([&]() -> Reqdesk::Core::Status {
            if (auto seq = storage->takeChangeSeq(tenant); !seq)
                return seq.error();
            return storage->saveRecord(tenant, record, prior);
        }));
    }
    // The value at version 1 is the prior of the first change after it.
    QCOMPARE(*storage->priorFieldValue(
                     tenant, QStringLiteral("requisition"), id, 1, QStringLiteral("title")),
             QJsonValue(QStringLiteral("A")));
    QCOMPARE(*storage->priorFieldValue(
                     tenant, QStringLiteral("requisition"), id, 2, QStringLiteral("title")),
             QJsonValue(QStringLiteral("B")));
    QVERIFY(storage->priorFieldValue(
                           tenant, QStringLiteral("requisition"), id, 3, QStringLiteral("title"))
                    ->isUndefined());
}

void tst_SqlServerStorage::tombstonePurgeRaisesHorizon()
{
    auto storage = open();
    QVERIFY(storage);
    const QUuid tenant = *storage->defaultTenant();
    const QUuid oldEpoch = *storage->epoch();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(storage->transaction([&]() -> Reqdesk::Core::Status {
            auto seq = storage->takeChangeSeq(tenant);
            if (!seq)
                return seq.error();
            SyncRecord record;
            record.entity = QStringLiteral("note");
            record.id = QUuid::createUuid();
            record.version = *seq;
            record.createdVersion = *seq;
            record.deleted = i < 2;
            record.deletedAt = m_now.addDays(i == 0 ? -200 : -1);
            return storage->saveRecord(tenant, record, {});
        }));
    }
    const auto changes = [] {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("t")));
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_changes")) && query.next()
                       ? query.value(0).toInt()
                       : -1;
    };
    QCOMPARE(changes(), 3);
    QCOMPARE(*storage->purgeTombstones(m_now.addDays(-180)), 1);
    QCOMPARE(storage->syncHead(tenant)->purgedSeq, 1);
    QCOMPARE(changes(), 2); // the purged record's change went with it
    QCOMPARE(*storage->purgeTombstones(m_now), 1);
    QCOMPARE(storage->syncHead(tenant)->purgedSeq, 2);
    QCOMPARE(*storage->purgeTombstones(m_now), 0);
    QCOMPARE(storage->syncHead(tenant)->purgedSeq, 2); // never lowered
    QCOMPARE(storage->changedRecords(tenant, 0, 3, 10)->size(), 1);
    const auto renewed = storage->renewEpoch();
    QVERIFY(renewed);
    QVERIFY(*renewed != oldEpoch);
    QCOMPARE(*storage->epoch(), *renewed);
}

void tst_SqlServerStorage::tombstonePurgeReadsOnlyTombstones()
{
    if (!m_pgUrl.isEmpty())
        QSKIP("SQLite's query plans");
    auto storage = open();
    QVERIFY(storage);
    // The purge runs at every start and hourly: a full scan of the records or the change log
    // would hold the write lock for minutes on a large database.
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    for (const QString &sql : SqlServerStorage::tombstonePurgeStatements()) {
        QSqlQuery plan(db);
        QVERIFY2(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql),
                 qPrintable(plan.lastError().text()));
        for (int i = 0; i < sql.count(u'?'); ++i)
            plan.addBindValue(0);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        // Each read of the records goes through the tombstones' index, each read of the change
        // log through the record's changes; sync_counters has a row per tenant.
        while (plan.next()) {
            const QString step = plan.value(3).toString();
            const QStringList words = step.split(u' ');
            if (words.size() < 2
                || (words[0] != QLatin1String("SCAN") && words[0] != QLatin1String("SEARCH")))
                continue;
            const QString table = words[1];
            const bool indexed = table == QLatin1String("sync_changes")
                                         ? step.contains(QLatin1String("sync_changes_record"))
                                 : table == QLatin1String("sync_counters")
                                         ? true
                                         : step.contains(QLatin1String("sync_records_tombstones"));
            QVERIFY2(indexed, qPrintable(sql + QStringLiteral("\n -> ") + step));
        }
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        tst_SqlServerStorage sqlite;
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    PgTestCluster cluster;
    if (cluster.start()) {
        tst_SqlServerStorage postgres(cluster.url());
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qWarning("PostgreSQL half skipped: %s", qPrintable(cluster.why()));
    }
    return failures;
}
#include "tst_sqlserverstorage.moc"
