#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `stats [--json]`: how many of each record the cache holds, and what waits to sync.
class StatsCommand final
{
public:
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
