#include "server/authservice.h"

#include "server/secrettoken.h"
#include "server/serverstorage.h"

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Result;
using Core::Status;

namespace {
Core::Error badCredentials()
{
    return makeError(ErrorCode::Unauthenticated, QStringLiteral("wrong name or password"));
}
} // namespace

AuthService::AuthService(Settings settings)
    : m_settings(settings)
    , m_hasher(settings.passwordCost)
    , m_limiter(settings.rateLimit)
    , m_dummyHash(m_hasher.hash(QByteArrayLiteral("not a real password")))
{}

Result<IssuedTokens> AuthService::login(ServerStorage &storage,
                                        const LoginRequest &request,
                                        const QDateTime &now,
                                        int *retryAfterSeconds) const
{
    // Refused before any hashing, so a flood of guesses costs the server little.
    const auto wait = m_limiter.retryAfter(storage, request.name, request.address, now);
    if (!wait)
        return wait.error();
    if (*wait) {
        if (retryAfterSeconds)
            *retryAfterSeconds = **wait;
        return makeError(ErrorCode::RateLimited,
                         QStringLiteral("too many failed sign-ins; try again later"));
    }

    const auto found = storage.findUserByName(request.name);
    if (!found)
        return found.error();
    bool matches = false;
    if (found->has_value())
        matches = m_hasher.verify((*found)->passwordHash, request.password);
    else
        m_hasher.verify(m_dummyHash, request.password); // same work as a known name
    if (!matches) {
        if (const Status counted
            = m_limiter.recordFailure(storage, request.name, request.address, now);
            !counted) {
            return counted.error();
        }
        return badCredentials();
    }
    const UserRecord &user = **found;
    if (user.disabled)
        return makeError(ErrorCode::AccountDisabled, QStringLiteral("the account is disabled"));
    if (const Status cleared = m_limiter.recordSuccess(storage, request.name); !cleared)
        return cleared.error();
    // The password is at hand only now: upgrade a hash made at an older, weaker cost.
    if (m_hasher.needsRehash(user.passwordHash)) {
        const QString upgraded = m_hasher.hash(request.password);
        if (!upgraded.isEmpty()) {
            if (const Status saved = storage.setPasswordHash(user.id, upgraded); !saved)
                return saved.error();
        }
    }

    QUuid deviceId;
    if (!request.deviceId.isNull()) {
        const auto device = storage.findDevice(request.deviceId);
        if (!device)
            return device.error();
        // Another user's device id is ignored rather than reported: it tells nothing.
        if (device->has_value() && (*device)->userId == user.id)
            deviceId = request.deviceId;
    }
    if (deviceId.isNull()) {
        const auto device = storage.createDevice(user.id, request.deviceName, now);
        if (!device)
            return device.error();
        deviceId = device->id;
    }
    return issue(storage, user, deviceId, QUuid::createUuid(), QByteArray(), now);
}

Result<IssuedTokens> AuthService::refresh(ServerStorage &storage,
                                          const QString &refreshToken,
                                          const QDateTime &now) const
{
    if (!SecretToken::looksValid(refreshToken))
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("invalid refresh token"));
    const QByteArray hash = SecretToken::hash(refreshToken);
    const auto found = storage.findToken(hash);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->kind != TokenKind::Refresh)
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("invalid refresh token"));
    const TokenRecord &token = **found;
    if (token.revokedAt.isValid()) {
        // A pair replaced inside the reuse interval while its sign-in lives on: the client that
        // asked again holds the replacement, so whoever presents this copy is not that client.
        // End the whole sign-in, as for any reuse (nothing is left to end after a logout).
        const auto revoked = storage.revokeFamily(token.familyId, now);
        if (!revoked)
            return revoked.error();
        if (*revoked > 0)
            return makeError(ErrorCode::TokenReused,
                             QStringLiteral("a replaced refresh token came back; the session "
                                            "was ended"));
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("the session was ended"));
    }
    if (token.expiresAt <= now)
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("the refresh token expired"));

    // Consuming the token and storing its successor are one transaction: a concurrent reuse
    // never finds the token used but its successor missing, and a failure leaves it unused.
    IssuedTokens issued;
    bool reused = false;
    const Status done = storage.transaction([&]() -> Status {
        const auto won = storage.consumeToken(hash, now);
        if (!won)
            return won.error();
        if (*won) {
            auto next = issueSuccessor(storage, token, now);
            if (!next)
                return next.error();
            issued = *std::move(next);
            return {};
        }
        // Used already, maybe a moment ago by a concurrent request: read when.
        const auto current = storage.findToken(hash);
        if (!current)
            return current.error();
        const qint64 graceMs = qint64(m_settings.refreshReuseGraceSeconds) * 1000;
        if (!current->has_value() || (*current)->revokedAt.isValid()
            || !(*current)->usedAt.isValid() || graceMs <= 0
            || (*current)->usedAt.msecsTo(now) > graceMs) {
            reused = true;
            return {};
        }
        // Within the reuse interval: the client probably never got the pair it was given, so
        // that pair is replaced, as long as nobody has used it (the sign-in has not moved on).
        // The grace counts from the first exchange: retries never extend it.
        const auto replaced = storage.revokeUnusedSuccessor(hash, now);
        if (!replaced)
            return replaced.error();
        if (!*replaced) {
            reused = true;
            return {};
        }
        auto next = issueSuccessor(storage, token, now);
        if (!next)
            return next.error();
        issued = *std::move(next);
        return {};
    });
    if (!done)
        return done.error();
    if (reused) {
        // A rotated token came back: whoever holds it is not necessarily the owner. End the
        // whole sign-in so both the thief and the owner must sign in again.
        const auto revoked = storage.revokeFamily(token.familyId, now);
        if (!revoked)
            return revoked.error();
        return makeError(ErrorCode::TokenReused,
                         QStringLiteral("refresh token used twice; the session was ended"));
    }
    return issued;
}

Result<IssuedTokens> AuthService::issueSuccessor(ServerStorage &storage,
                                                 const TokenRecord &token,
                                                 const QDateTime &now) const
{
    const auto user = storage.findUser(token.userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("unknown user"));
    if ((*user)->disabled)
        return makeError(ErrorCode::AccountDisabled, QStringLiteral("the account is disabled"));
    return issue(storage, **user, token.deviceId, token.familyId, token.hash, now);
}

Result<Principal> AuthService::authenticate(ServerStorage &storage,
                                            const QString &accessToken,
                                            const QDateTime &now) const
{
    const auto stamp = storage.serverStamp();
    if (!stamp)
        return stamp.error();
    return authenticate(storage, accessToken, now, stamp->authGeneration);
}

Result<Principal> AuthService::authenticate(ServerStorage &storage,
                                            const QString &accessToken,
                                            const QDateTime &now,
                                            const QString &authGeneration) const
{
    if (!SecretToken::looksValid(accessToken))
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("invalid access token"));
    const QByteArray hash = SecretToken::hash(accessToken);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_cacheMutex);
        if (m_cacheGeneration != authGeneration) {
            // Something was revoked or disabled since: nothing cached can be trusted.
            m_cache.clear();
            m_cacheGeneration = authGeneration;
        }
        const auto it = m_cache.constFind(hash);
        if (it != m_cache.constEnd() && it->cachedAtMs <= nowMs
            && nowMs - it->cachedAtMs < PrincipalCacheMs && it->expiresAt > now) {
            return it->principal;
        }
    }
    auto found = lookUp(storage, hash, now);
    if (!found)
        return found.error();
    {
        QMutexLocker lock(&m_cacheMutex);
        // Cached under the generation read before the lookup: a revocation committed in
        // between renewed it, so this entry is never used after it.
        if (m_cacheGeneration == authGeneration) {
            if (m_cache.size() >= PrincipalCacheSize)
                m_cache.clear();
            m_cache.insert(hash, CachedPrincipal{found->first, found->second, nowMs});
        }
    }
    return found->first;
}

Result<std::pair<Principal, QDateTime>>
AuthService::lookUp(ServerStorage &storage, const QByteArray &hash, const QDateTime &now) const
{
    const auto found = storage.findToken(hash);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->kind != TokenKind::Access)
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("invalid access token"));
    const TokenRecord &token = **found;
    if (token.revokedAt.isValid())
        return makeError(ErrorCode::Unauthenticated,
                         QStringLiteral("the access token was revoked"));
    if (token.expiresAt <= now)
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("the access token expired"));
    const auto user = storage.findUser(token.userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("unknown user"));
    if ((*user)->disabled)
        return makeError(ErrorCode::AccountDisabled, QStringLiteral("the account is disabled"));
    return std::pair{Principal{**user, token.deviceId, token.familyId}, token.expiresAt};
}

Status
AuthService::logout(ServerStorage &storage, const Principal &principal, const QDateTime &now) const
{
    const auto revoked = storage.revokeFamily(principal.familyId, now);
    if (!revoked)
        return revoked.error();
    return {};
}

Result<IssuedTokens> AuthService::issue(ServerStorage &storage,
                                        const UserRecord &user,
                                        const QUuid &deviceId,
                                        const QUuid &familyId,
                                        const QByteArray &parentHash,
                                        const QDateTime &now) const
{
    IssuedTokens tokens;
    tokens.user = user;
    tokens.deviceId = deviceId;
    tokens.accessToken = SecretToken::newAccessToken();
    tokens.accessExpiresAt = now.addSecs(m_settings.accessTtlSeconds);
    tokens.refreshToken = SecretToken::newRefreshToken();
    tokens.refreshExpiresAt = now.addSecs(m_settings.refreshTtlSeconds);

    TokenRecord access;
    access.hash = SecretToken::hash(tokens.accessToken);
    access.kind = TokenKind::Access;
    access.userId = user.id;
    access.deviceId = deviceId;
    access.familyId = familyId;
    access.issuedAt = now;
    access.expiresAt = tokens.accessExpiresAt;
    access.parentHash = parentHash;

    TokenRecord refresh = access;
    refresh.hash = SecretToken::hash(tokens.refreshToken);
    refresh.kind = TokenKind::Refresh;
    refresh.expiresAt = tokens.refreshExpiresAt;
    // Both or neither: a client never holds a pair of which only half is valid.
    if (const Status stored = storage.insertTokens({access, refresh}); !stored)
        return stored.error();
    return tokens;
}

} // namespace Reqdesk::Server
