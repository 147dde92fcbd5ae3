#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Reqdesk::Server {

/// Every route the server knows.
enum class RouteId {
    Healthz,
    Readyz,
    Metrics,
    Login,
    Refresh,
    Logout,
    Me,
    Users,
    SyncMeta,
    SyncPush,
    SyncChanges,
    SyncSnapshot,
    SyncChecksum,
    Conflicts,
    ConflictResolve,
};

/// The outcome of matching a method and a path.
struct RouteMatch
{
    enum class Kind {
        Found,
        NotFound,
        MethodNotAllowed,
    };
    Kind kind = Kind::NotFound;
    RouteId id = RouteId::Healthz;
    QString pattern;           ///< the route's template, the metrics label
    QList<QByteArray> allowed; ///< for 405: the methods the path does accept
    bool onWorker = true;      ///< false for the few routes that never touch the database
    bool acceptsBody = false;
    QString parameter; ///< the value of a `{id}` segment in the route's template
};

/// Maps (method, path) to a route. Segments match exactly, except a `{id}` segment, which
/// takes any one non-empty segment (its value is RouteMatch::parameter).
class ApiRouter final
{
public:
    /// The table of every route of this build.
    ApiRouter();

    /// The route for a method and a path, or why there is none.
    RouteMatch match(const QByteArray &method, const QString &path) const;
    /// Every (method, path template) of the table, in order: what docs/api/openapi.yaml must
    /// describe (tst_openapiroutes compares both ways).
    QList<QPair<QByteArray, QString>> routeTable() const;

private:
    /// True when the path fits the template; `parameter` receives a `{id}` segment.
    static bool fits(const QString &pattern, const QString &path, QString *parameter);

    struct Route
    {
        QByteArray method;
        QString path;
        RouteId id;
        bool onWorker;
        bool acceptsBody;
    };
    QList<Route> m_routes;
};

} // namespace Reqdesk::Server
