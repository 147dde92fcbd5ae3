#include "store/sqlerror.h"

namespace Reqdesk::Store {

namespace {
// Primary result codes from sqlite3.h; extended codes carry them in the low byte.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kConstraint = 19;
constexpr int kNotADb = 26;

Core::ErrorCode codeFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case kFull:
        return Core::ErrorCode::DiskFull;
    case kCorrupt:
    case kNotADb:
        return Core::ErrorCode::DatabaseCorrupt;
    case kConstraint:
        return Core::ErrorCode::ConstraintViolated;
    case kBusy:
    case kLocked:
        return Core::ErrorCode::DatabaseBusy;
    default:
        return Core::ErrorCode::QueryFailed;
    }
}
} // namespace

Core::Error sqlError(const QSqlError &error, const QString &what)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const Core::ErrorCode code = ok ? codeFor(native) : Core::ErrorCode::QueryFailed;
    return Core::makeError(code, what + QStringLiteral(": ") + error.text());
}

Core::Error sqlError(const QSqlQuery &query, const QString &what)
{
    return sqlError(query.lastError(), what);
}

Core::Error sqliteCodeError(int code, const QString &message, const QString &what)
{
    return Core::makeError(codeFor(code), what + QStringLiteral(": ") + message);
}

} // namespace Reqdesk::Store
