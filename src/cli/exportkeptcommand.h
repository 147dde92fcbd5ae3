#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `export-kept [--out FILE]`: writes the records the server removed or hid from this user but
/// the cache kept for their unsynced edits (SYNC.md 19), with those edits, as JSON.
class ExportKeptCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
