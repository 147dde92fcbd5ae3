#pragma once

#include "core/result.h"

namespace Reqdesk::Store {

class Database;

/// Brings a cache to Schema::currentVersion(), one migration per transaction.
class MigrationRunner final
{
public:
    /// Applies every migration newer than PRAGMA user_version, each in its own transaction with
    /// its row in schema_migrations and the new user_version. Refuses a newer schema with
    /// SchemaTooNew and leaves the file untouched.
    static Core::Status run(Database &database);
};

} // namespace Reqdesk::Store
