#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Reqdesk::Store {

/// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded.
class Transaction final
{
public:
    /// Does not begin yet; call begin().
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// BEGIN IMMEDIATE: takes the write lock now, so a later write cannot fail with BUSY midway.
    Core::Status begin();
    /// COMMIT; on failure the transaction is rolled back.
    Core::Status commit();
    /// ROLLBACK if still active.
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Reqdesk::Store
