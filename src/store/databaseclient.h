#pragma once

#include "store/databaseworker.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Reqdesk::Store {

/// The GUI-side handle of a DatabaseWorker on its own QThread: queues requests, returns
/// request ids at once and re-emits the worker's results on the caller's thread. The caller's
/// thread never runs SQL. Requests run in the order they were made.
class DatabaseClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseClient)

public:
    /// Starts the worker thread; no database is open until open().
    explicit DatabaseClient(QObject *parent = nullptr);
    /// Stops the worker thread after its queued requests; the Database closes on that thread.
    ~DatabaseClient() override;

    /// The SQLite library version the store runs on ("3.40.1"), for About boxes.
    static QString sqliteVersion();

    /// Queues opening `path`; answered by opened() or failed(). Once the requests made on
    /// opened() are answered, PRAGMA quick_check runs on a thread of its own (Database::verify)
    /// and answers verified() or damaged(); the worker serves requests meanwhile.
    int open(const QString &path);
    /// Queues a page request; answered by pageReady() or failed().
    int fetchPage(const RequisitionQuery &query);
    /// Queues the page that starts at `row`; answered by pageReady() or failed().
    int fetchPageAtRow(const RequisitionQuery &query, qint64 row);
    /// Queues page-start cursors every `stride` rows; answered by anchorsReady() or failed().
    int anchors(const RequisitionQuery &query, qint64 stride);
    /// Queues finding the rows of `ids` in `query`; answered by rowsFound() or failed().
    int rowsOf(const RequisitionQuery &query, const QList<QUuid> &ids);
    /// Queues a count; answered by countReady() or failed().
    int count(const RequisitionFilter &filter);
    /// Queues reading one requisition; answered by found() or failed().
    int find(const QUuid &id);
    /// Queues saving requisitions; answered by saved() or failed().
    int save(const QList<Core::Requisition> &requisitions, WriteOrigin origin);
    /// Queues a checked local edit: `next` saved (none: `id` deleted) only when the stored
    /// record still is `expected` (see DatabaseWorker::editRequisition); answered by
    /// requisitionEdited() or failed().
    int editRequisition(const QUuid &id,
                        const std::optional<Core::Requisition> &expected,
                        const std::optional<Core::Requisition> &next);
    /// Queues deleting a requisition as a local edit; answered by removed() or failed().
    int removeRequisition(const QUuid &id);
    /// Queues an import (LocalEdit, skipping stored postings); answered by imported() or failed().
    int importRequisitions(const QList<Core::Requisition> &requisitions);
    /// Queues counting the cache (StoreStatistics::collect with `scope`); answered by
    /// statisticsReady() or failed().
    int statistics(StoreStatistics::Scope scope = StoreStatistics::Scope::All);
    /// Queues a CSV export of query.filter in query's order; answered by exported() or failed().
    int exportCsv(const RequisitionQuery &query, const QString &path);

    /// Queues a page of application rows (all requisitions when `requisitionId` is none);
    /// answered by applicationsReady() or failed().
    int fetchApplications(const std::optional<QUuid> &requisitionId,
                          const std::optional<PageCursor> &after,
                          int limit = 200);
    /// Queues a page of application rows filtered and sorted in SQL; answered by
    /// applicationsReady() or failed().
    int fetchApplications(const ApplicationQuery &query);
    /// Queues the page of application rows that starts at `row`; answered by
    /// applicationsReady() or failed().
    int fetchApplicationsAtRow(const ApplicationQuery &query, qint64 row);
    /// Queues counting the application rows matching `filter`; answered by countReady() or
    /// failed().
    int countApplications(const ApplicationFilter &filter);
    /// Queues page-start cursors of an application query every `stride` rows; answered by
    /// anchorsReady() or failed().
    int applicationAnchors(const ApplicationQuery &query, qint64 stride);
    /// Queues finding the rows of application `ids` in `query`; answered by rowsFound() or
    /// failed().
    int applicationRowsOf(const ApplicationQuery &query, const QList<QUuid> &ids);
    /// Queues a checked stage move (see DatabaseWorker::moveStage); answered by stageMoved()
    /// or failed().
    int moveStage(const QUuid &applicationId,
                  Core::Stage from,
                  Core::Stage to,
                  const QString &reason,
                  const QString &by);
    /// Queues reading one application row; answered by applicationFound() or failed().
    int findApplication(const QUuid &applicationId);
    /// Queues appending a local note; answered by noteAdded() or failed().
    int addNote(const Core::Note &note);
    /// Queues reading an application's history and notes; answered by
    /// applicationHistoryReady() or failed().
    int applicationHistory(const QUuid &applicationId);
    /// Queues the funnel and time-in-stage figures of one requisition (all when none);
    /// answered by pipelineStatisticsReady() or failed().
    int pipelineStatistics(const std::optional<QUuid> &requisitionId);
    /// Queues reading the open conflicts; answered by conflictsReady() or failed().
    int openConflicts();
    /// Queues resolving a conflict (`value` for UseValue); answered by conflictResolved() or
    /// failed().
    int resolveConflict(const QUuid &conflictId,
                        ConflictChoice choice,
                        const QJsonValue &value = QJsonValue());
    /// Queues undoing a resolution; answered by conflictReopened() or failed().
    int reopenConflict(const ConflictOutcome &outcome);
    /// Queues reading what records "entity:id" are called; answered by recordTitlesReady() or
    /// failed().
    int recordTitles(const QStringList &keys);
    /// Queues reading the edits the server refused; answered by refusedEditsReady() or failed().
    int refusedEdits();
    /// Queues putting refused edits back in the upload queue; answered by editsReleased() or
    /// failed().
    int releaseEdits(const QList<qint64> &seqs);
    /// Queues writing records "entity:id" as JSON to `path`; answered by recordsExported() or
    /// failed().
    int exportRecords(const QStringList &keys, const QString &path);
    /// Queues appending a sync log line, keeping the newest `keep`; answered by
    /// syncLogAppended() or failed().
    int appendSyncLog(const SyncLogEntry &entry, int keep);
    /// Queues reading the newest `limit` sync log lines; answered by syncLogReady() or failed().
    int syncLog(int limit);

signals:
    void opened(int requestId, int schemaVersion);
    /// The full check of the cache opened by `requestId` found nothing wrong.
    void verified(int requestId);
    /// The full check of the cache opened by `requestId` found damage (DatabaseCorrupt).
    void damaged(int requestId, const Reqdesk::Core::Error &error);
    void pageReady(int requestId, const Reqdesk::Store::RequisitionPage &page);
    void countReady(int requestId, qint64 count);
    void anchorsReady(int requestId, const QList<Reqdesk::Store::PageCursor> &anchors);
    void rowsFound(int requestId, const QList<qint64> &rows);
    void found(int requestId, const Reqdesk::Core::Requisition &requisition);
    void saved(int requestId, const QList<QUuid> &ids);
    void removed(int requestId, const QUuid &id);
    void requisitionEdited(int requestId, const QUuid &id, bool exists);
    void imported(int requestId, const Reqdesk::Store::ImportOutcome &outcome);
    void statisticsReady(int requestId, const Reqdesk::Store::StoreStatistics &statistics);
    void exported(int requestId, const Reqdesk::Store::ExportOutcome &outcome);
    void applicationsReady(int requestId, const Reqdesk::Store::ApplicationRowPage &page);
    void stageMoved(int requestId,
                    const Reqdesk::Store::ApplicationRow &row,
                    const Reqdesk::Core::StageEvent &event);
    void applicationFound(int requestId, const Reqdesk::Store::ApplicationRow &row);
    void noteAdded(int requestId, const Reqdesk::Core::Note &note);
    void applicationHistoryReady(int requestId,
                                 const QUuid &applicationId,
                                 const QList<Reqdesk::Core::StageEvent> &events,
                                 const QList<Reqdesk::Core::Note> &notes);
    void pipelineStatisticsReady(int requestId,
                                 const Reqdesk::Store::PipelineStatistics &statistics);
    void conflictsReady(int requestId, const QList<Reqdesk::Store::ConflictRow> &rows);
    void conflictResolved(int requestId, const Reqdesk::Store::ConflictOutcome &outcome);
    void conflictReopened(int requestId, const QUuid &conflictId);
    void recordTitlesReady(int requestId, const QStringList &keys, const QStringList &titles);
    void refusedEditsReady(int requestId, const QList<Reqdesk::Store::OutboxEntry> &edits);
    void editsReleased(int requestId, int count);
    void recordsExported(int requestId, const QString &path, int count);
    void syncLogAppended(int requestId);
    /// The sync log lines, newest first.
    void syncLogReady(int requestId, const QList<Reqdesk::Store::SyncLogEntry> &entries);
    void failed(int requestId, const Reqdesk::Core::Error &error);

private:
    int nextId();
    void startVerify(int requestId, const QString &path);
    void stopVerify();
    template<typename F>
    int post(F &&request);

    QThread *m_thread = nullptr;
    DatabaseWorker *m_worker = nullptr;
    int m_lastId = 0;
    int m_openRequest = 0;
    QString m_openPath;
    QThread *m_verifier = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelVerify;
};

} // namespace Reqdesk::Store
