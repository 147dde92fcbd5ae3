// A resolution queued while the engine sends the queue is not lost: sendResolutions() reads
// the queue again after each POST and removes only what it sent. The GUI queues through
// Store::ConflictResolver on its own connection to the same cache; here a second connection
// does so while the first resolution's POST is in flight (FaultProxy's hook on the request).

#include "core/requisition.h"
#include "store/conflictrepository.h"
#include "store/conflictresolver.h"
#include "store/database.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "sync/syncengine.h"

#include <QTemporaryDir>
#include <QTest>

#include "e2esupport.h"
#include "faultproxy.h"

using namespace ReqdeskTest;
using namespace Reqdesk;

class tst_ResolutionRace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resolutionQueuedDuringSendIsKept();

private:
    std::unique_ptr<Sync::SyncEngine> client(const QString &name, const QString &user);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    FaultProxy m_proxy;
};

void tst_ResolutionRace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("REQDESK_TOKEN_STORE", "file");
    const QStringList store{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
    for (const QString &user : {QStringLiteral("ada"), QStringLiteral("bob")}) {
        QCOMPARE(addUser(store, user), 0);
    }
    QVERIFY(m_server.startWith(store));
    QVERIFY(m_proxy.listen(quint16(m_server.url(QString()).port())));
}

void tst_ResolutionRace::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Sync::SyncEngine> tst_ResolutionRace::client(const QString &name,
                                                             const QString &user)
{
    const QUrl viaProxy(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port()));
    return signedInEngine(m_dir.filePath(name + QStringLiteral(".db")), viaProxy, user);
}

void tst_ResolutionRace::resolutionQueuedDuringSendIsKept()
{
    auto a = client(QStringLiteral("a"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = QStringLiteral("Data Engineer");
    r.company = QStringLiteral("Birchwood");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    QVERIFY(b->syncOnce());

    // Both change title and company: Bob's push yields two field conflicts.
    auto onA = *Store::RequisitionRepository(*a->database()).find(r.id);
    onA.title = QStringLiteral("Senior Data Engineer");
    onA.company = QStringLiteral("Birchwood Labs");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(onA, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    auto onB = *Store::RequisitionRepository(*b->database()).find(r.id);
    onB.title = QStringLiteral("Lead Data Engineer");
    onB.company = QStringLiteral("Birchwood Group");
    QVERIFY(Store::RequisitionRepository(*b->database()).save(onB, Store::WriteOrigin::LocalEdit));
    auto pushed = b->syncOnce();
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message()));
    const auto open
            = *Store::ConflictRepository(*b->database()).open(QStringLiteral("requisition"), r.id);
    QCOMPARE(open.size(), 2);

    // The engine (the CLI's path) resolves the first; while its POST is on the wire, a second
    // connection (the GUI's) resolves the other.
    QVERIFY(b->resolveConflict(open.at(0).id, Sync::Resolution::Theirs));
    auto gui = Store::Database::open(m_dir.filePath(QStringLiteral("b.db")));
    QVERIFY(gui);
    bool queuedDuringSend = false;
    connect(&m_proxy, &FaultProxy::faultHit, this, [&] {
        if (queuedDuringSend)
            return;
        queuedDuringSend = true;
        QVERIFY(Store::ConflictResolver(**gui).resolve(open.at(1).id,
                                                       Store::ConflictChoice::KeepTheirs));
    });
    m_proxy.inject(FaultProxy::Fault::Delay, QStringLiteral("/resolve"), -1, 0);
    auto round = b->syncOnce();
    m_proxy.inject(FaultProxy::Fault::None, QString(), 0);
    disconnect(&m_proxy, &FaultProxy::faultHit, this, nullptr);
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QVERIFY(queuedDuringSend);
    // Both resolutions reached the server, in the same round; nothing is left queued.
    QCOMPARE(m_proxy.faultsHit(), 2);
    QVERIFY(round->refusedResolutions.isEmpty());
    const auto queue
            = Store::SyncStateRepository(*b->database())
                      .value(QLatin1String(Store::ConflictResolver::pendingResolutionsKey));
    QVERIFY(queue && (!queue->has_value() || **queue == QLatin1String("[]")));
    QVERIFY(Store::ConflictRepository(*b->database())
                    .open(QStringLiteral("requisition"), r.id)
                    ->isEmpty());
    // Ada's values stand everywhere.
    QVERIFY(a->syncOnce());
    for (auto *engine : {a.get(), b.get()}) {
        const auto stored = *Store::RequisitionRepository(*engine->database()).find(r.id);
        QCOMPARE(stored.title, QStringLiteral("Senior Data Engineer"));
        QCOMPARE(stored.company, QStringLiteral("Birchwood Labs"));
    }
}

QTEST_GUILESS_MAIN(tst_ResolutionRace)
#include "tst_resolutionrace.moc"
