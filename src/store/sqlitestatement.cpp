#include "store/sqlitestatement.h"

#include "store/sqlerror.h"

#include <sqlite3.h>

namespace Reqdesk::Store {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Core::Status SqliteStatement::prepare(sqlite3 *db, const QString &sql, const QString &what)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    m_what = what;
    if (!db)
        return Core::makeError(Core::ErrorCode::DatabaseOpenFailed,
                               QStringLiteral("no sqlite3 handle for %1").arg(what));
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_stmt = nullptr;
        return sqliteCodeError(
                rc, QString::fromUtf8(sqlite3_errmsg(db)), QStringLiteral("prepare ") + what);
    }
    return {};
}

Core::Status SqliteStatement::exec(const QVariantList &values)
{
    if (!m_stmt)
        return Core::makeError(Core::ErrorCode::QueryFailed,
                               QStringLiteral("%1: not prepared").arg(m_what));
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = sqlite3_bind_blob(
                        m_stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(
                        m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_reset(m_stmt);
            return sqliteCodeError(
                    rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("bind ") + m_what);
        }
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return sqliteCodeError(rc, message, m_what);
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return {};
}

} // namespace Reqdesk::Store
