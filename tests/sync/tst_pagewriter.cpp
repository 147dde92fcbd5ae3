// PageWriter must leave exactly the cache PullApplier leaves, row by row: the same rows in
// every table (records, bands, location terms, base copies, tombstones, outbox), the same FTS
// index, the same counts and change list, for records new to the cache and for every case that
// falls back to the general rules (older copies, tombstones, pending edits, repeats).

#include "core/demodatagenerator.h"
#include "core/note.h"
#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"
#include "sync/pagewriter.h"
#include "sync/pullapplier.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;

namespace {

using Core::WireCodec;

/// Pages of every entity: generated records with versions, plus hand-made notes.
QList<std::pair<QString, QJsonArray>> pages()
{
    const Core::DemoDataGenerator generator(11);
    qint64 version = 100;
    QJsonArray requisitions, candidates, applications, events, notes;
    for (int i = 0; i < 24; ++i) {
        auto r = generator.requisition(i);
        r.version = ++version;
        requisitions.append(WireCodec::toJson(r));
    }
    requisitions.append(requisitions.at(5)); // a repeat inside one page
    for (int i = 0; i < 8; ++i) {
        auto c = generator.candidate(i);
        c.version = ++version;
        candidates.append(WireCodec::toJson(c));
    }
    for (int i = 0; i < 20; ++i) {
        auto a = generator.application(i, generator.candidateId(i % 8), generator.requisitionId(i));
        a.version = ++version;
        applications.append(WireCodec::toJson(a));
        for (auto e : generator.history(a)) {
            e.version = ++version;
            events.append(WireCodec::toJson(e));
        }
        if (i % 4 == 0) {
            Core::Note n;
            n.id = generator.uuid(99, i);
            n.applicationId = a.id;
            n.author = QStringLiteral("grace");
            n.at = QDateTime(QDate(2026, 11, 2), QTime(9, i), Qt::UTC);
            n.text = QStringLiteral("Note %1 on the loop").arg(i);
            n.version = ++version;
            notes.append(WireCodec::toJson(n));
        }
    }
    return {{QStringLiteral("requisition"), requisitions},
            {QStringLiteral("candidate"), candidates},
            {QStringLiteral("application"), applications},
            {QStringLiteral("stage_event"), events},
            {QStringLiteral("note"), notes}};
}

/// Every row of every table the sync writes, as typed text, sorted (tombstones without their local
/// time of deletion, the outbox without its local times, requisitions without their rowid).
QStringList dump(Store::Database &database)
{
    const QStringList queries = {
            QStringLiteral("SELECT * FROM requisitions"),
            QStringLiteral("SELECT * FROM pay_bands"),
            QStringLiteral("SELECT * FROM location_terms"),
            QStringLiteral("SELECT * FROM candidates"),
            QStringLiteral("SELECT * FROM applications"),
            QStringLiteral("SELECT * FROM stage_events"),
            QStringLiteral("SELECT * FROM notes"),
            QStringLiteral("SELECT * FROM base_copies"),
            QStringLiteral("SELECT entity, entity_id, version FROM tombstones"),
            QStringLiteral("SELECT entity, entity_id, op, changes, base_version FROM outbox"),
            QStringLiteral("SELECT r.id, f.title FROM requisition_fts f JOIN requisitions r"
                           " ON r.rid = f.rowid WHERE requisition_fts"
                           " MATCH 'engineer OR manager OR analyst'"),
    };
    QStringList rows;
    for (const QString &sql : queries) {
        QSqlQuery q(database.connection());
        if (!q.exec(sql))
            return {QStringLiteral("failed: ") + sql};
        while (q.next()) {
            QStringList values{sql};
            // The rowid of a requisition is the cache's own (it keys the FTS index): which
            // number a record gets does not matter, that the index follows it does.
            const int first = sql.endsWith(QLatin1String("FROM requisitions")) ? 1 : 0;
            // With the storage class (integer, text, real), not only the text of the value.
            for (int i = first; i < q.record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("<null>")
                                               : QString::fromLatin1(q.value(i).metaType().name())
                                                         + u':' + q.value(i).toString());
            rows << values.join(u'|');
        }
    }
    rows.sort();
    return rows;
}

} // namespace

class tst_PageWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leavesWhatThePullApplierLeaves_data();
    void leavesWhatThePullApplierLeaves();
};

void tst_PageWriter::leavesWhatThePullApplierLeaves_data()
{
    QTest::addColumn<bool>("deferred");
    QTest::newRow("indexes and FTS triggers in place") << false;
    // As in a snapshot into an empty cache: set aside while the pages go in, rebuilt after.
    QTest::newRow("indexes and FTS triggers set aside") << true;
}

void tst_PageWriter::leavesWhatThePullApplierLeaves()
{
    QFETCH(bool, deferred);
    QTemporaryDir dir;
    auto fast = Store::Database::open(dir.filePath(QStringLiteral("fast.db")));
    auto slow = Store::Database::open(dir.filePath(QStringLiteral("slow.db")));
    QVERIFY(fast && slow);
    QString setAside;
    if (deferred) {
        auto dropped = Store::DeferredIndexes::drop(fast->get()->connection());
        QVERIFY(dropped);
        setAside = *dropped;
    }
    const auto all = pages();
    const QJsonArray &requisitions = all.first().second;

    // The same history in both caches: an older copy, a newer and an older tombstone, and a
    // pending local edit.
    for (Store::Database *db : {fast->get(), slow->get()}) {
        Store::RequisitionRepository repository(*db);
        auto older = *WireCodec::requisitionFromJson(requisitions.at(0).toObject(),
                                                     Core::Strictness::Lenient);
        older.version = 3;
        older.title = QStringLiteral("Older title");
        QVERIFY(repository.save(older, Store::WriteOrigin::Sync));
        auto edited = *WireCodec::requisitionFromJson(requisitions.at(2).toObject(),
                                                      Core::Strictness::Lenient);
        edited.version = 4;
        QVERIFY(repository.save(edited, Store::WriteOrigin::Sync));
        edited.title = QStringLiteral("Edited offline");
        QVERIFY(repository.save(edited, Store::WriteOrigin::LocalEdit));
        // An older copy with the same posting text (no re-indexing needed), and a newer copy.
        auto sameText = *WireCodec::requisitionFromJson(requisitions.at(6).toObject(),
                                                        Core::Strictness::Lenient);
        sameText.version = 2;
        sameText.openings += 3;
        QVERIFY(repository.save(sameText, Store::WriteOrigin::Sync));
        auto newer = *WireCodec::requisitionFromJson(requisitions.at(7).toObject(),
                                                     Core::Strictness::Lenient);
        newer.version = 999999;
        newer.title = QStringLiteral("Newer here");
        QVERIFY(repository.save(newer, Store::WriteOrigin::Sync));
        // Older copies of a candidate and an application.
        auto candidate = *WireCodec::candidateFromJson(all.at(1).second.at(0).toObject(),
                                                       Core::Strictness::Lenient);
        candidate.version = 1;
        candidate.name = QStringLiteral("Old name");
        QVERIFY(Store::CandidateRepository(*db).save(candidate, Store::WriteOrigin::Sync));
        auto application = *WireCodec::applicationFromJson(all.at(2).second.at(0).toObject(),
                                                           Core::Strictness::Lenient);
        application.version = 1;
        application.exitReason = QStringLiteral("old reason");
        QVERIFY(Store::ApplicationRepository(*db).save(application, Store::WriteOrigin::Sync));
        // Older copies whose bands or locations differ (rewritten), and one whose bands and
        // locations match but whose other columns differ (bands and terms stay).
        auto otherBands = *WireCodec::requisitionFromJson(requisitions.at(9).toObject(),
                                                          Core::Strictness::Lenient);
        otherBands.version = 1;
        QVERIFY(!otherBands.bands.isEmpty());
        otherBands.bands.first().minMinor -= 100;
        otherBands.bands.first().location = QStringLiteral("Elsewhere, Nowhere");
        otherBands.bands.removeLast();
        QVERIFY(repository.save(otherBands, Store::WriteOrigin::Sync));
        auto otherPlaces = *WireCodec::requisitionFromJson(requisitions.at(10).toObject(),
                                                           Core::Strictness::Lenient);
        otherPlaces.version = 1;
        otherPlaces.locations = QStringList{QStringLiteral("Faraway, Someplace")};
        QVERIFY(repository.save(otherPlaces, Store::WriteOrigin::Sync));
        auto sameChildren = *WireCodec::requisitionFromJson(requisitions.at(11).toObject(),
                                                            Core::Strictness::Lenient);
        sameChildren.version = 1;
        sameChildren.headcount += 2;
        sameChildren.team = QStringLiteral("Another team");
        QVERIFY(repository.save(sameChildren, Store::WriteOrigin::Sync));
        // An edit that went up (acknowledged, not pulled yet) left a base copy behind, which
        // the server copy replacing the row makes obsolete.
        auto acknowledged = *WireCodec::requisitionFromJson(requisitions.at(8).toObject(),
                                                            Core::Strictness::Lenient);
        acknowledged.version = 2;
        QVERIFY(repository.save(acknowledged, Store::WriteOrigin::Sync));
        acknowledged.title = QStringLiteral("Edited and pushed");
        QVERIFY(repository.save(acknowledged, Store::WriteOrigin::LocalEdit));
        Store::OutboxRepository outbox(*db);
        const auto pending = outbox.pending(100); // kept: the loop reads into the Result
        for (const Store::OutboxEntry &entry : *pending) {
            if (entry.entityId == acknowledged.id)
                QVERIFY(outbox.markDone({entry.seq}));
        }
        QSqlDatabase connection = db->connection();
        for (const auto &[index, version] : {std::pair{1, 100000}, std::pair{3, 1}}) {
            const QUuid id = QUuid::fromString(
                    requisitions.at(index).toObject().value(QStringLiteral("id")).toString());
            QVERIFY(Store::SyncStateRepository::putTombstone(
                    connection, QStringLiteral("requisition"), id, version));
        }
    }

    Sync::RoundReport fastReport, slowReport;
    QSet<QString> fastChanged, slowChanged;
    // Twice: the second time every record is a replay.
    for (const auto &[entity, records] : all + all) {
        {
            Store::Transaction tx(fast->get()->connection());
            QVERIFY(tx.begin());
            QVERIFY(Sync::PageWriter(**fast, fastReport, fastChanged).applyPage(entity, records));
            QVERIFY(tx.commit());
        }
        {
            Store::Transaction tx(slow->get()->connection());
            QVERIFY(tx.begin());
            Sync::PullApplier applier(**slow, slowReport, slowChanged);
            for (const QJsonValue &record : records)
                QVERIFY(applier.apply(entity, QStringLiteral("upsert"), record.toObject()));
            QVERIFY(tx.commit());
        }
    }
    if (deferred)
        QVERIFY(Store::DeferredIndexes::restore(fast->get()->connection(), setAside));
    QCOMPARE(fastReport.pulled, slowReport.pulled);
    QCOMPARE(fastReport.keptLocal, slowReport.keptLocal);
    QCOMPARE(fastChanged, slowChanged);
    const QStringList fastRows = dump(**fast);
    QVERIFY(fastRows.size() > 200);
    QCOMPARE(fastRows, dump(**slow));
    // Only the pending edit keeps a base copy.
    QSqlQuery copies(fast->get()->connection());
    QVERIFY(copies.exec(QStringLiteral("SELECT entity_id FROM base_copies")));
    QVERIFY(copies.next());
    QCOMPARE(copies.value(0).toString(),
             requisitions.at(2).toObject().value(QStringLiteral("id")).toString());
    QVERIFY(!copies.next());
    // The FTS index agrees with its content table.
    QSqlQuery check(fast->get()->connection());
    QVERIFY(check.exec(QStringLiteral(
            "INSERT INTO requisition_fts(requisition_fts) VALUES ('integrity-check')")));
}

QTEST_GUILESS_MAIN(tst_PageWriter)
#include "tst_pagewriter.moc"
