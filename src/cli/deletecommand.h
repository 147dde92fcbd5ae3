#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `delete requisition|candidate ID`: deletes through the outbox.
class DeleteCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
