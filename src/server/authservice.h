#pragma once

#include "core/result.h"
#include "server/loginratelimiter.h"
#include "server/passwordhasher.h"
#include "server/serverrecords.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUuid>

namespace Reqdesk::Server {

class ServerStorage;

/// Who is calling: the user and the device (sign-in) their access token belongs to.
struct Principal
{
    UserRecord user;
    QUuid deviceId;
    QUuid familyId;
};

/// A fresh pair of tokens. The token texts exist only here and in the response.
struct IssuedTokens
{
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    QUuid deviceId;
    UserRecord user;
};

/// What a client sends to sign in.
struct LoginRequest
{
    QString name;
    QByteArray password;
    QString deviceName;
    QUuid deviceId;  ///< an existing device of this user signing in again; null for a new one
    QString address; ///< the client's address, for the per-address rate limit
};

/// Sign-in, token rotation, sign-out and bearer authentication. Stateless apart from its
/// settings: every call gets the calling worker's storage, so one instance serves all workers.
class AuthService final
{
public:
    /// How long after its exchange a rotated refresh token may come back without counting as
    /// stolen (the reuse interval): long enough for a client to retry after a lost answer or a
    /// restart, short enough that a leaked token is of little use.
    static constexpr int DefaultRefreshReuseGraceSeconds = 60;

    /// Token lifetimes and the sign-in limits.
    struct Settings
    {
        int accessTtlSeconds = 900;
        int refreshTtlSeconds = 30 * 24 * 3600;
        /// The reuse interval, counted from the old token's first exchange (its usedAt); 0
        /// turns it off (every second use ends the sign-in).
        int refreshReuseGraceSeconds = DefaultRefreshReuseGraceSeconds;
        LoginRateLimiter::Policy rateLimit;
        PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;
    };

    /// A service with fixed settings; hashes the dummy password once, up front.
    explicit AuthService(Settings settings);

    /// Checks name and password and issues tokens for a device. Unauthenticated for a wrong
    /// name or password (the same message for both), AccountDisabled, or RateLimited with
    /// *retryAfterSeconds set.
    Core::Result<IssuedTokens> login(ServerStorage &storage,
                                     const LoginRequest &request,
                                     const QDateTime &now,
                                     int *retryAfterSeconds) const;
    /// Exchanges a refresh token for a new pair (rotation). A refresh token used a second time
    /// is taken for a leak (the whole sign-in is revoked and TokenReused returned) unless it
    /// comes back within refreshReuseGraceSeconds of its first exchange while the pair issued
    /// then is still unused: the answer was probably lost, so that pair is revoked and a new
    /// one issued in the same sign-in instead. Once the successor was used, or later, the old
    /// token can only be a copy.
    Core::Result<IssuedTokens>
    refresh(ServerStorage &storage, const QString &refreshToken, const QDateTime &now) const;
    /// How long a looked-up access token is trusted without reading it again, at most. Every
    /// known way to end a principal (logout, refresh-token reuse, `token revoke`,
    /// `user disable`, the pay grant) renews the authentication generation, which empties the
    /// cache at once, in every process; this bound covers anything else done to the database.
    static constexpr qint64 PrincipalCacheMs = 5000;
    /// Principals kept at most (the cache is emptied when it would grow past this).
    static constexpr qsizetype PrincipalCacheSize = 4096;

    /// The principal an access token stands for; Unauthenticated when it is unknown, expired,
    /// revoked, or its user is disabled. Reads the authentication generation itself.
    Core::Result<Principal>
    authenticate(ServerStorage &storage, const QString &accessToken, const QDateTime &now) const;
    /// As above with the generation already read in this request (before any token lookup):
    /// a principal looked up under the same generation less than PrincipalCacheMs ago is
    /// answered from memory, without touching the database.
    Core::Result<Principal> authenticate(ServerStorage &storage,
                                         const QString &accessToken,
                                         const QDateTime &now,
                                         const QString &authGeneration) const;
    /// Ends the caller's sign-in: every token of its family is revoked.
    Core::Status
    logout(ServerStorage &storage, const Principal &principal, const QDateTime &now) const;

    /// The settings it was made with.
    const Settings &settings() const { return m_settings; }
    /// The hasher at the configured cost.
    const PasswordHasher &hasher() const { return m_hasher; }

private:
    /// The principal of an access token's hash from the database, with the token's expiry.
    Core::Result<std::pair<Principal, QDateTime>>
    lookUp(ServerStorage &storage, const QByteArray &hash, const QDateTime &now) const;
    Core::Result<IssuedTokens> issue(ServerStorage &storage,
                                     const UserRecord &user,
                                     const QUuid &deviceId,
                                     const QUuid &familyId,
                                     const QByteArray &parentHash,
                                     const QDateTime &now) const;
    /// Issues the successor pair of the refresh token `token` for its user (inside refresh()'s
    /// transaction): Unauthenticated or AccountDisabled when the user is gone or disabled.
    Core::Result<IssuedTokens>
    issueSuccessor(ServerStorage &storage, const TokenRecord &token, const QDateTime &now) const;

    Settings m_settings;
    PasswordHasher m_hasher;
    LoginRateLimiter m_limiter;
    QString m_dummyHash; ///< verified against for unknown names, so timing does not tell

    /// A principal found for a token hash, and under which generation and when.
    struct CachedPrincipal
    {
        Principal principal;
        QDateTime expiresAt; ///< the token's own expiry, checked on every hit
        qint64 cachedAtMs = 0;
    };
    mutable QMutex m_cacheMutex; ///< workers share the service
    mutable QString m_cacheGeneration;
    mutable QHash<QByteArray, CachedPrincipal> m_cache; ///< by SHA-256 hex of the token
};

} // namespace Reqdesk::Server
