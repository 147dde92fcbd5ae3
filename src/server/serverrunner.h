#pragma once

#include "server/serverconfig.h"

namespace Reqdesk::Server {

/// Wires a configured server together and runs it: data-directory lock, migration, worker
/// pool, HTTP front, signal handling and the drain on shutdown. Also runs the admin commands.
class ServerRunner final
{
public:
    /// Process exit codes.
    enum ExitCode {
        Ok = 0,
        Failed = 1,
        BadConfig = 2,
        Locked = 3,
    };

    /// A runner for a resolved configuration.
    explicit ServerRunner(ServerConfig config);

    /// Runs the configured command inside an existing QCoreApplication; returns the exit code.
    int run();

private:
    int serve();
    int admin();
    /// `backup --out FILE`: a consistent SQLite copy (VACUUM INTO) while servers run.
    int backup();
    /// `restore --from FILE`: replaces the stopped server's database and renews the epoch.
    int restore();

    ServerConfig m_config;
};

} // namespace Reqdesk::Server
