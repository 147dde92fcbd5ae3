#pragma once

#include "core/result.h"

#include <QStringList>

namespace Reqdesk::Store {

class Database;

/// The one transaction of a bulk load (BulkLoader, PipelineBulkLoader): synchronous writes and
/// foreign-key checks off while it runs (both only take effect outside a transaction, so they
/// are set before BEGIN), optionally a larger page cache, and the connection's settings put
/// back however it ends.
class BulkTransaction final
{
public:
    /// On `database`'s connection; `cacheKiB` > 0 also sets the page cache to that size for the
    /// load.
    explicit BulkTransaction(Database &database, qint64 cacheKiB = 0);
    /// Rolls back when commit() was not reached.
    ~BulkTransaction();
    BulkTransaction(const BulkTransaction &) = delete;
    BulkTransaction &operator=(const BulkTransaction &) = delete;

    /// Sets the pragmas and begins (IMMEDIATE: the write lock now, not at the first insert).
    Core::Status begin();
    /// Runs `closing` (index builds, say) and commits; on any failure rolls back instead.
    /// Either way the transaction has ended and the pragmas are restored.
    Core::Status commit(const QStringList &closing = {});
    /// Rolls back everything since begin() and restores the pragmas.
    void rollback();
    bool active() const { return m_active; }
    /// Runs `statements` in order inside the transaction; the first failure stops them.
    Core::Status exec(const QStringList &statements);

private:
    Core::Status restorePragmas();

    Database &m_database;
    qint64 m_cacheKiB;
    qint64 m_savedCacheSize = 0;
    bool m_active = false;
};

} // namespace Reqdesk::Store
