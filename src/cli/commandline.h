#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

/// reqdesk-cli [--db FILE] COMMAND [options]: reads the global options and runs the command.
class CommandLine final
{
public:
    /// Returns the process exit code (see ExitCode).
    int run(const QStringList &arguments);
};

} // namespace Reqdesk::Cli
