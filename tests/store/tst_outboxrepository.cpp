#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_OutboxRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static OutboxEntry entry(int i)
    {
        OutboxEntry e;
        e.entity = QStringLiteral("requisition");
        e.entityId = QUuid::createUuid();
        e.op = OutboxOp::Update;
        e.changes = QJsonObject{{QStringLiteral("title"), QStringLiteral("T%1").arg(i)}};
        e.baseVersion = i;
        return e;
    }

private slots:
    void queueLifecycle()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("o.db")));
        QVERIFY(db.ok());
        OutboxRepository outbox(**db);
        QList<qint64> seqs;
        for (int i = 0; i < 5; ++i) {
            OutboxEntry e = entry(i);
            QVERIFY(OutboxRepository::append((*db)->connection(), e).ok());
            QVERIFY(!e.mutationId.isNull());
            seqs << e.seq;
        }
        QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
        auto pending = *outbox.pending(3);
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.at(0).seq, seqs.at(0));
        QCOMPARE(pending.at(0).changes.value(QStringLiteral("title")).toString(),
                 QStringLiteral("T0"));

        QVERIFY(outbox.recordFailure(seqs.at(0), QStringLiteral("timeout")).ok());
        QVERIFY(outbox.setAside(seqs.at(1), QStringLiteral("rejected: invalid level")).ok());
        pending = *outbox.pending();
        QCOMPARE(pending.size(), 4);
        QCOMPARE(pending.at(0).attempts, 1);
        QCOMPARE(pending.at(0).lastError, QStringLiteral("timeout"));
        QCOMPARE(pending.at(1).seq, seqs.at(2)); // the poison entry no longer blocks
        auto aside = *outbox.setAside();
        QCOMPARE(aside.size(), 1);
        QVERIFY(aside.first().setAside);
        QCOMPARE(aside.first().lastError, QStringLiteral("rejected: invalid level"));
        QVERIFY(*outbox.hasPending(aside.first().entity, aside.first().entityId));

        QVERIFY(outbox.markDone({seqs.at(0), seqs.at(2)}).ok());
        QCOMPARE(*outbox.pendingCount(), 2);
        const QUuid refusedId = aside.first().mutationId;
        QVERIFY(outbox.release(seqs.at(1)).ok());
        pending = *outbox.pending();
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.first().seq, seqs.at(1)); // back at its original place
        QVERIFY(!pending.first().mutationId.isNull());
        QVERIFY(pending.first().mutationId != refusedId); // a retry, not a replay
        const QUuid queuedId = pending.at(1).mutationId;
        QVERIFY(outbox.release(pending.at(1).seq).ok()); // not set aside: untouched
        QCOMPARE(outbox.pending()->at(1).mutationId, queuedId);
        QCOMPARE(outbox.setAside(99999, QString()).error().code, Core::ErrorCode::NotFound);
    }

    void rebaseMovesLaterEntriesOfOneRecord()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("rebase.db")));
        QVERIFY(db.ok());
        OutboxEntry insert = entry(0);
        insert.op = OutboxOp::Insert;
        insert.baseVersion = 0;
        OutboxEntry update = entry(1);
        update.entityId = insert.entityId;
        update.baseVersion = 3;
        OutboxEntry newer = entry(2);
        newer.entityId = insert.entityId;
        newer.baseVersion = 12;
        OutboxEntry other = entry(3);
        other.baseVersion = 3;
        OutboxEntry restore = entry(4); // created again after its deletion from version 3
        restore.entityId = insert.entityId;
        restore.op = OutboxOp::Insert;
        restore.baseVersion = 3;
        OutboxEntry raised = entry(5); // its base raised by a merge: an older view of the rest
        raised.entityId = insert.entityId;
        raised.baseVersion = 5;
        for (OutboxEntry *e : {&insert, &update, &newer, &other, &restore, &raised})
            QVERIFY(OutboxRepository::append((*db)->connection(), *e).ok());
        // An edit sent from version 3 was applied at version 9.
        QVERIFY(OutboxRepository::rebase((*db)->connection(), insert.entity, insert.entityId, 3, 9)
                        .ok());
        const auto pending = *OutboxRepository(**db).pending();
        QCOMPARE(pending.size(), 6);
        QCOMPARE(pending.at(0).baseVersion, 0);  // an insert stays an insert on nothing
        QCOMPARE(pending.at(1).baseVersion, 9);  // the same view: moved up
        QCOMPARE(pending.at(2).baseVersion, 12); // never moved down
        QCOMPARE(pending.at(3).baseVersion, 3);  // another record
        QCOMPARE(pending.at(4).baseVersion, 9);  // a re-creation names the newest deletion
        QCOMPARE(pending.at(5).baseVersion, 5);  // another view: left to clash if it must
        // Nothing moves for an edit applied at its own base (nothing new).
        QVERIFY(OutboxRepository::rebase(
                        (*db)->connection(), insert.entity, insert.entityId, 12, 12)
                        .ok());
        QCOMPARE(OutboxRepository(**db).pending()->at(2).baseVersion, 12);
    }

    void rebaseWithinMovesOnlyEditsOfTheMergedFields()
    {
        // After a "merged" push of a title edit, a later title edit moves up; a later edit of
        // another field (or of both) and a delete keep their base, so they can still clash
        // with the changes the client has not seen.
        auto db = Database::open(m_dir.filePath(QStringLiteral("within.db")));
        QVERIFY(db.ok());
        const QUuid id = QUuid::createUuid();
        QList<OutboxEntry> entries;
        for (const QJsonObject &changes :
             {QJsonObject{{QStringLiteral("title"), QStringLiteral("Again")}},
              QJsonObject{{QStringLiteral("team"), QStringLiteral("Other")}},
              QJsonObject{{QStringLiteral("title"), QStringLiteral("Both")},
                          {QStringLiteral("team"), QStringLiteral("Both")}},
              QJsonObject{}}) {
            OutboxEntry e = entry(0);
            e.entityId = id;
            e.baseVersion = 4;
            e.changes = changes;
            e.op = changes.isEmpty() ? OutboxOp::Delete : OutboxOp::Update;
            QVERIFY(OutboxRepository::append((*db)->connection(), e).ok());
            entries.append(e);
        }
        QVERIFY(OutboxRepository::rebaseWithin((*db)->connection(),
                                               entries.first().entity,
                                               id,
                                               9,
                                               {QStringLiteral("title")})
                        .ok());
        const auto pending = *OutboxRepository(**db).pending();
        QCOMPARE(pending.size(), 4);
        QCOMPARE(pending.at(0).baseVersion, 9);
        QCOMPARE(pending.at(1).baseVersion, 4);
        QCOMPARE(pending.at(2).baseVersion, 4);
        QCOMPARE(pending.at(3).baseVersion, 4);
    }

    void mutationIdsAreUnique()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("u.db")));
        QVERIFY(db.ok());
        OutboxEntry a = entry(1);
        QVERIFY(OutboxRepository::append((*db)->connection(), a).ok());
        OutboxEntry b = entry(2);
        b.mutationId = a.mutationId;
        const auto status = OutboxRepository::append((*db)->connection(), b);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Core::ErrorCode::ConstraintViolated);
    }

    void seqNeverReused()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        OutboxRepository outbox(**db);
        OutboxEntry a = entry(1);
        QVERIFY(OutboxRepository::append((*db)->connection(), a).ok());
        QVERIFY(outbox.markDone({a.seq}).ok());
        OutboxEntry b = entry(2);
        QVERIFY(OutboxRepository::append((*db)->connection(), b).ok());
        QVERIFY(b.seq > a.seq);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxRepository)
#include "tst_outboxrepository.moc"
