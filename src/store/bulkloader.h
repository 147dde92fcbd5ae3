#pragma once

#include "core/requisition.h"
#include "core/result.h"
#include "store/bulktransaction.h"

#include <QList>

#include <memory>

struct sqlite3_stmt;

namespace Reqdesk::Store {

class Database;

/// Loads many requisitions as server data (no outbox, no base copies) in one transaction.
/// Into an empty table it drops the secondary indexes and FTS triggers, loads, then rebuilds
/// them in one go; into a non-empty table the indexes and triggers stay and rows go through
/// them. Synchronous writes and foreign-key checks are off while it runs.
class BulkLoader final
{
public:
    /// How rows reach SQLite; both use the Database's one connection (docs/store.md compares).
    enum class Method {
        QtSql,     ///< QSqlQuery prepared once, values bound per row
        SqliteApi, ///< sqlite3_stmt prepared once on QSqlDriver::handle()
    };

    /// Loads through `database`'s connection with `method`; call begin() first.
    explicit BulkLoader(Database &database, Method method = Method::SqliteApi);
    /// Rolls back when finish() was not reached.
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    /// Starts the load: pragmas, BEGIN, index and trigger drops when the table is empty.
    Core::Status begin();
    /// Inserts one requisition with its bands and location terms. An id already stored fails
    /// with ConstraintViolated; the caller then aborts.
    Core::Status add(const Core::Requisition &requisition);
    /// add() for each.
    Core::Status addAll(const QList<Core::Requisition> &requisitions);
    /// Rebuilds what begin() dropped (indexes, FTS in one 'rebuild'), commits, restores pragmas.
    Core::Status finish();
    /// Rolls back everything since begin() and restores the pragmas.
    void abort();

    /// Requisitions added since begin().
    qint64 rowsAdded() const { return m_rows; }
    /// True when begin() found the table empty and deferred indexes and FTS.
    bool deferred() const { return m_deferred; }

private:
    struct Statements;

    Database &m_database;
    Method m_method;
    std::unique_ptr<Statements> m_statements;
    BulkTransaction m_transaction;
    bool m_deferred = false;
    qint64 m_rows = 0;
};

} // namespace Reqdesk::Store
