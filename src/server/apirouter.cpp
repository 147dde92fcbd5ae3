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
            {get, QStringLiteral("/v1/sync/meta"), RouteId::SyncMeta, true, false},
            {post, QStringLiteral("/v1/sync/push"), RouteId::SyncPush, true, true},
            {get, QStringLiteral("/v1/sync/changes"), RouteId::SyncChanges, true, false},
            {get, QStringLiteral("/v1/sync/snapshot"), RouteId::SyncSnapshot, true, false},
            {get, QStringLiteral("/v1/sync/checksum"), RouteId::SyncChecksum, true, false},
            {get, QStringLiteral("/v1/conflicts"), RouteId::Conflicts, true, false},
            {post,
             QStringLiteral("/v1/conflicts/{id}/resolve"),
             RouteId::ConflictResolve,
             true,
             true},
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
        QString parameter;
        if (!fits(route.path, normalised, &parameter))
            continue;
        if (route.method == method) {
            result.kind = RouteMatch::Kind::Found;
            result.id = route.id;
            result.pattern = route.path;
            result.onWorker = route.onWorker;
            result.acceptsBody = route.acceptsBody;
            result.parameter = parameter;
            return result;
        }
        result.kind = RouteMatch::Kind::MethodNotAllowed;
        result.pattern = route.path;
        result.allowed.append(route.method);
    }
    return result;
}

QList<QPair<QByteArray, QString>> ApiRouter::routeTable() const
{
    QList<QPair<QByteArray, QString>> table;
    table.reserve(m_routes.size());
    for (const Route &route : m_routes)
        table.append({route.method, route.path});
    return table;
}

bool ApiRouter::fits(const QString &pattern, const QString &path, QString *parameter)
{
    if (!pattern.contains(u'{'))
        return pattern == path;
    const QStringList want = pattern.split(u'/');
    const QStringList have = path.split(u'/');
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) == QLatin1String("{id}")) {
            if (have.at(i).isEmpty())
                return false;
            *parameter = have.at(i);
        } else if (want.at(i) != have.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace Reqdesk::Server
