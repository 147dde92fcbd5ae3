#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `status [--json]`: outbox size, cursor, epoch, last sync, conflicts.
class StatusCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
