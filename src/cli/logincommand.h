#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `login --server URL --user NAME [--json]`: signs in (password: first line of stdin).
class LoginCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
