#pragma once

#include "core/result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Reqdesk::Store {

/// Maps a Qt SQL error to a store Error: SQLITE_FULL → DiskFull, SQLITE_CORRUPT/NOTADB →
/// DatabaseCorrupt, SQLITE_CONSTRAINT → ConstraintViolated, SQLITE_BUSY/LOCKED → DatabaseBusy,
/// anything else → QueryFailed. `what` says which operation failed.
Core::Error sqlError(const QSqlError &error, const QString &what);
/// The error of a failed query, with the same mapping.
Core::Error sqlError(const QSqlQuery &query, const QString &what);
/// Maps a raw sqlite3 result code (primary or extended) the same way.
Core::Error sqliteCodeError(int code, const QString &message, const QString &what);

} // namespace Reqdesk::Store
