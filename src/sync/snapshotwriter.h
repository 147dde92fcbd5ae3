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

/// Writes one snapshot page (first sync, reset, checksum repair) inside the caller's
/// transaction, with the same outcome as PullApplier::apply row by row, but fast where a
/// first sync spends its time: one lookup per page says which records the cache has never
/// seen (no row, no tombstone, no outbox entry), and those are inserted with statements
/// prepared once per page and no per-record savepoint; every other record goes through
/// PullApplier (the full rules: versions, tombstones, pending edits, conflicts).
class SnapshotWriter final
{
public:
    /// Counts into `report` (pulled, keptLocal) and collects "entity:id" of changed records.
    SnapshotWriter(Store::Database &database, RoundReport &report, QSet<QString> &changed);

    /// Applies the records of one page of `entity` (wire format, decoded leniently).
    Core::Status applyPage(const QString &entity, const QJsonArray &records);

private:
    Store::Database &m_database;
    RoundReport &m_report;
    QSet<QString> &m_changed;
};

} // namespace Reqdesk::Sync
