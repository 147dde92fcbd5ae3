#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Reqdesk::Store {

/// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded. Inside an
/// open transaction it becomes a SAVEPOINT, so repository calls compose: the sync engine can
/// apply a pulled page and its cursor in one outer transaction through the same methods.
class Transaction final
{
public:
    /// Does not begin yet; call begin().
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// BEGIN IMMEDIATE (takes the write lock now, so a later write cannot fail with BUSY midway),
    /// or SAVEPOINT when a transaction is already open on the connection.
    Core::Status begin();
    /// COMMIT (or RELEASE of the savepoint); on failure everything since begin() is undone.
    Core::Status commit();
    /// Undoes everything since begin() if still active; an outer transaction stays open.
    void rollback();
    bool isActive() const { return m_active; }
    /// True when begin() made a savepoint inside an outer transaction.
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
};

} // namespace Reqdesk::Store
