#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `apply CANDIDATE_ID REQUISITION_ID`: creates an application, prints its id.
class ApplyCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
