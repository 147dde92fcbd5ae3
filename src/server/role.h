#pragma once

#include <QString>

#include <optional>

namespace Reqdesk::Server {

/// What a user may do: admins everything, recruiters their tenant, hiring managers their org's
/// requisitions without candidates' contact details, viewers read-only without pay fields.
enum class Role {
    Admin,
    Recruiter,
    HiringManager,
    Viewer,
};

/// The stable wire and database name: "admin", "recruiter", "hiring_manager", "viewer".
QString roleName(Role role);
/// Parses a role name; accepts "hiring-manager" too (the command line spelling).
std::optional<Role> parseRole(QStringView name);

} // namespace Reqdesk::Server
