#pragma once

#include "core/result.h"
#include "server/serverrecords.h"

#include <QHash>
#include <QStringList>

namespace Reqdesk::Server {

class ServerStorage;

/// Per-record authorisation of one caller for one request (docs/sync-protocol.md,
/// "Authorisation"): who may read and write which record, and which fields are removed. Looks
/// parents up through the storage and caches them for the request, so a page of 500 changes
/// costs a few queries, not a few per row.
class RecordAccess final
{
public:
    /// What a write does to a record.
    enum class Write {
        Insert,
        Update,
        Delete,
    };

    /// The rules for `user` over the given storage (the caller's connection).
    RecordAccess(const UserRecord &user, ServerStorage &storage);

    /// True when the caller may see this record's (current) data.
    Core::Result<bool> canRead(const QString &entity, const QJsonObject &data);
    /// Ok, or PermissionDenied with the reason, for a write of `data` (the record as it would
    /// be after the write; for Update also call it with the record before).
    Core::Status canWrite(const QString &entity, Write write, const QJsonObject &data);
    /// The top-level fields removed from this entity's data for the caller.
    QStringList redactedFields(const QString &entity) const;
    /// `data` without the redacted fields (conflict values of redacted fields removed too).
    QJsonObject redact(const QString &entity, const QJsonObject &data) const;
    /// Drops the cached parent lookups (after a write that may have changed them).
    void forget();
    /// True when the caller may read every record whatever its data (all roles but hiring
    /// managers), so rows need no parsing to decide.
    bool readsEverything() const;
    /// True when no field of any entity is ever removed for the caller: the stored data can be
    /// sent exactly as it is.
    bool redactsNothing() const;
    /// True for roles that never write (viewers).
    bool readOnly() const;

private:
    Core::Result<bool> requisitionInOrg(const QString &requisitionId);
    Core::Result<bool> applicationInOrg(const QString &applicationId);
    Core::Result<bool> candidateInOrg(const QString &candidateId);
    bool orgMatches(const QJsonObject &requisition) const;

    UserRecord m_user;
    ServerStorage &m_storage;
    QHash<QString, bool> m_requisitions;
    QHash<QString, bool> m_applications;
    QHash<QString, bool> m_candidates;
};

} // namespace Reqdesk::Server
