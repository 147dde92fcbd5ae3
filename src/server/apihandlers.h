#pragma once

#include "server/apirequest.h"
#include "server/apiresponse.h"
#include "server/apirouter.h"
#include "server/authservice.h"
#include "server/syncservice.h"

#include <QDateTime>
#include <QJsonObject>

namespace Reqdesk::Server {

class Metrics;
class ServerStorage;

/// The routes that run on a worker. Each stays thin: decode → authenticate and authorise → one
/// service call → encode. Runs on worker threads, so it holds no mutable state of its own.
class ApiHandlers final
{
public:
    /// Handlers over one AuthService and one SyncService, counting sign-in failures in
    /// `metrics`.
    ApiHandlers(const AuthService &auth, Metrics &metrics, const SyncService &sync);

    /// Answers one request with the calling worker's storage.
    ApiResponse handle(RouteId route,
                       const ApiRequest &request,
                       ServerStorage &storage,
                       const QDateTime &now) const;

private:
    ApiResponse readyz(ServerStorage &storage) const;
    ApiResponse
    login(const ApiRequest &request, ServerStorage &storage, const QDateTime &now) const;
    ApiResponse
    refresh(const ApiRequest &request, ServerStorage &storage, const QDateTime &now) const;
    ApiResponse
    logout(const Principal &principal, ServerStorage &storage, const QDateTime &now) const;
    ApiResponse me(const Principal &principal) const;
    ApiResponse
    users(const ApiRequest &request, const Principal &principal, ServerStorage &storage) const;

    /// The /v1/sync/* and /v1/conflicts* routes: protocol and epoch headers (the server's
    /// `epoch` read with the authentication generation), gzip both ways.
    ApiResponse sync(RouteId route,
                     const ApiRequest &request,
                     const Principal &principal,
                     ServerStorage &storage,
                     const QDateTime &now,
                     const QUuid &epoch) const;

    /// The principal behind the Authorization header, or the 401/403 to send; `authGeneration`
    /// read from the storage in this request, before the token.
    Core::Result<Principal> authenticate(const ApiRequest &request,
                                         ServerStorage &storage,
                                         const QDateTime &now,
                                         const QString &authGeneration) const;
    static QJsonObject tokensJson(const IssuedTokens &tokens, const QDateTime &now);

    const AuthService &m_auth;
    Metrics &m_metrics;
    const SyncService &m_sync;
};

} // namespace Reqdesk::Server
