#include "store/transaction.h"

#include "core/logging.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

namespace Reqdesk::Store {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    rollback();
}

Core::Status Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query, QStringLiteral("begin transaction"));
    m_active = true;
    return {};
}

Core::Status Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Core::Error error = sqlError(query, QStringLiteral("commit"));
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
}

} // namespace Reqdesk::Store
