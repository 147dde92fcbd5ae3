#pragma once

#include "core/result.h"
#include "server/serverrecords.h"

#include <QList>

#include <chrono>
#include <optional>

namespace Reqdesk::Server {

/// The new account's fields; the password arrives already hashed.
struct NewUser
{
    QString name;
    Role role = Role::Viewer;
    QString org;
    QString passwordHash;
};

/// The server's persistent state behind one interface with two backends (SQLite now,
/// PostgreSQL through QPSQL next). One instance is one database connection and is used by one
/// thread only: every worker owns its own. Every method is one short transaction, so several
/// server processes on one PostgreSQL database stay consistent.
class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    /// Creates or upgrades the schema (each step in a transaction), the default tenant and the
    /// epoch. Run once at start-up, before workers open their connections.
    virtual Core::Status migrate() = 0;
    /// Readiness: the database answers and the schema is the one this build expects.
    virtual Core::Status checkReady() = 0;
    /// The schema version recorded in the database (0 for an empty database).
    virtual Core::Result<int> schemaVersion() = 0;
    /// The server epoch: a random UUID made at initialisation and renewed by a restore.
    virtual Core::Result<QUuid> epoch() = 0;
    /// The tenant new users join (one per database for now).
    virtual Core::Result<QUuid> defaultTenant() = 0;

    /// Adds a user; AlreadyExists when the name is taken.
    virtual Core::Result<UserRecord> createUser(const NewUser &user, const QDateTime &now) = 0;
    /// The user with this exact name, or nullopt.
    virtual Core::Result<std::optional<UserRecord>> findUserByName(const QString &name) = 0;
    /// The user with this id, or nullopt.
    virtual Core::Result<std::optional<UserRecord>> findUser(const QUuid &id) = 0;
    /// Every user of every tenant, by name.
    virtual Core::Result<QList<UserRecord>> listUsers() = 0;
    /// Replaces a user's password hash (after a cost change, on their next sign-in).
    virtual Core::Status setPasswordHash(const QUuid &userId, const QString &hash) = 0;
    /// Disables or re-enables a user; NotFound when there is none.
    virtual Core::Status setUserDisabled(const QString &name, bool disabled) = 0;

    /// Registers a device for a user.
    virtual Core::Result<DeviceRecord>
    createDevice(const QUuid &userId, const QString &name, const QDateTime &now) = 0;
    /// The device with this id, or nullopt.
    virtual Core::Result<std::optional<DeviceRecord>> findDevice(const QUuid &id) = 0;

    /// Stores a token record (its hash only).
    virtual Core::Status insertToken(const TokenRecord &token) = 0;
    /// Stores several token records in one transaction: all or none.
    virtual Core::Status insertTokens(const QList<TokenRecord> &tokens) = 0;
    /// The token whose hash this is, or nullopt.
    virtual Core::Result<std::optional<TokenRecord>> findToken(const QByteArray &hash) = 0;
    /// Marks a refresh token used, atomically: true only for the one caller that won, so two
    /// concurrent refreshes with one token cannot both rotate it.
    virtual Core::Result<bool> consumeToken(const QByteArray &hash, const QDateTime &now) = 0;
    /// Revokes every token of a sign-in; returns how many were still live.
    virtual Core::Result<int> revokeFamily(const QUuid &familyId, const QDateTime &now) = 0;
    /// Revokes every token of a user; returns how many were still live.
    virtual Core::Result<int> revokeUserTokens(const QUuid &userId, const QDateTime &now) = 0;

    /// Records a failed sign-in for a scope ("name" or "address") and key.
    virtual Core::Status
    recordLoginFailure(const QString &scope, const QString &key, const QDateTime &at)
            = 0;
    /// The failures of a scope and key since a time.
    virtual Core::Result<LoginFailureWindow>
    loginFailures(const QString &scope, const QString &key, const QDateTime &since) = 0;
    /// Forgets the failures of a scope and key (after a successful sign-in).
    virtual Core::Status clearLoginFailures(const QString &scope, const QString &key) = 0;
    /// Deletes expired tokens and failures older than a time; housekeeping.
    virtual Core::Status purgeBefore(const QDateTime &cutoff) = 0;

    /// Time spent in the database since the last call, for the metrics.
    virtual std::chrono::nanoseconds takeQueryTime() = 0;
};

} // namespace Reqdesk::Server
