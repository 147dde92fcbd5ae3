#pragma once

#include "core/error.h"
#include "core/note.h"
#include "core/requisition.h"
#include "core/stageevent.h"
#include "store/applicationrepository.h"
#include "store/conflictresolver.h"
#include "store/outboxentry.h"
#include "store/requisitionquery.h"
#include "store/storestatistics.h"
#include "store/synclogrepository.h"
#include "store/writeorigin.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QUuid>

#include <memory>

namespace Reqdesk::Store {

class Database;

/// A posting an import did not save because the cache already holds the same posting.
struct SkippedPosting
{
    QString title;
    QUuid existingId;

    friend bool operator==(const SkippedPosting &, const SkippedPosting &) = default;
};

/// What an import request did: the ids it saved (one transaction) and what it skipped.
struct ImportOutcome
{
    QList<QUuid> savedIds;
    QList<SkippedPosting> skipped;
};

/// What a CSV export wrote.
struct ExportOutcome
{
    QString path;
    qint64 requisitions = 0;
    qint64 lines = 0; ///< data lines, without the header (one per pay band)
};

/// Runs store requests on the thread it lives on; owns that thread's Database. Created and
/// driven by DatabaseClient; every result or failure is a signal carrying the request id.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    /// Opens nothing yet; open() is the first request.
    DatabaseWorker();
    ~DatabaseWorker() override;

    /// Opens (or creates) the cache with the header check (Database::Check::Header); closes any
    /// open one first. A refused file is not touched. DatabaseClient runs the full check after.
    void open(int requestId, const QString &path);
    /// One page of requisitions.
    void fetchPage(int requestId, const Reqdesk::Store::RequisitionQuery &query);
    /// The page of `query` that starts at 0-based `row` (query.after is ignored): a far jump
    /// without the pages in between. Answered by pageReady().
    void fetchPageAtRow(int requestId, const Reqdesk::Store::RequisitionQuery &query, qint64 row);
    /// Page-start cursors of `query` every `stride` rows (RequisitionRepository::anchors), so a
    /// windowed model can jump to any page with a short keyset seek.
    void anchors(int requestId, const Reqdesk::Store::RequisitionQuery &query, qint64 stride);
    /// The 0-based rows of `ids` in `query`'s filter and order; -1 for an id that does not match.
    /// Lets a model insert new rows where they belong instead of starting again.
    void
    rowsOf(int requestId, const Reqdesk::Store::RequisitionQuery &query, const QList<QUuid> &ids);
    /// Number of requisitions matching a filter.
    void count(int requestId, const Reqdesk::Store::RequisitionFilter &filter);
    /// One requisition with its bands.
    void find(int requestId, const QUuid &id);
    /// Saves requisitions in one transaction.
    void save(int requestId,
              const QList<Reqdesk::Core::Requisition> &requisitions,
              Reqdesk::Store::WriteOrigin origin);
    /// Writes `next` (or, when none, deletes `id`) as a local edit, but only when the stored
    /// record is still `expected` (none: not stored) apart from its timestamps and server
    /// version; else IllegalTransition ("changed since"), and nothing is written. The check and
    /// the write are one transaction. Answered by requisitionEdited(). Undo commands use it so
    /// they never overwrite a change they did not see.
    void editRequisition(int requestId,
                         const QUuid &id,
                         const std::optional<Reqdesk::Core::Requisition> &expected,
                         const std::optional<Reqdesk::Core::Requisition> &next);
    /// Deletes one requisition as a local edit (row, bands and an outbox delete in one
    /// transaction). Answered by removed().
    void removeRequisition(int requestId, const QUuid &id);
    /// Saves imported postings as one LocalEdit transaction, skipping those already stored
    /// (RequisitionRepository::findSamePosting): all or nothing.
    void importRequisitions(int requestId, const QList<Reqdesk::Core::Requisition> &requisitions);
    /// Counts of every table and of the pending outbox.
    void statistics(int requestId, Reqdesk::Store::StoreStatistics::Scope scope);
    /// Writes every requisition matching query.filter, in the query's order, as CSV
    /// (Core::RequisitionExport) to `path`, page by page so memory stays flat. The file is
    /// replaced atomically, only when everything was written.
    void
    exportCsv(int requestId, const Reqdesk::Store::RequisitionQuery &query, const QString &path);

    /// One page of application rows (with names) of one requisition, or of all when
    /// `requisitionId` is none. Answered by applicationsReady().
    void fetchApplications(int requestId,
                           const std::optional<QUuid> &requisitionId,
                           const std::optional<Reqdesk::Store::PageCursor> &after,
                           int limit);
    /// One page of application rows matching query.filter in query's order (filter and sort in
    /// SQL). Answered by applicationsReady().
    void fetchApplicationRows(int requestId, const Reqdesk::Store::ApplicationQuery &query);
    /// The page of application rows that starts at `row` of query's filter and order (the
    /// store steps there with ApplicationRepository::cursorAtRow). Answered by
    /// applicationsReady().
    void fetchApplicationsAtRow(int requestId,
                                const Reqdesk::Store::ApplicationQuery &query,
                                qint64 row);
    /// Application rows matching `filter`. Answered by countReady().
    void countApplications(int requestId, const Reqdesk::Store::ApplicationFilter &filter);
    /// Page-start cursors of the application query every `stride` rows. Answered by
    /// anchorsReady().
    void
    applicationAnchors(int requestId, const Reqdesk::Store::ApplicationQuery &query, qint64 stride);
    /// Rows of `ids` in the application query (-1: not in it). Answered by rowsFound().
    void applicationRowsOf(int requestId,
                           const Reqdesk::Store::ApplicationQuery &query,
                           const QList<QUuid> &ids);
    /// Moves an application from `from` to `to` after checking both that it still is at `from`
    /// (else IllegalTransition: someone moved it meanwhile) and the state machine, then writes
    /// the row, the event and their outbox entries in one transaction. Answered by
    /// stageMoved() with the updated row and the recorded event.
    void moveStage(int requestId,
                   const QUuid &applicationId,
                   Reqdesk::Core::Stage from,
                   Reqdesk::Core::Stage to,
                   const QString &reason,
                   const QString &by);
    /// One application row with names, fresh from the store. Answered by applicationFound().
    void findApplication(int requestId, const QUuid &applicationId);
    /// Appends a local note (queued for the server). Answered by noteAdded().
    void addNote(int requestId, const Reqdesk::Core::Note &note);
    /// The stage history and the notes of one application, oldest first. Answered by
    /// applicationHistoryReady().
    void applicationHistory(int requestId, const QUuid &applicationId);
    /// Funnel counts and time-in-stage figures of one requisition, or of all when
    /// `requisitionId` is none (ApplicationRepository::pipelineStatistics). Answered by
    /// pipelineStatisticsReady().
    void pipelineStatistics(int requestId, const std::optional<QUuid> &requisitionId);
    /// The open conflicts with titles and current values (ConflictResolver::openRows).
    /// Answered by conflictsReady().
    void openConflicts(int requestId);
    /// Resolves a conflict as a local edit + queued resolution in one transaction
    /// (ConflictResolver::resolve). Answered by conflictResolved().
    void resolveConflict(int requestId,
                         const QUuid &conflictId,
                         Reqdesk::Store::ConflictChoice choice,
                         const QJsonValue &value);
    /// Undoes a resolution (ConflictResolver::reopen). Answered by conflictReopened().
    void reopenConflict(int requestId, const Reqdesk::Store::ConflictOutcome &outcome);
    /// Titles of records named "entity:id" (ConflictResolver::titlesOf). Answered by
    /// recordTitlesReady().
    void recordTitles(int requestId, const QStringList &keys);
    /// The edits the server refused (set aside, with its reason), in upload order; answered by
    /// refusedEditsReady().
    void refusedEdits(int requestId);
    /// Puts the refused edits `seqs` back in the queue (a new try, a new mutation id), in one
    /// transaction; answered by editsReleased() with how many were released.
    void releaseEdits(int requestId, const QList<qint64> &seqs);
    /// Writes the records named "entity:id" as wire JSON to `path` (replaced atomically), so
    /// edits the server will not take can be kept elsewhere (SYNC.md 19). Answered by
    /// recordsExported() with the number of records found.
    void exportRecords(int requestId, const QStringList &keys, const QString &path);
    /// Appends a sync log line, keeping the newest `keep`. Answered by syncLogAppended().
    void appendSyncLog(int requestId, const Reqdesk::Store::SyncLogEntry &entry, int keep);
    /// The newest `limit` sync log lines, newest first. Answered by syncLogReady().
    void syncLog(int requestId, int limit);

signals:
    void opened(int requestId, int schemaVersion);
    void pageReady(int requestId, const Reqdesk::Store::RequisitionPage &page);
    void countReady(int requestId, qint64 count);
    void anchorsReady(int requestId, const QList<Reqdesk::Store::PageCursor> &anchors);
    void rowsFound(int requestId, const QList<qint64> &rows);
    void found(int requestId, const Reqdesk::Core::Requisition &requisition);
    /// Ids of the saved rows: the change set views refresh from.
    void saved(int requestId, const QList<QUuid> &ids);
    void removed(int requestId, const QUuid &id);
    /// `exists`: the requisition was saved (true) or deleted (false).
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
    void syncLogReady(int requestId, const QList<Reqdesk::Store::SyncLogEntry> &entries);
    void failed(int requestId, const Reqdesk::Core::Error &error);

private:
    bool ensureOpen(int requestId);
    /// Emits `ready` with the result's value, or failed() with its error.
    template<typename T, typename Value>
    void
    answer(int requestId, const Core::Result<T> &result, void (DatabaseWorker::*ready)(int, Value));

    std::unique_ptr<Database> m_database;
};

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::ImportOutcome)
Q_DECLARE_METATYPE(Reqdesk::Store::ExportOutcome)
Q_DECLARE_METATYPE(Reqdesk::Store::StoreStatistics)
Q_DECLARE_METATYPE(Reqdesk::Core::StageEvent)
Q_DECLARE_METATYPE(Reqdesk::Core::Note)
