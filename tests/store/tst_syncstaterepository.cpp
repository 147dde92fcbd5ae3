#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

namespace {

qint64 storedCopies(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM base_copies")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Marks every pending outbox entry done, as an acknowledged push does.
bool acknowledgeAll(Database &db)
{
    OutboxRepository outbox(db);
    auto pending = outbox.pending(1000);
    if (!pending)
        return false;
    QList<qint64> seqs;
    for (const OutboxEntry &entry : std::as_const(*pending))
        seqs << entry.seq;
    return outbox.markDone(seqs).ok();
}

} // namespace

class tst_SyncStateRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void keyValues()
    {
        const QString file = m_dir.filePath(QStringLiteral("s.db"));
        QUuid device;
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            SyncStateRepository state(**db);
            QVERIFY(!state.value(QStringLiteral("cursor"))->has_value());
            QVERIFY(state.setValue(QStringLiteral("cursor"), QStringLiteral("c-1")).ok());
            QVERIFY(state.setValue(QStringLiteral("cursor"), QStringLiteral("c-2")).ok());
            QCOMPARE(state.value(QStringLiteral("cursor"))->value(), QStringLiteral("c-2"));
            device = *state.deviceId();
            QVERIFY(!device.isNull());
            QCOMPARE(*state.deviceId(), device);
            QVERIFY(state.remove(QStringLiteral("cursor")).ok());
            QVERIFY(!state.value(QStringLiteral("cursor"))->has_value());
        }
        auto db = Database::open(file);
        QCOMPARE(*SyncStateRepository(**db).deviceId(), device);
    }

    void cursorRollsBackWithItsPage()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t.db")));
        QVERIFY(db.ok());
        SyncStateRepository state(**db);
        {
            Transaction tx((*db)->connection());
            QVERIFY(tx.begin().ok());
            QVERIFY(SyncStateRepository::setValueIn(
                            (*db)->connection(), QStringLiteral("cursor"), QStringLiteral("9"))
                            .ok());
            // no commit: a crash between the page and its cursor
        }
        QVERIFY(!state.value(QStringLiteral("cursor"))->has_value());
    }

    void baseCopiesAndTombstones()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("b.db")));
        QVERIFY(db.ok());
        SyncStateRepository state(**db);
        const QUuid id = QUuid::createUuid();
        const BaseCopy copy{QStringLiteral("candidate"),
                            id,
                            12,
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}};
        QVERIFY(SyncStateRepository::putBaseCopy((*db)->connection(), copy).ok());
        auto read = *state.baseCopy(QStringLiteral("candidate"), id);
        QVERIFY(read.has_value());
        QCOMPARE(read->version, 12);
        QCOMPARE(read->data, copy.data);
        QVERIFY(SyncStateRepository::removeBaseCopy(
                        (*db)->connection(), QStringLiteral("candidate"), id)
                        .ok());
        QVERIFY(!state.baseCopy(QStringLiteral("candidate"), id)->has_value());
        QVERIFY(SyncStateRepository::putTombstone(
                        (*db)->connection(), QStringLiteral("candidate"), id, 13)
                        .ok());
        QCOMPARE(state.tombstone(QStringLiteral("candidate"), id)->value_or(0), 13);
        QVERIFY(SyncStateRepository::removeTombstone(
                        (*db)->connection(), QStringLiteral("candidate"), id)
                        .ok());
        QVERIFY(!state.tombstone(QStringLiteral("candidate"), id)->has_value());
    }

    // A record's base is its row while it has no local edits; a copy is kept from its first
    // local edit (the row as the server last sent it) until a server copy is the row again.
    void baseCopyFollowsLocalEdits()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("lazy.db")));
        QVERIFY(db.ok());
        SyncStateRepository state(**db);
        RequisitionRepository requisitions(**db);
        const QString entity = QStringLiteral("requisition");
        Core::Requisition server = TestData::requisition(3, 1);
        server.version = 5;
        QCOMPARE(*requisitions.applyServerCopy(server), ApplyOutcome::Applied);
        QCOMPARE(storedCopies(**db), 0);
        auto base = *state.baseCopy(entity, server.id);
        QVERIFY(base.has_value());
        QCOMPARE(base->version, 5);
        QCOMPARE(base->data, Core::WireCodec::toJson(server));

        // Two local edits: the base stays the server's copy of version 5.
        Core::Requisition mine = server;
        mine.title = QStringLiteral("Mine");
        QVERIFY(requisitions.save(mine, WriteOrigin::LocalEdit).ok());
        mine.title = QStringLiteral("Mine again");
        QVERIFY(requisitions.save(mine, WriteOrigin::LocalEdit).ok());
        QCOMPARE(storedCopies(**db), 1);
        base = *state.baseCopy(entity, server.id);
        QCOMPARE(base->version, 5);
        QCOMPARE(base->data.value(QStringLiteral("title")).toString(), server.title);

        // A newer server copy meets the pending edits: only the base moves.
        Core::Requisition newer = server;
        newer.version = 6;
        newer.org = QStringLiteral("Server org");
        QCOMPARE(*requisitions.applyServerCopy(newer), ApplyOutcome::BaseOnly);
        base = *state.baseCopy(entity, server.id);
        QCOMPARE(base->version, 6);
        QCOMPARE(base->data.value(QStringLiteral("org")).toString(), QStringLiteral("Server org"));
        QCOMPARE(requisitions.find(server.id)->title, QStringLiteral("Mine again"));

        // The edits went up; a further edit before the pull keeps the same base...
        QVERIFY(acknowledgeAll(**db));
        mine.title = QStringLiteral("Third");
        QVERIFY(requisitions.save(mine, WriteOrigin::LocalEdit).ok());
        QCOMPARE(state.baseCopy(entity, server.id)->value().version, 6);
        QVERIFY(acknowledgeAll(**db));
        // ...and the server copy that follows is the row and the base again.
        Core::Requisition latest = newer;
        latest.version = 8;
        latest.title = QStringLiteral("Third");
        QCOMPARE(*requisitions.applyServerCopy(latest), ApplyOutcome::Applied);
        QCOMPARE(storedCopies(**db), 0);
        base = *state.baseCopy(entity, server.id);
        QCOMPARE(base->version, 8);
        QCOMPARE(base->data, Core::WireCodec::toJson(latest));

        // Created here and never synced: no base, before and after more edits.
        Core::Requisition local = TestData::requisition(3, 2);
        QVERIFY(requisitions.save(local, WriteOrigin::LocalEdit).ok());
        local.title = QStringLiteral("Renamed");
        QVERIFY(requisitions.save(local, WriteOrigin::LocalEdit).ok());
        QVERIFY(!state.baseCopy(entity, local.id)->has_value());
        QVERIFY(!state.baseCopy(entity, QUuid::createUuid())->has_value());

        // A local delete of a synced record keeps the deleted server copy as its base.
        QVERIFY(requisitions.remove(server.id, WriteOrigin::LocalEdit).ok());
        base = *state.baseCopy(entity, server.id);
        QVERIFY(base.has_value());
        QCOMPARE(base->data, Core::WireCodec::toJson(latest));

        // Candidates and applications (edit, stage move) keep theirs the same way.
        CandidateRepository candidates(**db);
        Core::Candidate candidate = TestData::candidate(3, 1);
        candidate.version = 4;
        QCOMPARE(*candidates.applyServerCopy(candidate), ApplyOutcome::Applied);
        Core::Candidate renamed = candidate;
        renamed.name = QStringLiteral("Someone Else");
        QVERIFY(candidates.save(renamed, WriteOrigin::LocalEdit).ok());
        QCOMPARE(state.baseCopy(QStringLiteral("candidate"), candidate.id)->value().data,
                 Core::WireCodec::toJson(candidate));
        ApplicationRepository applications(**db);
        Core::Application application = TestData::application(3, 1, candidate.id, server.id);
        application.version = 7;
        QCOMPARE(*applications.applyServerCopy(application), ApplyOutcome::Applied);
        QVERIFY(applications
                        .moveStage(application.id,
                                   Core::Stage::Rejected,
                                   QStringLiteral("no"),
                                   QStringLiteral("me"),
                                   QDateTime::currentDateTimeUtc())
                        .ok());
        QCOMPARE(state.baseCopy(QStringLiteral("application"), application.id)->value().data,
                 Core::WireCodec::toJson(application));
    }
};

QTEST_GUILESS_MAIN(tst_SyncStateRepository)
#include "tst_syncstaterepository.moc"
