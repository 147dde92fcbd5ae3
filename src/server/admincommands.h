#pragma once

#include "core/result.h"
#include "server/serverconfig.h"

#include <QTextStream>

namespace Reqdesk::Server {

class ServerStorage;

/// The administrative subcommands (`user add|list|disable|grant-pay|revoke-pay`, `token
/// revoke`, `sync purge`, `seed-demo`; backup and restore live in ServerRunner). They open the data
/// directly; SQLite's locking lets them run beside a serving process.
class AdminCommands final
{
public:
    /// Commands as configured, on an open, migrated storage.
    AdminCommands(const ServerConfig &config, ServerStorage &storage);

    /// Runs the configured command; `input` supplies the password of `user add`. Returns the
    /// process exit code after printing to `out` and `err`.
    int run(QTextStream &input, QTextStream &out, QTextStream &err);

private:
    Core::Status userAdd(QTextStream &input, QTextStream &out);
    Core::Status userList(QTextStream &out);
    Core::Status userDisable(QTextStream &out);
    Core::Status tokenRevoke(QTextStream &out);
    Core::Status seedDemo(QTextStream &out);

    const ServerConfig &m_config;
    ServerStorage &m_storage;
};

} // namespace Reqdesk::Server
