#pragma once

#include "core/result.h"
#include "core/wire/wirecodec.h"
#include "store/applyoutcome.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

#include <QSqlDatabase>

namespace Reqdesk::Store::Internal {

/// SYNC.md's rules for a pulled record, shared by every repository: decide from versions,
/// tombstones and pending edits, then either move only the base copy or store the record with
/// `writeSync(db, record)`. Runs in one transaction that nests in the caller's (page + cursor).
template<typename Record, typename WriteSync>
Core::Result<ApplyOutcome>
applyServerCopy(QSqlDatabase db, const QString &entity, const Record &server, WriteSync writeSync)
{
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto outcome = SyncStateRepository::decide(db, entity, server.id, server.version);
    if (!outcome)
        return outcome.error();
    if (*outcome == ApplyOutcome::BaseOnly) {
        const BaseCopy base{entity, server.id, server.version, Core::WireCodec::toJson(server)};
        if (auto s = SyncStateRepository::putBaseCopy(db, base); !s)
            return s.error();
    } else if (*outcome == ApplyOutcome::Applied) {
        if (auto s = writeSync(db, server); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return *outcome;
}

} // namespace Reqdesk::Store::Internal
