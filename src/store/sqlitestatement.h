#pragma once

#include "core/result.h"

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Reqdesk::Store {

/// A statement prepared once with SQLite's own API on a connection's handle
/// (Database::handle()) and run many times: values are bound by type as UTF-8 text, 64-bit
/// integers or NULL, without Qt SQL's per-value placeholder bookkeeping and the UTF-16 text
/// SQLite would convert back. For write paths that run the same statement for every row of a
/// page; it joins whatever transaction the connection has open.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Prepares `sql` on `db`; `what` names the statement in errors.
    Core::Status prepare(sqlite3 *db, const QString &sql, const QString &what);
    /// True once prepare() succeeded.
    bool isPrepared() const { return m_stmt != nullptr; }
    /// Binds `values` to the parameters in order (integers and booleans as integers, floating
    /// point as real, byte arrays as blobs, NULL as NULL, anything else as its text, as Qt's
    /// driver does), runs the statement to its end and resets it for the next row.
    Core::Status exec(const QVariantList &values);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_what;
};

} // namespace Reqdesk::Store
