#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `resolve CONFLICT_ID mine|theirs|value=V`: resolves a conflict on the server, then syncs.
class ResolveCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
