#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `search QUERY [--status S] [--level L] [--location X] [--org O] [--limit N] [--json]`:
/// full-text search and filters, run in SQL.
class SearchCommand final
{
public:
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
