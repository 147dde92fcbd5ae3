#pragma once

#include "server/role.h"

#include <QByteArray>
#include <QDateTime>
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
};

/// Failed sign-ins of one name or address inside the rate-limit window.
struct LoginFailureWindow
{
    int count = 0;
    QDateTime oldest; ///< the oldest failure still inside the window; invalid when count is 0
};

} // namespace Reqdesk::Server
