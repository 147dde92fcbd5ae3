#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `logout`: signs out on the server and forgets the stored token; local data stays.
class LogoutCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
