#pragma once

#include "core/result.h"
#include "server/serverrecords.h"

#include <QList>

#include <chrono>
#include <functional>
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
    /// The epoch and the authentication generation, in one read.
    virtual Core::Result<ServerStamp> serverStamp() = 0;
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
    /// The refresh-reuse grace step: revokes the pair rotated from the refresh token `parentHash`
    /// (its refresh and access tokens), but only while that successor refresh token is still
    /// unused and not revoked. False (and nothing changed) when there is no such successor: the
    /// sign-in has moved on. The condition is in the UPDATE itself, so it races safely with a
    /// concurrent consumeToken() of the successor: exactly one of them wins. Renews the
    /// authentication generation when it revoked something.
    virtual Core::Result<bool> revokeUnusedSuccessor(const QByteArray &parentHash,
                                                     const QDateTime &now)
            = 0;
    /// Revokes every token of a sign-in; returns how many were still live. Like every change
    /// that can end a principal (revocation, disabling, the pay grant), it renews the
    /// authentication generation in the same transaction.
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

    /// Sets whether a user sees pay fields (viewers); NotFound when there is none.
    virtual Core::Status setPayAccess(const QString &name, bool granted) = 0;

    /// Runs `work` in one transaction: committed when it returns Ok, rolled back otherwise.
    /// Called again inside `work` (directly or by a method that is one transaction itself), it
    /// joins the outer transaction: `work` must pass an inner failure on, never swallow it.
    virtual Core::Status transaction(const std::function<Core::Status()> &work) = 0;
    /// Inside a write transaction, as its FIRST statement: takes the tenant's next change
    /// counter value by updating the counter row. The row lock is held until commit, so counter
    /// order is commit order, also across server processes on one PostgreSQL database.
    virtual Core::Result<qint64> takeChangeSeq(const QUuid &tenant) = 0;
    /// The tenant's committed counter and purge horizon.
    virtual Core::Result<SyncHead> syncHead(const QUuid &tenant) = 0;
    /// The stored result of a device's mutation, or nullopt when it is new.
    virtual Core::Result<std::optional<QJsonObject>> findLedgerEntry(const QUuid &device,
                                                                     const QString &mutationId)
            = 0;
    /// Remembers a mutation's result (inside the transaction of its data).
    virtual Core::Status insertLedgerEntry(const QUuid &device,
                                           const QString &mutationId,
                                           const QJsonObject &result,
                                           const QDateTime &now)
            = 0;
    /// One record (live or tombstone), or nullopt.
    virtual Core::Result<std::optional<SyncRecord>>
    findRecord(const QUuid &tenant, const QString &entity, const QUuid &id) = 0;
    /// Inserts or replaces a record at record.version and appends its change-log row
    /// (op "upsert" or "delete"; `prior` = the previous values of the fields that changed).
    virtual Core::Status
    saveRecord(const QUuid &tenant, const SyncRecord &record, const QJsonObject &prior)
            = 0;
    /// Records (tombstones too) whose version is in (after, upTo], by version, at most limit.
    virtual Core::Result<QList<SyncRecord>>
    changedRecords(const QUuid &tenant, qint64 after, qint64 upTo, int limit) = 0;
    /// The same rows as changedRecords, with `data` as the stored bytes, unparsed (the page
    /// fast path).
    virtual Core::Result<QList<RawChange>>
    changedRows(const QUuid &tenant, qint64 after, qint64 upTo, int limit) = 0;
    /// Live records of one entity with id > after (text order), at most limit.
    virtual Core::Result<QList<SyncRecord>>
    recordsPage(const QUuid &tenant, const QString &entity, const QString &after, int limit) = 0;
    /// Live records of one entity whose ref1 (or ref2) is `value`.
    virtual Core::Result<QList<SyncRecord>>
    recordsByRef(const QUuid &tenant, const QString &entity, int ref, const QString &value) = 0;
    /// The value a field had just before its first change after `afterSeq`, from the change
    /// log; undefined when the log no longer knows.
    virtual Core::Result<QJsonValue> priorFieldValue(const QUuid &tenant,
                                                     const QString &entity,
                                                     const QUuid &id,
                                                     qint64 afterSeq,
                                                     const QString &field)
            = 0;
    /// Removes tombstones deleted before `cutoff` and their change-log rows, raising each
    /// tenant's purge horizon; returns how many tombstones went.
    virtual Core::Result<int> purgeTombstones(const QDateTime &cutoff) = 0;
    /// Makes a new epoch (after a restore).
    virtual Core::Result<QUuid> renewEpoch() = 0;

    /// Time spent in the database since the last call, for the metrics.
    virtual std::chrono::nanoseconds takeQueryTime() = 0;
};

} // namespace Reqdesk::Server
