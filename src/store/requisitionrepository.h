#pragma once

#include "core/requisition.h"
#include "core/result.h"
#include "store/applyoutcome.h"
#include "store/requisitionquery.h"
#include "store/writeorigin.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>
#include <optional>

namespace Reqdesk::Store {

class Database;

/// Requisitions with their bands, derived search columns and FTS rows; lists by keyset paging.
class RequisitionRepository final
{
public:
    /// Uses `database`'s connection, on its thread; `database` must outlive the repository.
    explicit RequisitionRepository(Database &database);

    /// Inserts or updates one requisition with its bands in one transaction. A LocalEdit also
    /// writes an outbox entry with the changed fields in that transaction; a Sync write
    /// stores the record as the base copy instead.
    Core::Status save(const Core::Requisition &requisition, WriteOrigin origin);
    /// Saves all requisitions in ONE transaction: all or nothing (a file import).
    Core::Status saveAll(const QList<Core::Requisition> &requisitions, WriteOrigin origin);
    /// The requisition with its bands; NotFound when there is none.
    Core::Result<Core::Requisition> find(const QUuid &id) const;
    /// A stored requisition that is the same posting as `requisition` (a file imported again):
    /// same title and company (case-insensitive) and either the same external id or, without
    /// one, the same pay bands and posting sections. Nothing when there is none.
    Core::Result<std::optional<QUuid>> findSamePosting(const Core::Requisition &requisition) const;
    /// Calls `visit` with every requisition in id order, read in batches so memory stays flat
    /// however large the cache; `visit` returns false to stop early.
    Core::Status forEach(const std::function<bool(const Core::Requisition &)> &visit) const;
    /// Deletes the requisition and its bands and leaves a tombstone; a LocalEdit queues a
    /// delete with the row's base version. NotFound when there is none.
    Core::Status remove(const QUuid &id, WriteOrigin origin);

    /// Applies a requisition pulled from the server (SYNC.md "applying a pulled row"): older or
    /// equal versions and tombstoned records are skipped, a row with pending outbox entries
    /// keeps its local values and only moves its base copy, anything else is saved as Sync.
    /// Composes inside a caller's transaction (the page and its cursor).
    Core::Result<ApplyOutcome> applyServerCopy(const Core::Requisition &serverCopy);

    /// Rows matching the filter.
    Core::Result<qint64> count(const RequisitionFilter &filter) const;
    /// One page in the query's order after query.after (keyset paging: exact and stable).
    Core::Result<RequisitionPage> page(const RequisitionQuery &query) const;
    /// 0-based position of the row `id` in the query's filter and order; NotFound when the
    /// row does not match. query.after and limit are ignored.
    Core::Result<qint64> rowOf(const RequisitionQuery &query, const QUuid &id) const;
    /// The cursor to pass as `after` to get the page that starts at `row` (0-based); none for
    /// row 0 or past the end. Steps through the sort index (OFFSET), so use anchors() for
    /// repeated jumps in a large list.
    Core::Result<std::optional<PageCursor>> cursorAtRow(const RequisitionQuery &query,
                                                        qint64 row) const;
    /// Cursors at every `stride` rows: element k starts the page at row (k+1) × stride. One pass
    /// over the sort index; a windowed model keeps them to jump to any row with a short seek.
    Core::Result<QList<PageCursor>> anchors(const RequisitionQuery &query, qint64 stride) const;

    /// The SQL and bound values page() runs for `query`, for benchmarks and EXPLAIN QUERY PLAN.
    static QPair<QString, QVariantList> pageStatement(const RequisitionQuery &query);

    /// Writes one requisition inside the caller's transaction (used by save, saveAll, import).
    static Core::Status
    saveInTransaction(QSqlDatabase db, const Core::Requisition &requisition, WriteOrigin origin);
    /// Reads one requisition on `db`; nullopt when there is none.
    static Core::Result<std::optional<Core::Requisition>> load(QSqlDatabase db, const QUuid &id);

private:
    Database &m_database;
};

} // namespace Reqdesk::Store
