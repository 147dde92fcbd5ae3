#pragma once

#include "core/result.h"

#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace Reqdesk::Store {

/// A statement prepared once with the sqlite3 C API and reset after each run, for bulk paths.
/// Binds values as QSqlQuery would store them: integers as INTEGER, null QVariants as NULL,
/// everything else as UTF-8 text.
class NativeStatement final
{
public:
    NativeStatement() = default;
    /// Finalizes the statement.
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    /// Prepares `sql` on `db`.
    Core::Status prepare(sqlite3 *db, const QString &sql);
    /// Binds `values` to the placeholders in order, steps once and resets.
    Core::Status run(const QVariantList &values);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Reqdesk::Store
