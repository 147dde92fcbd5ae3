#include "store/transaction.h"

#include "core/logging.h"
#include "store/sqlerror.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Reqdesk::Store {

namespace {

QAtomicInt g_savepointCounter;

/// True when the connection is inside a transaction (sqlite3_get_autocommit() is 0).
bool inTransaction(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    rollback();
}

Core::Status Transaction::begin()
{
    if (m_active)
        return Core::makeError(Core::ErrorCode::InvalidArgument,
                               QStringLiteral("transaction already begun"));
    m_savepoint.clear();
    QString sql = QStringLiteral("BEGIN IMMEDIATE");
    if (inTransaction(m_db)) {
        // The name is our own counter, never a value from outside.
        m_savepoint = QStringLiteral("reqdesk_sp_%1").arg(g_savepointCounter.fetchAndAddRelaxed(1));
        sql = QStringLiteral("SAVEPOINT ") + m_savepoint;
    }
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(query, QStringLiteral("begin transaction"));
    m_active = true;
    return {};
}

Core::Status Transaction::commit()
{
    if (!m_active)
        return Core::makeError(Core::ErrorCode::InvalidArgument,
                               QStringLiteral("no transaction to commit"));
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QString(QStringLiteral("RELEASE ") + m_savepoint);
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
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
    if (m_savepoint.isEmpty()) {
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
        return;
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then removes it. The outer transaction lives
    // on.
    if (!query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint)
        || !query.exec(QStringLiteral("RELEASE ") + m_savepoint))
        qCWarning(lcStore) << "rollback to savepoint failed:" << query.lastError().text();
}

} // namespace Reqdesk::Store
