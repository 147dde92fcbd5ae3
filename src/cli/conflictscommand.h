#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `conflicts [--json]`: open conflicts.
class ConflictsCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
