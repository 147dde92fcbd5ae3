#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `release SEQ...|--all`: puts set-aside outbox entries back in the queue (after the cause,
/// e.g. a missing permission, was fixed), at their original position.
class ReleaseCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
