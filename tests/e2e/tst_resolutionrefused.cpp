// A resolution the server refuses is never dropped silently: the engine opens the local
// conflict again, reports the refusal in RoundReport::refusedResolutions and emits
// resolutionRefused(conflictId, reason); a later, acceptable resolution closes it everywhere.

#include "core/application.h"
#include "core/candidate.h"
#include "core/requisition.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "e2esupport.h"

using namespace ReqdeskTest;
using namespace Reqdesk;

class tst_ResolutionRefused final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedResolutionReopensTheConflict();

private:
    std::unique_ptr<Sync::SyncEngine> client(const QString &name, const QString &user);

    QTemporaryDir m_dir;
    ServerProcess m_server;
};

void tst_ResolutionRefused::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("REQDESK_TOKEN_STORE", "file");
    const QStringList store{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
    for (const QString &user : {QStringLiteral("ada"), QStringLiteral("bob")}) {
        QCOMPARE(addUser(store, user), 0);
    }
    QVERIFY(m_server.startWith(store));
}

void tst_ResolutionRefused::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Sync::SyncEngine> tst_ResolutionRefused::client(const QString &name,
                                                                const QString &user)
{
    return signedInEngine(
            m_dir.filePath(name + QStringLiteral(".db")), m_server.url(QString()), user);
}

void tst_ResolutionRefused::refusedResolutionReopensTheConflict()
{
    auto a = client(QStringLiteral("a"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = QStringLiteral("Support Engineer");
    r.company = QStringLiteral("Acme");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    Core::Candidate c;
    c.id = QUuid::createUuid();
    c.name = QStringLiteral("Noor");
    QVERIFY(Store::CandidateRepository(*a->database()).save(c, Store::WriteOrigin::LocalEdit));
    Core::Application app;
    app.id = QUuid::createUuid();
    app.candidateId = c.id;
    app.requisitionId = r.id;
    app.appliedAt = app.stageChangedAt = app.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(Store::ApplicationRepository(*a->database())
                    .create(app, QStringLiteral("ada"), Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    QVERIFY(b->syncOnce());

    // Ada records a withdrawal; Bob, offline, rejects. From withdrawn, rejected is impossible:
    // the server keeps "withdrawn" and records a stage conflict.
    QVERIFY(Store::ApplicationRepository(*a->database())
                    .moveStage(app.id, Core::Stage::Withdrawn, QString(), QStringLiteral("ada")));
    QVERIFY(a->syncOnce());
    QVERIFY(Store::ApplicationRepository(*b->database())
                    .moveStage(app.id,
                               Core::Stage::Rejected,
                               QStringLiteral("not a fit"),
                               QStringLiteral("bob")));
    auto pushed = b->syncOnce();
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message()));
    QCOMPARE(pushed->conflicts, 1);
    // The stage clash (the exit reason may clash too: both sides set one).
    const auto stageConflicts = [&](Sync::SyncEngine &engine) {
        const auto all = Store::ConflictRepository(*engine.database())
                                 .open(QStringLiteral("application"), app.id);
        QList<Store::Conflict> found;
        for (const auto &c : *all) {
            if (c.field == QLatin1String("stage"))
                found.append(c);
        }
        return found;
    };
    const auto open = stageConflicts(*b);
    QCOMPARE(open.size(), 1);
    const QUuid conflictId = open.first().id;

    // "Mine" asks the server to move withdrawn → rejected: still impossible, refused.
    QVERIFY(b->resolveConflict(conflictId, Sync::Resolution::Mine));
    QVERIFY(stageConflicts(*b).isEmpty());
    QSignalSpy refused(b.get(), &Sync::SyncEngine::resolutionRefused);
    auto round = b->syncOnce();
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    QCOMPARE(round->refusedResolutions.size(), 1);
    QCOMPARE(round->refusedResolutions.first().conflictId, conflictId);
    QVERIFY(!round->refusedResolutions.first().reason.isEmpty());
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).value<QUuid>(), conflictId);
    QCOMPARE(refused.first().at(1).toString(), round->refusedResolutions.first().reason);
    // Open again, and nothing left in the queue to send again and again.
    const auto reopened = stageConflicts(*b);
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().id, conflictId);
    const auto queue = Store::SyncStateRepository(*b->database())
                               .value(QString::fromLatin1(Sync::SyncEngine::pendingResolutionsKey));
    QVERIFY(queue && (!queue->has_value() || **queue == QLatin1String("[]")));
    auto quiet = b->syncOnce();
    QVERIFY(quiet);
    QVERIFY(quiet->refusedResolutions.isEmpty());
    QCOMPARE(refused.count(), 1);

    // Keeping the server's stage is accepted: the conflict closes on both sides.
    QVERIFY(b->resolveConflict(conflictId, Sync::Resolution::Theirs));
    auto closed = b->syncOnce();
    QVERIFY(closed);
    QVERIFY(closed->refusedResolutions.isEmpty());
    QVERIFY(a->syncOnce());
    for (auto *engine : {a.get(), b.get()}) {
        QVERIFY(stageConflicts(*engine).isEmpty());
        QCOMPARE(Store::ApplicationRepository(*engine->database()).find(app.id)->stage,
                 Core::Stage::Withdrawn);
    }
}

QTEST_GUILESS_MAIN(tst_ResolutionRefused)
#include "tst_resolutionrefused.moc"
