#include "store/storestatistics.h"

#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

#include <iterator>

namespace Reqdesk::Store {

Core::Result<StoreStatistics> StoreStatistics::collect(Database &database, Scope scope)
{
    StoreStatistics stats;
    // Constant statements only: table names come from this list, never from input.
    // The last three are the sync counts; Scope::Sync starts there.
    const std::pair<const char *, qint64 *> counts[] = {
            {"SELECT COUNT(*) FROM requisitions", &stats.requisitions},
            {"SELECT COUNT(*) FROM pay_bands", &stats.payBands},
            {"SELECT COUNT(*) FROM candidates", &stats.candidates},
            {"SELECT COUNT(*) FROM applications", &stats.applications},
            {"SELECT COUNT(*) FROM stage_events", &stats.stageEvents},
            {"SELECT COUNT(*) FROM notes", &stats.notes},
            {"SELECT COUNT(*) FROM outbox WHERE set_aside = 0", &stats.outboxPending},
            {"SELECT COUNT(*) FROM outbox WHERE set_aside <> 0", &stats.outboxSetAside},
            {"SELECT COUNT(*) FROM conflicts WHERE resolved = 0", &stats.openConflicts},
    };
    QSqlQuery query(database.connection());
    const std::size_t first = scope == Scope::Sync ? std::size(counts) - 3 : 0;
    for (std::size_t i = first; i < std::size(counts); ++i) {
        const auto &[sql, target] = counts[i];
        if (!query.exec(QString::fromLatin1(sql)) || !query.next())
            return sqlError(query, QStringLiteral("count"));
        *target = query.value(0).toLongLong();
    }
    const auto deferred = DeferredIndexes::searchIndexDeferred(database.connection());
    if (!deferred)
        return deferred.error();
    stats.searchIndexPending = *deferred;
    return stats;
}

} // namespace Reqdesk::Store
