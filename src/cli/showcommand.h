#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `show requisition|application|candidate ID [--json]`: one record as the cache holds it.
class ShowCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
