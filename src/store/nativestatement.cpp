#include "store/nativestatement.h"

#include "store/sqlerror.h"

#include <sqlite3.h>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
}

Status NativeStatement::prepare(sqlite3 *db, const QString &sql)
{
    m_db = db;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteCodeError(
                rc, QString::fromUtf8(sqlite3_errmsg(db)), QStringLiteral("prepare bulk insert"));
    return {};
}

Status NativeStatement::run(const QVariantList &values)
{
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
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            default: {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(
                        m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return sqliteCodeError(
                    rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("bind"));
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return sqliteCodeError(
                rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("bulk insert"));
    return {};
}

} // namespace Reqdesk::Store
