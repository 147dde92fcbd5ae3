#include "server/role.h"

namespace Reqdesk::Server {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Recruiter:
        return QStringLiteral("recruiter");
    case Role::HiringManager:
        return QStringLiteral("hiring_manager");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return QString();
}

std::optional<Role> parseRole(QStringView name)
{
    if (name == u"admin")
        return Role::Admin;
    if (name == u"recruiter")
        return Role::Recruiter;
    if (name == u"hiring_manager" || name == u"hiring-manager")
        return Role::HiringManager;
    if (name == u"viewer")
        return Role::Viewer;
    return std::nullopt;
}

} // namespace Reqdesk::Server
