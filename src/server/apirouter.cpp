#include "server/apirouter.h"

namespace Reqdesk::Server {

ApiRouter::ApiRouter()
{
    const QByteArray get = QByteArrayLiteral("GET");
    const QByteArray post = QByteArrayLiteral("POST");
    m_routes = {
            {get, QStringLiteral("/healthz"), RouteId::Healthz, false, false},
            {get, QStringLiteral("/readyz"), RouteId::Readyz, true, false},
            {get, QStringLiteral("/metrics"), RouteId::Metrics, false, false},
            {post, QStringLiteral("/v1/auth/login"), RouteId::Login, true, true},
            {post, QStringLiteral("/v1/auth/refresh"), RouteId::Refresh, true, true},
            {post, QStringLiteral("/v1/auth/logout"), RouteId::Logout, true, true},
            {get, QStringLiteral("/v1/me"), RouteId::Me, true, false},
            {get, QStringLiteral("/v1/users"), RouteId::Users, true, false},
    };
}

RouteMatch ApiRouter::match(const QByteArray &method, const QString &path) const
{
    RouteMatch result;
    // A trailing slash is the same resource; anything else is exact.
    QString normalised = path;
    if (normalised.size() > 1 && normalised.endsWith(u'/'))
        normalised.chop(1);
    for (const Route &route : m_routes) {
        if (route.path != normalised)
            continue;
        if (route.method == method) {
            result.kind = RouteMatch::Kind::Found;
            result.id = route.id;
            result.pattern = route.path;
            result.onWorker = route.onWorker;
            result.acceptsBody = route.acceptsBody;
            return result;
        }
        result.kind = RouteMatch::Kind::MethodNotAllowed;
        result.pattern = route.path;
        result.allowed.append(route.method);
    }
    return result;
}

} // namespace Reqdesk::Server
