#include "store/applicationrepository.h"
#include "store/database.h"
#include "store/databaseclient.h"
#include "store/requisitionrepository.h"
#include "storetestdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_DatabaseWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void stageMovesAreCheckedOnTheWorker()
    {
        const QString path = m_dir.filePath(QStringLiteral("moves.db"));
        const auto a = TestData::application(4, 0, QUuid::createUuid(), QUuid::createUuid());
        QCOMPARE(a.stage, Core::Stage::Applied);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(ApplicationRepository(**db).create(a, QString(), WriteOrigin::Sync).ok());
        }
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy moved(&client, &DatabaseClient::stageMoved);
        QSignalSpy history(&client, &DatabaseClient::applicationHistoryReady);
        QSignalSpy notes(&client, &DatabaseClient::noteAdded);
        QSignalSpy failed(&client, &DatabaseClient::failed);
        QSignalSpy stats(&client, &DatabaseClient::statisticsReady);
        client.open(path);
        QTRY_COMPARE(opened.size(), 1);

        // Stale: the caller thinks it is at Onsite.
        const int stale = client.moveStage(
                a.id, Core::Stage::Onsite, Core::Stage::Offer, QString(), QStringLiteral("u"));
        // Illegal: Applied cannot jump to Hired.
        const int illegal = client.moveStage(
                a.id, Core::Stage::Applied, Core::Stage::Hired, QString(), QStringLiteral("u"));
        // A rejection without a reason.
        const int reasonless = client.moveStage(
                a.id, Core::Stage::Applied, Core::Stage::Rejected, QStringLiteral("  "), QString());
        client.statistics();
        QTRY_COMPARE(stats.size(), 1);
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.at(0).at(0).toInt(), stale);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::IllegalTransition);
        QCOMPARE(failed.at(1).at(0).toInt(), illegal);
        QCOMPARE(failed.at(1).at(1).value<Core::Error>().code, Core::ErrorCode::IllegalTransition);
        QCOMPARE(failed.at(2).at(0).toInt(), reasonless);
        QCOMPARE(failed.at(2).at(1).value<Core::Error>().code, Core::ErrorCode::ReasonRequired);
        QCOMPARE(stats.at(0).at(1).value<StoreStatistics>().outboxPending, 0);
        QCOMPARE(moved.size(), 0);

        const int ok = client.moveStage(a.id,
                                        Core::Stage::Applied,
                                        Core::Stage::RecruiterScreen,
                                        QString(),
                                        QStringLiteral("u"));
        Core::Note note{QUuid::createUuid(),
                        a.id,
                        QStringLiteral("u"),
                        a.appliedAt,
                        QStringLiteral("ok"),
                        0};
        client.addNote(note);
        client.applicationHistory(a.id);
        QTRY_COMPARE(history.size(), 1);
        QCOMPARE(moved.at(0).at(0).toInt(), ok);
        QCOMPARE(moved.at(0).at(1).value<ApplicationRow>().application.stage,
                 Core::Stage::RecruiterScreen);
        QCOMPARE(notes.size(), 1);
        const auto events = history.at(0).at(2).value<QList<Core::StageEvent>>();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).from, std::optional(Core::Stage::Applied));
        QCOMPARE(history.at(0).at(3).value<QList<Core::Note>>().size(), 1);
    }

    void requestsRunOnTheWorkerAndAnswerBySignal()
    {
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy saved(&client, &DatabaseClient::saved);
        QSignalSpy pages(&client, &DatabaseClient::pageReady);
        QSignalSpy counts(&client, &DatabaseClient::countReady);
        QSignalSpy found(&client, &DatabaseClient::found);
        QSignalSpy failed(&client, &DatabaseClient::failed);

        const int openId = client.open(m_dir.filePath(QStringLiteral("w.db")));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toInt(), openId);

        QList<Core::Requisition> list;
        for (int i = 0; i < 25; ++i)
            list << TestData::requisition(5, i);
        const int saveId = client.save(list, WriteOrigin::Sync);
        // Queued in order: the page request runs after the save.
        RequisitionQuery query;
        query.sort = SortColumn::Title;
        query.order = Qt::AscendingOrder;
        query.limit = 10;
        const int pageId = client.fetchPage(query);
        const int countId = client.count({});
        const int findId = client.find(list.at(3).id);
        const int missingId = client.find(QUuid::createUuid());

        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toInt(), saveId);
        QCOMPARE(saved.at(0).at(1).value<QList<QUuid>>().size(), 25);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).at(0).toInt(), pageId);
        const auto page = pages.at(0).at(1).value<RequisitionPage>();
        QCOMPARE(page.rows.size(), 10);
        QVERIFY(page.next.has_value());
        QCOMPARE(counts.at(0).at(0).toInt(), countId);
        QCOMPARE(counts.at(0).at(1).toLongLong(), 25);
        QCOMPARE(found.at(0).at(0).toInt(), findId);
        QCOMPARE(found.at(0).at(1).value<Core::Requisition>(), list.at(3));
        QCOMPARE(failed.at(0).at(0).toInt(), missingId);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::NotFound);
    }

    void removeRequisitionIsALocalEditWithItsOutboxEntry()
    {
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy saved(&client, &DatabaseClient::saved);
        QSignalSpy removed(&client, &DatabaseClient::removed);
        QSignalSpy counts(&client, &DatabaseClient::countReady);
        QSignalSpy stats(&client, &DatabaseClient::statisticsReady);
        QSignalSpy failed(&client, &DatabaseClient::failed);
        client.open(m_dir.filePath(QStringLiteral("remove.db")));
        QTRY_COMPARE(opened.size(), 1);
        const QList<Core::Requisition> list{TestData::requisition(9, 0),
                                            TestData::requisition(9, 1)};
        client.save(list, WriteOrigin::Sync);
        const int removeId = client.removeRequisition(list.at(0).id);
        const int again = client.removeRequisition(list.at(0).id);
        client.count({});
        client.statistics();
        QTRY_COMPARE(stats.size(), 1);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), removeId);
        QCOMPARE(removed.at(0).at(1).toUuid(), list.at(0).id);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), again);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::NotFound);
        QCOMPARE(counts.at(0).at(1).toLongLong(), 1);
        // One outbox delete, queued in the same transaction as the delete.
        QCOMPARE(stats.at(0).at(1).value<StoreStatistics>().outboxPending, 1);
    }

    void editRequisitionWritesOnlyOverWhatItExpects()
    {
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy edited(&client, &DatabaseClient::requisitionEdited);
        QSignalSpy stats(&client, &DatabaseClient::statisticsReady);
        QSignalSpy failed(&client, &DatabaseClient::failed);
        client.open(m_dir.filePath(QStringLiteral("edit.db")));
        QTRY_COMPARE(opened.size(), 1);
        const Core::Requisition stored = TestData::requisition(8, 0);
        client.save({stored}, WriteOrigin::Sync);

        Core::Requisition next = stored;
        next.title = QStringLiteral("Renamed");
        next.updatedAt = next.updatedAt.addSecs(60); // timestamps are not what is compared
        Core::Requisition stale = stored;
        stale.title = QStringLiteral("Something this client never saw");
        const int refused = client.editRequisition(stored.id, stale, next);
        const int created = client.editRequisition(stored.id, std::nullopt, next);
        const int ok = client.editRequisition(stored.id, stored, next);
        const int deleted = client.editRequisition(stored.id, next, std::nullopt);
        client.statistics();
        QTRY_COMPARE(stats.size(), 1);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at(0).toInt(), refused);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::IllegalTransition);
        QCOMPARE(failed.at(1).at(0).toInt(), created);
        QCOMPARE(edited.size(), 2);
        QCOMPARE(edited.at(0).at(0).toInt(), ok);
        QCOMPARE(edited.at(0).at(2).toBool(), true);
        QCOMPARE(edited.at(1).at(0).toInt(), deleted);
        QCOMPARE(edited.at(1).at(2).toBool(), false);
        // The update and the delete, each with its outbox entry; nothing for the refusals.
        QCOMPARE(stats.at(0).at(1).value<StoreStatistics>().outboxPending, 2);
    }

    void importSkipsStoredPostingsAndExportStreamsCsv()
    {
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy imported(&client, &DatabaseClient::imported);
        QSignalSpy stats(&client, &DatabaseClient::statisticsReady);
        QSignalSpy exported(&client, &DatabaseClient::exported);
        QSignalSpy failed(&client, &DatabaseClient::failed);
        client.open(m_dir.filePath(QStringLiteral("import.db")));
        QTRY_COMPARE(opened.size(), 1);

        QList<Core::Requisition> list;
        for (int i = 0; i < 3; ++i)
            list << TestData::requisition(9, i);
        client.importRequisitions(list);
        // The same postings again, under new ids: all three are recognised and skipped.
        QList<Core::Requisition> again = list;
        for (Core::Requisition &r : again)
            r.id = QUuid::createUuid();
        client.importRequisitions(again);
        client.statistics();
        RequisitionQuery query;
        query.sort = SortColumn::Title;
        query.order = Qt::AscendingOrder;
        const QString csv = m_dir.filePath(QStringLiteral("view.csv"));
        client.exportCsv(query, csv);

        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(imported.size(), 2);
        const auto first = imported.at(0).at(1).value<ImportOutcome>();
        QCOMPARE(first.savedIds.size(), 3);
        QVERIFY(first.skipped.isEmpty());
        const auto second = imported.at(1).at(1).value<ImportOutcome>();
        QVERIFY(second.savedIds.isEmpty());
        QCOMPARE(second.skipped.size(), 3);
        QCOMPARE(second.skipped.at(0).existingId, list.at(0).id);
        const auto statistics = stats.at(0).at(1).value<StoreStatistics>();
        QCOMPARE(statistics.requisitions, 3);
        QCOMPARE(statistics.outboxPending, 3);
        const auto outcome = exported.at(0).at(1).value<ExportOutcome>();
        QCOMPARE(outcome.requisitions, 3);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // Header, one line per band, and the empty remainder after the last line break.
        QCOMPARE(qint64(lines.size()), outcome.lines + 2);
    }

    void farPagesByRowAndAnchors()
    {
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy pages(&client, &DatabaseClient::pageReady);
        QSignalSpy anchors(&client, &DatabaseClient::anchorsReady);
        QSignalSpy failed(&client, &DatabaseClient::failed);
        client.open(m_dir.filePath(QStringLiteral("jump.db")));
        QTRY_COMPARE(opened.size(), 1);
        QList<Core::Requisition> list;
        for (int i = 0; i < 40; ++i)
            list << TestData::requisition(11, i);
        client.save(list, WriteOrigin::Sync);
        RequisitionQuery query;
        query.sort = SortColumn::Title;
        query.order = Qt::AscendingOrder;
        query.limit = 40;
        const int allId = client.fetchPage(query);
        query.limit = 10;
        const int atId = client.fetchPageAtRow(query, 25);
        const int anchorsId = client.anchors(query, 10);
        QTRY_COMPARE(anchors.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).at(0).toInt(), allId);
        QCOMPARE(pages.at(1).at(0).toInt(), atId);
        const auto all = pages.at(0).at(1).value<RequisitionPage>();
        const auto at = pages.at(1).at(1).value<RequisitionPage>();
        QCOMPARE(at.rows.size(), 10);
        QCOMPARE(at.rows.at(0).id, all.rows.at(25).id);
        QCOMPARE(anchors.at(0).at(0).toInt(), anchorsId);
        const auto cursors = anchors.at(0).at(1).value<QList<PageCursor>>();
        QVERIFY(cursors.size() >= 3); // pages start at rows 10, 20, 30 (and the end)
        query.after = cursors.at(1);
        client.fetchPage(query);
        QTRY_COMPARE(pages.size(), 3);
        QCOMPARE(pages.at(2).at(1).value<RequisitionPage>().rows.at(0).id, all.rows.at(20).id);

        // Where given ids sort; -1 for one that is not there.
        QSignalSpy rows(&client, &DatabaseClient::rowsFound);
        client.rowsOf(query, {all.rows.at(7).id, QUuid::createUuid(), all.rows.at(39).id});
        QTRY_COMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{7, -1, 39}));
    }

    void applicationWindowRequestsAndTheSyncLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.db"));
        QList<QUuid> ids;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            ApplicationRepository repo(**db);
            for (int i = 0; i < 12; ++i) {
                const auto a
                        = TestData::application(4, i, QUuid::createUuid(), QUuid::createUuid());
                QVERIFY(repo.create(a, QString(), WriteOrigin::Sync).ok());
            }
            ApplicationQuery all;
            all.limit = 100;
            const auto listed = repo.listRows(all);
            QVERIFY(listed.ok());
            for (const ApplicationRow &row : listed->rows)
                ids << row.application.id;
        }
        QCOMPARE(ids.size(), 12);
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy counted(&client, &DatabaseClient::countReady);
        QSignalSpy pages(&client, &DatabaseClient::applicationsReady);
        QSignalSpy anchors(&client, &DatabaseClient::anchorsReady);
        QSignalSpy rows(&client, &DatabaseClient::rowsFound);
        QSignalSpy appended(&client, &DatabaseClient::syncLogAppended);
        QSignalSpy log(&client, &DatabaseClient::syncLogReady);
        client.open(path);
        QTRY_COMPARE(opened.size(), 1);

        ApplicationQuery query;
        query.limit = 5;
        const int countId = client.countApplications(query.filter);
        const int pageId = client.fetchApplicationsAtRow(query, 7);
        const int anchorsId = client.applicationAnchors(query, 5);
        const int rowsId = client.applicationRowsOf(query, {ids.at(9), QUuid::createUuid()});
        QTRY_COMPARE(rows.size(), 1);
        QCOMPARE(counted.at(0).at(0).toInt(), countId);
        QCOMPARE(counted.at(0).at(1).toLongLong(), 12);
        QCOMPARE(pages.at(0).at(0).toInt(), pageId);
        const auto page = pages.at(0).at(1).value<ApplicationRowPage>();
        QCOMPARE(page.rows.size(), 5);
        QCOMPARE(page.rows.at(0).application.id, ids.at(7));
        QCOMPARE(anchors.at(0).at(0).toInt(), anchorsId);
        QCOMPARE(anchors.at(0).at(1).value<QList<PageCursor>>().size(), 2);
        QCOMPARE(rows.at(0).at(0).toInt(), rowsId);
        QCOMPARE(rows.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{9, -1}));

        SyncLogEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.pulled = 3;
        client.appendSyncLog(entry, 200);
        client.syncLog(10);
        QTRY_COMPARE(log.size(), 1);
        QCOMPARE(appended.size(), 1);
        const auto entries = log.at(0).at(1).value<QList<SyncLogEntry>>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).pulled, 3);
    }

    void failsWithoutDatabase()
    {
        DatabaseClient client;
        QSignalSpy failed(&client, &DatabaseClient::failed);
        const int id = client.count({});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), id);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::DatabaseOpenFailed);
    }

    void theFullCheckRunsAfterOpening()
    {
        // A sound file: opened, then verified in the background.
        const QString sound = m_dir.filePath(QStringLiteral("sound.db"));
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            auto db = Database::open(sound);
            QVERIFY(db.ok());
            RequisitionRepository repo(**db);
            QList<Core::Requisition> list;
            for (int i = 0; i < 300; ++i)
                list << TestData::requisition(3, i);
            QVERIFY(repo.saveAll(list, WriteOrigin::Sync).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        QVERIFY(QFile::copy(sound, damaged));
        {
            DatabaseClient client;
            QSignalSpy opened(&client, &DatabaseClient::opened);
            QSignalSpy verified(&client, &DatabaseClient::verified);
            QSignalSpy broken(&client, &DatabaseClient::damaged);
            const int id = client.open(sound);
            QTRY_COMPARE(verified.size(), 1);
            QCOMPARE(opened.size(), 1);
            QCOMPARE(verified.at(0).at(0).toInt(), id);
            QCOMPARE(broken.size(), 0);
        }
        // Pages scribbled over behind an intact header: the header check lets it open (the
        // first rows show at once), the full check behind it reports the damage.
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray content = f.readAll();
            for (qsizetype i = 4096 * 3; i < content.size() - 4096; i += 7)
                content[i] = char(0xA5);
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(content), content.size());
        }
        DatabaseClient client;
        QSignalSpy broken(&client, &DatabaseClient::damaged);
        QSignalSpy failed(&client, &DatabaseClient::failed);
        QSignalSpy opened(&client, &DatabaseClient::opened);
        const int id = client.open(damaged);
        QTRY_COMPARE(broken.size() + failed.size(), 1);
        if (!broken.isEmpty()) {
            QCOMPARE(opened.size(), 1);
            QCOMPARE(broken.at(0).at(0).toInt(), id);
            QCOMPARE(broken.at(0).at(1).value<Core::Error>().code,
                     Core::ErrorCode::DatabaseCorrupt);
        }
    }

    void closingDuringTheCheckDoesNotWaitForIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("closing.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        client.open(path);
        QTRY_COMPARE(opened.size(), 1);
        // Destroying the client now cancels the check (no hang, no late signal).
    }

    void openErrorsArriveAsSignals()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-db.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, this is not SQLite at all, just some text to be refused\n");
        f.close();
        DatabaseClient client;
        QSignalSpy failed(&client, &DatabaseClient::failed);
        client.open(path);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::DatabaseNotReqdesk);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseWorker)
#include "tst_databaseworker.moc"
