#include "server/apihandlers.h"

#include "core/wire/wirereader.h"
#include "server/httpcompression.h"
#include "server/metrics.h"
#include "server/serverstorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Result;
using Core::Internal::Presence;
using Core::Internal::WireReader;

namespace {

/// The body as one JSON object; anything else is a 400.
Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("malformed JSON at offset %1: %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(ErrorCode::ParseError, QStringLiteral("expected a JSON object"));
    return document.object();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject userJson(const UserRecord &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("name"), user.name},
                       {QStringLiteral("role"), roleName(user.role)},
                       {QStringLiteral("org"), user.org}};
}

} // namespace

ApiHandlers::ApiHandlers(const AuthService &auth, Metrics &metrics, const SyncService &sync)
    : m_auth(auth)
    , m_metrics(metrics)
    , m_sync(sync)
{}

ApiResponse ApiHandlers::handle(RouteId route,
                                const ApiRequest &request,
                                ServerStorage &storage,
                                const QDateTime &now) const
{
    switch (route) {
    case RouteId::Readyz:
        return readyz(storage);
    case RouteId::Login:
        return login(request, storage, now);
    case RouteId::Refresh:
        return refresh(request, storage, now);
    case RouteId::SyncMeta:
    case RouteId::SyncPush:
    case RouteId::SyncChanges:
    case RouteId::SyncSnapshot:
    case RouteId::SyncChecksum:
    case RouteId::Conflicts:
    case RouteId::ConflictResolve: {
        // One read for the epoch and the authentication generation, before the token.
        const auto stamp = storage.serverStamp();
        if (!stamp)
            return ApiResponse::fromError(stamp.error());
        const auto principal = authenticate(request, storage, now, stamp->authGeneration);
        if (!principal) {
            ApiResponse response = ApiResponse::fromError(principal.error());
            if (response.status == 401)
                response.headers.append({QByteArrayLiteral("WWW-Authenticate"), "Bearer"});
            return response;
        }
        ApiResponse response = sync(route, request, *principal, storage, now, stamp->epoch);
        response.user = principal->user.name;
        response.device = principal->deviceId.toString(QUuid::WithoutBraces);
        return response;
    }
    case RouteId::Logout:
    case RouteId::Me:
    case RouteId::Users: {
        const auto stamp = storage.serverStamp();
        if (!stamp)
            return ApiResponse::fromError(stamp.error());
        const auto principal = authenticate(request, storage, now, stamp->authGeneration);
        if (!principal) {
            ApiResponse response = ApiResponse::fromError(principal.error());
            if (response.status == 401)
                response.headers.append({QByteArrayLiteral("WWW-Authenticate"), "Bearer"});
            return response;
        }
        ApiResponse response = route == RouteId::Logout ? logout(*principal, storage, now)
                               : route == RouteId::Me   ? me(*principal)
                                                        : users(request, *principal, storage);
        response.user = principal->user.name;
        response.device = principal->deviceId.toString(QUuid::WithoutBraces);
        return response;
    }
    case RouteId::Healthz:
    case RouteId::Metrics:
        break;
    }
    return ApiResponse::error(500, QStringLiteral("internal"), QStringLiteral("unrouted"));
}

ApiResponse ApiHandlers::sync(RouteId route,
                              const ApiRequest &request,
                              const Principal &principal,
                              ServerStorage &storage,
                              const QDateTime &now,
                              const QUuid &epoch) const
{
    const QByteArray protocol = request.header(QByteArrayLiteral("x-reqdesk-protocol")).trimmed();
    if (!protocol.isEmpty()) {
        const auto [minimum, maximum] = SyncService::protocolRange();
        bool ok = false;
        const int version = protocol.toInt(&ok);
        if (!ok || version < minimum) {
            return ApiResponse::fromError(
                    makeError(ErrorCode::ClientTooOld,
                              QStringLiteral("this server speaks sync protocol %1 to %2: update "
                                             "the app")
                                      .arg(minimum)
                                      .arg(maximum)));
        }
        if (version > maximum) {
            return ApiResponse::fromError(makeError(
                    ErrorCode::ClientTooNew,
                    QStringLiteral("this server speaks sync protocol up to %1").arg(maximum)));
        }
    }
    const QByteArray epochText = epoch.toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray clientEpoch = request.header(QByteArrayLiteral("x-reqdesk-epoch")).trimmed();
    const auto finishBody = [&](Result<QByteArray> result) {
        ApiResponse response
                = result ? ApiResponse::raw(*result) : ApiResponse::fromError(result.error());
        response.headers.append({QByteArrayLiteral("X-Reqdesk-Epoch"), epochText});
        if (!response.isError() && response.body.size() > 1024
            && HttpCompression::acceptsGzip(request.header(QByteArrayLiteral("accept-encoding")))) {
            // A cached changes page is compressed once, not for every client.
            response.body = m_sync.pageCache().gzipped(response.body);
            response.headers.append({QByteArrayLiteral("Content-Encoding"), "gzip"});
            response.headers.append({QByteArrayLiteral("Vary"), "Accept-Encoding"});
        }
        return response;
    };
    const auto finish = [&](Result<QJsonObject> result) {
        if (!result)
            return finishBody(result.error());
        return finishBody(QJsonDocument(*result).toJson(QJsonDocument::Compact));
    };
    if (!clientEpoch.isEmpty() && route != RouteId::SyncMeta
        && QUuid::fromString(QString::fromLatin1(clientEpoch)) != epoch) {
        return finish(makeError(ErrorCode::EpochMismatch,
                                QStringLiteral("the server was restored (new epoch): reset")));
    }
    QJsonObject body;
    if (route == RouteId::SyncPush || route == RouteId::ConflictResolve) {
        const QByteArray encoding
                = request.header(QByteArrayLiteral("content-encoding")).trimmed().toLower();
        QByteArray raw = request.body;
        if (encoding == "gzip") {
            auto inflated = HttpCompression::gunzip(raw, m_sync.limits().pushMaxBytes);
            if (!inflated)
                return finish(inflated.error());
            raw = *inflated;
        } else if (!encoding.isEmpty() && encoding != "identity") {
            return finish(makeError(ErrorCode::UnsupportedEncoding,
                                    QStringLiteral("Content-Encoding must be gzip or identity")));
        }
        if (raw.size() > m_sync.limits().pushMaxBytes) {
            return finish(makeError(
                    ErrorCode::PayloadTooLarge,
                    QStringLiteral("the body exceeds %1 bytes").arg(m_sync.limits().pushMaxBytes)));
        }
        auto object = parseObject(raw);
        if (!object)
            return finish(object.error());
        body = *object;
    }
    const auto item = [&request](const char *name) {
        return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    switch (route) {
    case RouteId::SyncMeta:
        return finish(m_sync.meta(principal, storage, now));
    case RouteId::SyncPush:
        return finish(m_sync.push(principal, body, storage, now));
    case RouteId::SyncChanges:
        return finishBody(
                m_sync.changesPage(principal, item("cursor"), item("limit"), storage, epoch));
    case RouteId::SyncSnapshot:
        return finish(
                m_sync.snapshot(principal, item("entity"), item("after"), item("limit"), storage));
    case RouteId::SyncChecksum:
        return finish(m_sync.checksum(principal, storage));
    case RouteId::Conflicts:
        return finish(
                m_sync.conflicts(principal, item("status"), item("after"), item("limit"), storage));
    case RouteId::ConflictResolve: {
        const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
        const QString id = segments.size() >= 3 ? segments.at(2) : QString();
        return finish(m_sync.resolve(principal, id, body, storage, now));
    }
    default:
        break;
    }
    return ApiResponse::error(500, QStringLiteral("internal"), QStringLiteral("unrouted"));
}

Result<Principal> ApiHandlers::authenticate(const ApiRequest &request,
                                            ServerStorage &storage,
                                            const QDateTime &now,
                                            const QString &authGeneration) const
{
    const QByteArray header = request.header(QByteArrayLiteral("authorization"));
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size()
        || header.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::Unauthenticated,
                         QStringLiteral("missing bearer token in the Authorization header"));
    }
    return m_auth.authenticate(
            storage, QString::fromLatin1(header.mid(scheme.size()).trimmed()), now, authGeneration);
}

ApiResponse ApiHandlers::readyz(ServerStorage &storage) const
{
    const auto ready = storage.checkReady();
    if (!ready)
        return ApiResponse::error(503, QStringLiteral("not_ready"), ready.error().detail);
    const auto epoch = storage.epoch();
    const auto version = storage.schemaVersion();
    if (!epoch || !version) {
        return ApiResponse::error(
                503, QStringLiteral("not_ready"), QStringLiteral("cannot read the server state"));
    }
    return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ready")},
                              {QStringLiteral("schema_version"), *version},
                              {QStringLiteral("epoch"), epoch->toString(QUuid::WithoutBraces)}});
}

ApiResponse
ApiHandlers::login(const ApiRequest &request, ServerStorage &storage, const QDateTime &now) const
{
    const auto object = parseObject(request.body);
    if (!object)
        return ApiResponse::fromError(object.error());
    WireReader reader(*object, Core::Strictness::Strict, QStringLiteral("login"));
    LoginRequest login;
    login.name = reader.string(QStringLiteral("name"), Presence::Key);
    login.password = reader.string(QStringLiteral("password"), Presence::Key).toUtf8();
    login.deviceName = reader.string(QStringLiteral("device_name"), Presence::Key);
    login.deviceId = reader.uuid(QStringLiteral("device_id"), Presence::Omittable);
    login.address = request.remoteAddress;
    if (const auto status = reader.finish(); !status)
        return ApiResponse::fromError(status.error());
    if (login.name.isEmpty() || login.password.isEmpty() || login.deviceName.trimmed().isEmpty()) {
        return ApiResponse::error(400,
                                  QStringLiteral("bad_request"),
                                  QStringLiteral("name, password and device_name must not be "
                                                 "empty"));
    }
    if (login.name.size() > 200 || login.deviceName.size() > 200 || login.password.size() > 1024) {
        return ApiResponse::error(
                400, QStringLiteral("bad_request"), QStringLiteral("a field is too long"));
    }

    int retryAfter = 0;
    const auto tokens = m_auth.login(storage, login, now, &retryAfter);
    if (!tokens) {
        m_metrics.recordLoginFailure();
        ApiResponse response = ApiResponse::fromError(tokens.error());
        if (tokens.error().code == ErrorCode::RateLimited)
            response.headers.append(
                    {QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        response.user = login.name;
        return response;
    }
    ApiResponse response = ApiResponse::json(tokensJson(*tokens, now));
    response.user = tokens->user.name;
    response.device = tokens->deviceId.toString(QUuid::WithoutBraces);
    return response;
}

ApiResponse
ApiHandlers::refresh(const ApiRequest &request, ServerStorage &storage, const QDateTime &now) const
{
    const auto object = parseObject(request.body);
    if (!object)
        return ApiResponse::fromError(object.error());
    WireReader reader(*object, Core::Strictness::Strict, QStringLiteral("refresh"));
    const QString token = reader.string(QStringLiteral("refresh_token"), Presence::Key);
    if (const auto status = reader.finish(); !status)
        return ApiResponse::fromError(status.error());
    const auto tokens = m_auth.refresh(storage, token, now);
    if (!tokens)
        return ApiResponse::fromError(tokens.error());
    ApiResponse response = ApiResponse::json(tokensJson(*tokens, now));
    response.user = tokens->user.name;
    response.device = tokens->deviceId.toString(QUuid::WithoutBraces);
    return response;
}

ApiResponse
ApiHandlers::logout(const Principal &principal, ServerStorage &storage, const QDateTime &now) const
{
    if (const auto status = m_auth.logout(storage, principal, now); !status)
        return ApiResponse::fromError(status.error());
    return ApiResponse::empty(204);
}

ApiResponse ApiHandlers::me(const Principal &principal) const
{
    QJsonObject object = userJson(principal.user);
    object.insert(QStringLiteral("tenant_id"),
                  principal.user.tenantId.toString(QUuid::WithoutBraces));
    object.insert(QStringLiteral("device_id"), principal.deviceId.toString(QUuid::WithoutBraces));
    return ApiResponse::json(object);
}

ApiResponse ApiHandlers::users(const ApiRequest &request,
                               const Principal &principal,
                               ServerStorage &storage) const
{
    const bool admin = principal.user.role == Role::Admin;
    const bool includeDisabled = request.query.queryItemValue(QStringLiteral("include_disabled"))
                                 == QLatin1String("true");
    if (includeDisabled && !admin) {
        return ApiResponse::error(403,
                                  QStringLiteral("permission_denied"),
                                  QStringLiteral("only admins may see disabled accounts"));
    }
    const auto users = storage.listUsers();
    if (!users)
        return ApiResponse::fromError(users.error());
    QJsonArray list;
    for (const UserRecord &user : *users) {
        // Admins see everyone with account details; others see active colleagues only, enough
        // to name a hiring team.
        if (user.tenantId != principal.user.tenantId && !admin)
            continue;
        if (user.disabled && !includeDisabled)
            continue;
        QJsonObject object = userJson(user);
        if (admin) {
            object.insert(QStringLiteral("disabled"), user.disabled);
            object.insert(QStringLiteral("created_at"), isoTime(user.createdAt));
        }
        list.append(object);
    }
    return ApiResponse::json({{QStringLiteral("users"), list}});
}

QJsonObject ApiHandlers::tokensJson(const IssuedTokens &tokens, const QDateTime &now)
{
    return QJsonObject{
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("access_token"), tokens.accessToken},
            {QStringLiteral("access_expires_in"), now.secsTo(tokens.accessExpiresAt)},
            {QStringLiteral("refresh_token"), tokens.refreshToken},
            {QStringLiteral("refresh_expires_in"), now.secsTo(tokens.refreshExpiresAt)},
            {QStringLiteral("device_id"), tokens.deviceId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("user"), userJson(tokens.user)},
    };
}

} // namespace Reqdesk::Server
