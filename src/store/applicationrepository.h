#pragma once

#include "core/application.h"
#include "core/note.h"
#include "core/result.h"
#include "core/stageevent.h"
#include "store/applicationquery.h"
#include "store/applyoutcome.h"
#include "store/pipelinestatistics.h"
#include "store/requisitionquery.h"
#include "store/writeorigin.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace Reqdesk::Store {

class Database;

/// One page of a requisition's applications in applied order and the next page's cursor.
struct ApplicationPage
{
    QList<Core::Application> rows;
    std::optional<PageCursor> next;
};

/// An application as lists show it: the record with its candidate's name and requisition's
/// title, joined in SQL so a page is one query.
struct ApplicationRow
{
    Core::Application application;
    QString candidateName;
    QString requisitionTitle;

    friend bool operator==(const ApplicationRow &, const ApplicationRow &) = default;
};

/// One page of application rows in applied order and the next page's cursor.
struct ApplicationRowPage
{
    QList<ApplicationRow> rows;
    std::optional<PageCursor> next;
};

/// Applications with their append-only stage history and notes.
class ApplicationRepository final
{
public:
    /// Uses `database`'s connection, on its thread; `database` must outlive the repository.
    explicit ApplicationRepository(Database &database);

    /// Inserts a new application. A LocalEdit also records the first StageEvent (none → stage,
    /// by `by`) and the outbox entries of both, all in one transaction.
    Core::Status
    create(const Core::Application &application, const QString &by, WriteOrigin origin);
    /// Inserts or replaces an application as the server sent it (no event, no outbox); or, for
    /// a LocalEdit, updates the fields and queues the changed ones.
    Core::Status save(const Core::Application &application, WriteOrigin origin);
    /// Moves an application to `to`: updates the row (stage, exit reason for exits, times),
    /// appends a StageEvent and queues both in one transaction. The caller has validated the
    /// move with the core state machine. Returns the recorded event.
    Core::Result<Core::StageEvent> moveStage(const QUuid &applicationId,
                                             Core::Stage to,
                                             const QString &reason,
                                             const QString &by,
                                             const QDateTime &at = QDateTime::currentDateTimeUtc());
    /// Appends a stage event as the server sent it (Sync) or as a local record (LocalEdit).
    Core::Status addEvent(const Core::StageEvent &event, WriteOrigin origin);
    /// Appends a note; a LocalEdit queues it. A note with an id already stored is skipped
    /// (replays are harmless).
    Core::Status addNote(const Core::Note &note, WriteOrigin origin);

    /// Applies a copy pulled from the server with the same rules as
    /// RequisitionRepository::applyServerCopy (older, tombstoned, pending edits).
    Core::Result<ApplyOutcome> applyServerCopy(const Core::Application &server);
    /// The application; NotFound when there is none.
    Core::Result<Core::Application> find(const QUuid &id) const;
    /// The stage history, oldest first.
    Core::Result<QList<Core::StageEvent>> history(const QUuid &applicationId) const;
    /// The notes, oldest first.
    Core::Result<QList<Core::Note>> notes(const QUuid &applicationId) const;
    /// A requisition's applications by (applied_at, id), keyset paged after `after`.
    Core::Result<ApplicationPage> listByRequisition(const QUuid &requisitionId,
                                                    const std::optional<PageCursor> &after,
                                                    int limit) const;

    /// Applications with names, of one requisition or (none) of all, by (applied_at, id),
    /// keyset paged after `after`.
    Core::Result<ApplicationRowPage> listRows(const std::optional<QUuid> &requisitionId,
                                              const std::optional<PageCursor> &after,
                                              int limit) const;
    /// Application rows matching query.filter in query's order (stage in pipeline order,
    /// names case-insensitive, a missing last move or salary first), keyset paged after
    /// query.after with the id as tiebreak. Filter and sort run in SQL.
    Core::Result<ApplicationRowPage> listRows(const ApplicationQuery &query) const;
    /// Application rows matching `filter`.
    Core::Result<qint64> countRows(const ApplicationFilter &filter) const;
    /// 0-based position of the application `id` in query's filter and order; NotFound when it
    /// does not match. query.after and limit are ignored.
    Core::Result<qint64> rowOf(const ApplicationQuery &query, const QUuid &id) const;
    /// The cursor to pass as `after` to get the page that starts at `row` (0-based); none for
    /// row 0 or past the end. Steps through the order with OFFSET: use anchors() for repeated
    /// jumps.
    Core::Result<std::optional<PageCursor>> cursorAtRow(const ApplicationQuery &query,
                                                        qint64 row) const;
    /// Cursors at every `stride` rows of query's filter and order: element k starts the page at
    /// row (k+1) × stride. One pass in SQL; a windowed model keeps them to jump with one seek.
    Core::Result<QList<PageCursor>> anchors(const ApplicationQuery &query, qint64 stride) const;
    /// One application with names; NotFound when there is none.
    Core::Result<ApplicationRow> findRow(const QUuid &id) const;
    /// Funnel counts and time-in-stage figures of one requisition's applications or (none) of
    /// all, aggregated in SQL from the stage events (see docs/store.md).
    Core::Result<PipelineStatistics>
    pipelineStatistics(const std::optional<QUuid> &requisitionId) const;

private:
    Database &m_database;
};

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::ApplicationRow)
Q_DECLARE_METATYPE(Reqdesk::Store::ApplicationRowPage)
