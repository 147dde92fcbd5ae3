#include "store/bulktransaction.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

BulkTransaction::BulkTransaction(Database &database, qint64 cacheKiB)
    : m_database(database)
    , m_cacheKiB(cacheKiB)
{}

BulkTransaction::~BulkTransaction()
{
    rollback();
}

Status BulkTransaction::exec(const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto s = m_database.exec(sql); !s)
            return s;
    }
    return {};
}

Status BulkTransaction::restorePragmas()
{
    QStringList pragmas{QStringLiteral("PRAGMA synchronous = NORMAL"),
                        QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_cacheKiB > 0)
        pragmas << QStringLiteral("PRAGMA cache_size = %1").arg(m_savedCacheSize);
    return exec(pragmas);
}

Status BulkTransaction::begin()
{
    if (m_active)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load already running"));
    QStringList pragmas{QStringLiteral("PRAGMA synchronous = OFF"),
                        QStringLiteral("PRAGMA foreign_keys = OFF")};
    if (m_cacheKiB > 0) {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return sqlError(q, QStringLiteral("bulk load"));
        m_savedCacheSize = q.value(0).toLongLong();
        pragmas << QStringLiteral("PRAGMA cache_size = -%1").arg(m_cacheKiB);
    }
    if (auto s = exec(pragmas + QStringList{QStringLiteral("BEGIN IMMEDIATE")}); !s) {
        (void)restorePragmas();
        return s;
    }
    m_active = true;
    return {};
}

Status BulkTransaction::commit(const QStringList &closing)
{
    if (!m_active)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load not started"));
    Status status = exec(closing);
    if (status)
        status = m_database.exec(QStringLiteral("COMMIT"));
    if (!status) {
        rollback();
        return status;
    }
    m_active = false;
    return restorePragmas();
}

void BulkTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)m_database.exec(QStringLiteral("ROLLBACK"));
    (void)restorePragmas();
}

} // namespace Reqdesk::Store
