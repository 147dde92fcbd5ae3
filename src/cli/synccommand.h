#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `sync [--once] [--json]`: one sync round (with retries unless --once); exit 0 only when it
/// completed.
class SyncCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
