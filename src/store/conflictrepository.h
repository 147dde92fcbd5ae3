#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

namespace Reqdesk::Store {

class Database;

/// A field changed on both sides to different values (SYNC.md): kept until a person resolves it.
struct Conflict
{
    QUuid id;
    QString entity;
    QUuid entityId;
    QString field; ///< snake_case field name, as in outbox payloads
    QJsonValue baseValue;
    QJsonValue localValue;
    QJsonValue serverValue;
    QDateTime createdAt;
    bool resolved = false;
};

/// Conflict records for the resolution UI and the sync engine.
class ConflictRepository final
{
public:
    /// Uses `database`'s connection, on its thread; `database` must outlive the repository.
    explicit ConflictRepository(Database &database);

    /// Records a conflict inside the caller's transaction (with the pulled page that found it);
    /// fills in id and createdAt when missing. A known id is replaced (replays are harmless).
    static Core::Status record(QSqlDatabase db, Conflict &conflict);
    /// Records a conflict in its own statement.
    Core::Status record(Conflict &conflict);
    /// Unresolved conflicts, oldest first; of one record when `entity` and `entityId` are given.
    Core::Result<QList<Conflict>> open(const QString &entity = QString(),
                                       const QUuid &entityId = QUuid()) const;
    /// Marks a conflict resolved (the chosen value travels as a normal local edit).
    Core::Status resolve(const QUuid &id);
    /// One conflict, open or resolved; nullopt when unknown.
    Core::Result<std::optional<Conflict>> find(const QUuid &id) const;
    /// Marks a resolved conflict open again (an undone resolution).
    Core::Status reopen(const QUuid &id);

private:
    Database &m_database;
};

} // namespace Reqdesk::Store
