#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Reqdesk::Store {

/// The secondary indexes of the data tables and the triggers that keep the FTS index in step,
/// set aside while a large load fills empty tables and put back once it ends: an index built
/// once from sorted keys, and the FTS index rebuilt in one pass, cost a fraction of keeping
/// them up to date row by row (the bulk loader's trick, for loads that span many
/// transactions, such as a first sync's snapshot pages). What was dropped is returned as text
/// that the caller stores durably in the same transaction, so a crash in between still ends
/// with everything rebuilt. Queries stay correct without the indexes, only slower; the
/// unique and primary-key indexes (automatic ones) and the append-only triggers always stay.
class DeferredIndexes final
{
public:
    /// The tables whose secondary indexes are set aside (requisitions and their bands and
    /// location terms, candidates, applications, stage events, notes).
    static QStringList tables();
    /// True when none of tables() holds a row: only then does deferring pay.
    static Core::Result<bool> tablesEmpty(QSqlDatabase db);
    /// Inside the caller's transaction: drops every secondary index of tables() and the FTS
    /// triggers; returns what restore() needs (a JSON array of their definitions).
    static Core::Result<QString> drop(QSqlDatabase db);
    /// Inside the caller's transaction: creates again whatever of `saved` does not exist, and
    /// rebuilds the FTS index from the requisitions when its triggers were set aside.
    static Core::Status restore(QSqlDatabase db, const QString &saved);
    /// True while the FTS triggers are set aside: the search index misses the rows loaded since,
    /// so a text search finds nothing new until restore().
    static Core::Result<bool> searchIndexDeferred(QSqlDatabase db);
};

} // namespace Reqdesk::Store
