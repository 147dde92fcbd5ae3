#pragma once

#include "core/result.h"
#include "sync/roundreport.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace Reqdesk::Store {
class Database;
}

namespace Reqdesk::Sync {

/// Writes pulled rows (a changes page or a snapshot page) into the cache, inside the caller's
/// transaction (the page and its cursor commit together): upserts through the repositories'
/// applyServerCopy, deletes as tombstones, conflicts as local conflict records.
class PullApplier final
{
public:
    /// Counts into `report` (pulled, keptLocal) and collects "entity:id" of changed records.
    PullApplier(Store::Database &database, RoundReport &report, QSet<QString> &changed);

    /// Applies one row: `op` "upsert" (the record in wire format, decoded leniently) or
    /// "delete" (`row` holds id and version only); `entity` may be "conflict".
    Core::Status apply(const QString &entity, const QString &op, const QJsonObject &row);

    /// Removes a record (a pulled delete, lost access, or a resolution) leaving a tombstone at
    /// `version`, inside the caller's transaction.
    static Core::Status
    deleteLocal(QSqlDatabase db, const QString &entity, const QUuid &id, qint64 version);

private:
    Store::Database &m_database;
    RoundReport &m_report;
    QSet<QString> &m_changed;
};

} // namespace Reqdesk::Sync
