#pragma once

#include "server/role.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace Reqdesk::Server {

/// One account as the storage keeps it. The password hash never leaves the server.
struct UserRecord
{
    QUuid id;
    QUuid tenantId;
    QString name;
    Role role = Role::Viewer;
    QString org;          ///< the organisation a hiring manager belongs to; empty for others
    QString passwordHash; ///< libsodium's Argon2id string ("$argon2id$v=19$...")
    bool disabled = false;
    QDateTime createdAt;
    bool payAccess = false; ///< a viewer granted to see pay fields (other roles see them anyway)
};

/// A signed-in installation of the client; tokens belong to one device.
struct DeviceRecord
{
    QUuid id;
    QUuid userId;
    QString name;
    QDateTime createdAt;
};

/// Short-lived bearer tokens for requests, long-lived ones to get new access tokens.
enum class TokenKind {
    Access,
    Refresh,
};

/// A token as stored: only its SHA-256 hash, never the token itself.
struct TokenRecord
{
    QByteArray hash; ///< lower-case hex SHA-256 of the token text
    TokenKind kind = TokenKind::Access;
    QUuid userId;
    QUuid deviceId;
    QUuid familyId; ///< one sign-in: every token rotated from it shares the family
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime usedAt;    ///< refresh tokens: when they were exchanged (rotation); invalid if never
    QDateTime revokedAt; ///< invalid while not revoked
    /// The hash of the refresh token this pair was rotated from; empty for a sign-in's first
    /// pair. Finds a rotation's successor exactly (timestamps could tie).
    QByteArray parentHash;
};

/// Failed sign-ins of one name or address inside the rate-limit window.
struct LoginFailureWindow
{
    int count = 0;
    QDateTime oldest; ///< the oldest failure still inside the window; invalid when count is 0
};

/// One synced record as the server stores it: the wire-format JSON and its versions.
struct SyncRecord
{
    QString entity; ///< requisition, candidate, application, stage_event, note or conflict
    QUuid id;
    qint64 version = 0;        ///< change counter of its last change (= the seq of that change)
    qint64 createdVersion = 0; ///< version of the insert: the version of fields never changed since
    QJsonObject data;          ///< the record in wire format, "version" included
    QJsonObject fieldVersions; ///< top-level field → version of its last change (after creation)
    bool deleted = false;      ///< a tombstone: data kept for conflict resolution, never sent
    QDateTime deletedAt;
    QString ref1; ///< application: requisition_id; note, stage_event: application_id; conflict:
                  ///< entity_id
    QString ref2; ///< application: candidate_id; conflict: entity

    /// The version of a top-level field's last change.
    qint64 fieldVersion(const QString &field) const
    {
        return fieldVersions.contains(field) ? qint64(fieldVersions.value(field).toDouble())
                                             : createdVersion;
    }
};

/// One row of the change feed as stored, for the page fast path: `data` is the canonical wire
/// JSON exactly as saved (UTF-8), not parsed, so it can be copied into a page unchanged.
struct RawChange
{
    QString entity;
    QString id;           ///< lower-case UUID text as stored
    qint64 version = 0;   ///< = the seq of its last change
    bool deleted = false; ///< a tombstone: never sent with data
    QString ref2;         ///< conflict: the entity of the record it is about
    QByteArray data;      ///< compact JSON object, "version" included
};

/// The server-wide values every authenticated request reads, fetched together in one query.
struct ServerStamp
{
    QUuid epoch;
    /// Changes whenever a token is revoked or a user disabled or regranted (any process);
    /// authentication caches are only trusted while it stays the same.
    QString authGeneration;
};

/// A tenant's change counter and purge horizon.
struct SyncHead
{
    qint64 seq = 0;       ///< the last change counter value taken (committed)
    qint64 purgedSeq = 0; ///< cursors below this were purged (tombstones gone)
};

} // namespace Reqdesk::Server
