#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `recover [--force] [--json]`: rebuilds a cache that cannot be opened (damaged, truncated,
/// not a Reqdesk file): its unsent edits and sign-in are exported and carried into a new, empty
/// cache, the damaged file is kept under another name, and the next `sync` refills the rest.
class RecoverCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
