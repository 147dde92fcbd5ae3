#pragma once

#include "core/result.h"
#include "sync/roundreport.h"

#include <QJsonArray>
#include <QSet>
#include <QString>

namespace Reqdesk::Store {
class Database;
}

namespace Reqdesk::Sync {

/// Writes the upserts of one pulled page of one entity (a snapshot page, or one entity's rows
/// of a changes page) inside the caller's transaction, with the same outcome as
/// PullApplier::apply row by row, but with the work a page needs rather than a row's: one
/// lookup per page says what the cache holds (versions, tombstones, outbox entries); records it
/// never saw are inserted (requisition rows in one statement, so the FTS index is written once
/// per page), records it holds at an older version are overwritten, with statements prepared
/// once per page and no savepoint per record. Records with a tombstone or local edits, and
/// repeats, go through PullApplier (the full rules).
class PageWriter final
{
public:
    /// Counts into `report` (pulled, keptLocal) and collects "entity:id" of changed records.
    PageWriter(Store::Database &database, RoundReport &report, QSet<QString> &changed);

    /// Applies the upserted records of one page of `entity` (wire format, decoded leniently).
    Core::Status applyPage(const QString &entity, const QJsonArray &records);

private:
    Store::Database &m_database;
    RoundReport &m_report;
    QSet<QString> &m_changed;
};

} // namespace Reqdesk::Sync
