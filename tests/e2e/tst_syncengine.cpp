// The sync engine against a real reqdesk-server process and real SQLite caches: sign-in, a
// round that pushes and pulls, two clients converging, conflicts, set-aside poison records.

#include "core/requisition.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "e2esupport.h"

using namespace ReqdeskTest;
using namespace Reqdesk;

namespace {

Core::Requisition makeRequisition(const QString &title)
{
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = title;
    r.company = QStringLiteral("Acme");
    r.org = QStringLiteral("Engineering");
    r.openings = 1;
    return r;
}

} // namespace

class tst_SyncEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInRefusesWrongPassword();
    void pushAndPullBetweenTwoClients();
    void differentFieldsBothLand();
    void sameFieldBecomesConflictOnBothSides();
    void poisonRecordIsSetAside();
    void deleteAgainstEditIsConflict();
    void manyEditsConverge();
    void runsOnItsOwnThread();

private:
    std::unique_ptr<Sync::SyncEngine> client(const QString &name, const QString &user);
    static QString title(Sync::SyncEngine &engine, const QUuid &id);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QList<std::shared_ptr<Sync::SyncEngine>> m_keep;
};

void tst_SyncEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("REQDESK_TOKEN_STORE", "file");
    const QStringList store{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
    for (const QString &user : {QStringLiteral("ada"), QStringLiteral("bob")}) {
        QByteArray out;
        QCOMPARE(addUser(store, user, QStringLiteral("recruiter"), {}, &out), 0);
    }
    QVERIFY(m_server.startWith(store));
}

void tst_SyncEngine::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Sync::SyncEngine> tst_SyncEngine::client(const QString &name, const QString &user)
{
    auto engine = std::make_unique<Sync::SyncEngine>(m_dir.filePath(name + QStringLiteral(".db")));
    if (!engine->open())
        return nullptr;
    engine->setVerifyChecksum(true);
    Sync::TokenStore::Backend backend = Sync::TokenStore::Backend::Memory;
    const auto s = engine->signIn(
            m_server.url(QString()), user, QStringLiteral("secret-%1-pw").arg(user), &backend);
    if (!s) {
        qWarning() << s.error().message();
        return nullptr;
    }
    if (backend != Sync::TokenStore::Backend::File)
        return nullptr;
    return engine;
}

QString tst_SyncEngine::title(Sync::SyncEngine &engine, const QUuid &id)
{
    const auto found = Store::RequisitionRepository(*engine.database()).find(id);
    return found ? found->title : QString();
}

void tst_SyncEngine::signInRefusesWrongPassword()
{
    Sync::SyncEngine engine(m_dir.filePath(QStringLiteral("wrong.db")));
    QVERIFY(engine.open());
    const auto s = engine.signIn(
            m_server.url(QString()), QStringLiteral("ada"), QStringLiteral("nope-nope"));
    QVERIFY(!s);
    QCOMPARE(s.error().code, Core::ErrorCode::Unauthenticated);
    const auto round = engine.syncOnce();
    QVERIFY(!round);
    QCOMPARE(round.error().code, Core::ErrorCode::NotSignedIn);
}

void tst_SyncEngine::pushAndPullBetweenTwoClients()
{
    auto a = client(QStringLiteral("a1"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b1"), QStringLiteral("bob"));
    QVERIFY(a && b);
    const auto req = makeRequisition(QStringLiteral("Platform Engineer"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(req, Store::WriteOrigin::LocalEdit));

    QSignalSpy changed(b.get(), &Sync::SyncEngine::changed);
    auto first = a->syncOnce();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QCOMPARE(first->pushed, 1);
    QCOMPARE(*Store::OutboxRepository(*a->database()).pendingCount(), 0);
    QVERIFY(!first->cursor.isEmpty());

    auto second = b->syncOnce();
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message()));
    QCOMPARE(title(*b, req.id), QStringLiteral("Platform Engineer"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().first().toStringList().contains(
            QStringLiteral("requisition:") + req.id.toString(QUuid::WithoutBraces)));

    // A second round changes nothing: nothing duplicated, the cursor stays put.
    auto again = b->syncOnce();
    QVERIFY(again);
    QCOMPARE(again->pushed, 0);
    QCOMPARE(again->cursor, second->cursor);
}

void tst_SyncEngine::differentFieldsBothLand()
{
    auto a = client(QStringLiteral("a2"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b2"), QStringLiteral("bob"));
    QVERIFY(a && b);
    auto req = makeRequisition(QStringLiteral("Data Engineer"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(req, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    QVERIFY(b->syncOnce());

    auto onA = *Store::RequisitionRepository(*a->database()).find(req.id);
    onA.title = QStringLiteral("Senior Data Engineer");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(onA, Store::WriteOrigin::LocalEdit));
    auto onB = *Store::RequisitionRepository(*b->database()).find(req.id);
    onB.openings = 3;
    QVERIFY(Store::RequisitionRepository(*b->database()).save(onB, Store::WriteOrigin::LocalEdit));

    auto ra = a->syncOnce();
    auto rb = b->syncOnce();
    QVERIFY(ra && rb);
    QCOMPARE(rb->conflicts, 0);
    QVERIFY(a->syncOnce());
    for (auto *engine : {a.get(), b.get()}) {
        const auto r = *Store::RequisitionRepository(*engine->database()).find(req.id);
        QCOMPARE(r.title, QStringLiteral("Senior Data Engineer"));
        QCOMPARE(r.openings, 3);
        QCOMPARE(Store::ConflictRepository(*engine->database()).open()->size(), 0);
    }
}

void tst_SyncEngine::sameFieldBecomesConflictOnBothSides()
{
    auto a = client(QStringLiteral("a3"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b3"), QStringLiteral("bob"));
    QVERIFY(a && b);
    auto req = makeRequisition(QStringLiteral("QA Engineer"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(req, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    QVERIFY(b->syncOnce());

    auto onA = *Store::RequisitionRepository(*a->database()).find(req.id);
    onA.title = QStringLiteral("QA Lead");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(onA, Store::WriteOrigin::LocalEdit));
    auto onB = *Store::RequisitionRepository(*b->database()).find(req.id);
    onB.title = QStringLiteral("Test Engineer");
    QVERIFY(Store::RequisitionRepository(*b->database()).save(onB, Store::WriteOrigin::LocalEdit));

    QVERIFY(a->syncOnce());
    auto rb = b->syncOnce();
    QVERIFY(rb);
    QCOMPARE(rb->conflicts, 1);
    QVERIFY(a->syncOnce());
    // The server's value stands on both sides; each holds the conflict with both values.
    QUuid conflictId;
    for (auto *engine : {a.get(), b.get()}) {
        QCOMPARE(title(*engine, req.id), QStringLiteral("QA Lead"));
        const auto open = *Store::ConflictRepository(*engine->database())
                                   .open(QStringLiteral("requisition"), req.id);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("title"));
        QCOMPARE(open.first().serverValue.toString(), QStringLiteral("QA Lead"));
        QCOMPARE(open.first().localValue.toString(), QStringLiteral("Test Engineer"));
        conflictId = open.first().id;
    }
    // Resolved from A's side with B's value; both converge and the conflict closes everywhere.
    QVERIFY(a->resolveConflict(conflictId, Sync::Resolution::Mine));
    QVERIFY(a->syncOnce());
    QVERIFY(b->syncOnce());
    for (auto *engine : {a.get(), b.get()}) {
        QCOMPARE(title(*engine, req.id), QStringLiteral("Test Engineer"));
        QCOMPARE(Store::ConflictRepository(*engine->database())
                         .open(QStringLiteral("requisition"), req.id)
                         ->size(),
                 0);
    }
}

void tst_SyncEngine::poisonRecordIsSetAside()
{
    auto a = client(QStringLiteral("a4"), QStringLiteral("ada"));
    QVERIFY(a);
    const auto good = makeRequisition(QStringLiteral("Good One"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(good, Store::WriteOrigin::LocalEdit));
    // An update of a record the server never had: rejected not_found, the rest goes on.
    Store::OutboxEntry poison;
    poison.entity = QStringLiteral("requisition");
    poison.entityId = QUuid::createUuid();
    poison.op = Store::OutboxOp::Update;
    poison.baseVersion = 1;
    poison.changes = {{QStringLiteral("title"), QStringLiteral("ghost")}};
    QVERIFY(Store::OutboxRepository::append(a->database()->connection(), poison));
    const auto after = makeRequisition(QStringLiteral("After Poison"));
    QVERIFY(Store::RequisitionRepository(*a->database())
                    .save(after, Store::WriteOrigin::LocalEdit));

    auto round = a->syncOnce();
    QVERIFY(round);
    QCOMPARE(round->pushed, 2);
    QCOMPARE(round->setAside, 1);
    Store::OutboxRepository outbox(*a->database());
    QCOMPARE(*outbox.pendingCount(), 0);
    const auto aside = *outbox.setAside();
    QCOMPARE(aside.size(), 1);
    QVERIFY(aside.first().lastError.startsWith(QStringLiteral("not_found")));

    auto b = client(QStringLiteral("b4"), QStringLiteral("bob"));
    QVERIFY(b && b->syncOnce());
    QCOMPARE(title(*b, after.id), QStringLiteral("After Poison"));
    QCOMPARE(title(*b, good.id), QStringLiteral("Good One"));
}

void tst_SyncEngine::deleteAgainstEditIsConflict()
{
    auto a = client(QStringLiteral("a5"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b5"), QStringLiteral("bob"));
    QVERIFY(a && b);
    auto req = makeRequisition(QStringLiteral("SRE"));
    QVERIFY(Store::RequisitionRepository(*a->database()).save(req, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    QVERIFY(b->syncOnce());
    auto onA = *Store::RequisitionRepository(*a->database()).find(req.id);
    onA.title = QStringLiteral("Senior SRE");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(onA, Store::WriteOrigin::LocalEdit));
    QVERIFY(Store::RequisitionRepository(*b->database())
                    .remove(req.id, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    auto rb = b->syncOnce();
    QVERIFY(rb);
    QCOMPARE(rb->conflicts, 1);
    QVERIFY(a->syncOnce());
    // The edit stands (no silent win for the delete); both see the conflict.
    QCOMPARE(title(*a, req.id), QStringLiteral("Senior SRE"));
    QCOMPARE(Store::ConflictRepository(*a->database())
                     .open(QStringLiteral("requisition"), req.id)
                     ->size(),
             1);
    QCOMPARE(Store::ConflictRepository(*b->database())
                     .open(QStringLiteral("requisition"), req.id)
                     ->size(),
             1);
}

void tst_SyncEngine::manyEditsConverge()
{
    auto a = client(QStringLiteral("a6"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b6"), QStringLiteral("bob"));
    QVERIFY(a && b);
    a->setBatchSize(7);
    b->setPageSize(13);
    QList<QUuid> ids;
    for (int i = 0; i < 40; ++i) {
        auto r = makeRequisition(QStringLiteral("Role %1").arg(i));
        ids.append(r.id);
        QVERIFY(Store::RequisitionRepository(*(i % 2 ? a : b)->database())
                        .save(r, Store::WriteOrigin::LocalEdit));
    }
    // Repeated edits of one record queue several entries; each rebases on the previous one.
    auto r = *Store::RequisitionRepository(*a->database()).find(ids[1]);
    for (int i = 0; i < 5; ++i) {
        r.title = QStringLiteral("Edited %1").arg(i);
        QVERIFY(Store::RequisitionRepository(*a->database())
                        .save(r, Store::WriteOrigin::LocalEdit));
    }
    QVERIFY(a->syncOnce());
    QVERIFY(b->syncOnce());
    auto last = a->syncOnce();
    QVERIFY(last);
    QCOMPARE(last->conflicts, 0);
    for (auto *engine : {a.get(), b.get()}) {
        for (const QUuid &id : ids)
            QVERIFY(!title(*engine, id).isEmpty());
        QCOMPARE(title(*engine, ids[1]), QStringLiteral("Edited 4"));
        // Same ids at the same versions as the server, entity by entity.
        const auto check = engine->verifyChecksum();
        QVERIFY(check && check->has_value());
        QVERIFY2((*check)->isEmpty(), qPrintable((*check)->join(u',')));
        // Earlier tests' conflicts reach every cache of the tenant; none may be about these.
        for (const QUuid &id : ids)
            QVERIFY(Store::ConflictRepository(*engine->database())
                            .open(QStringLiteral("requisition"), id)
                            ->isEmpty());
        QCOMPARE(*Store::OutboxRepository(*engine->database()).pendingCount(), 0);
    }
}

void tst_SyncEngine::runsOnItsOwnThread()
{
    auto writer = client(QStringLiteral("a7"), QStringLiteral("ada"));
    QVERIFY(writer);
    const auto req = makeRequisition(QStringLiteral("Threaded"));
    QVERIFY(Store::RequisitionRepository(*writer->database())
                    .save(req, Store::WriteOrigin::LocalEdit));
    QVERIFY(writer->syncOnce());

    QThread thread;
    auto *engine = new Sync::SyncEngine(m_dir.filePath(QStringLiteral("t7.db")));
    engine->moveToThread(&thread);
    thread.start();
    bool ready = false;
    const QUrl server = m_server.url(QString());
    // The engine's connection is opened on its own thread, where it is used.
    QMetaObject::invokeMethod(
            engine,
            [&] {
                ready = engine->open()
                        && engine->signIn(
                                server, QStringLiteral("bob"), QStringLiteral("secret-bob-pw"));
            },
            Qt::BlockingQueuedConnection);
    QVERIFY(ready);
    QSignalSpy synced(engine, &Sync::SyncEngine::synced);
    QSignalSpy changed(engine, &Sync::SyncEngine::changed);
    QSignalSpy pending(engine, &Sync::SyncEngine::pendingCountChanged);
    QSignalSpy busy(engine, &Sync::SyncEngine::busyChanged);
    QMetaObject::invokeMethod(engine, &Sync::SyncEngine::requestSync, Qt::QueuedConnection);
    QMetaObject::invokeMethod(engine, &Sync::SyncEngine::requestSync, Qt::QueuedConnection);
    QTRY_VERIFY(synced.count() >= 1);
    QTRY_VERIFY(!busy.isEmpty() && !busy.last().first().toBool());
    QVERIFY(changed.first().first().toStringList().contains(
            QStringLiteral("requisition:") + req.id.toString(QUuid::WithoutBraces)));
    QCOMPARE(pending.last().first().toLongLong(), 0);
    QMetaObject::invokeMethod(engine, &QObject::deleteLater);
    thread.quit();
    QVERIFY(thread.wait(10000));

    auto opened = Store::Database::open(m_dir.filePath(QStringLiteral("t7.db")));
    QVERIFY(opened);
    QCOMPARE(Store::RequisitionRepository(**opened).find(req.id)->title,
             QStringLiteral("Threaded"));
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
