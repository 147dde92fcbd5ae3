#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `move APPLICATION_ID STAGE [--reason R]`: a stage move checked by the state machine.
class MoveCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
