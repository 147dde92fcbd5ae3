#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `set requisition ID FIELD=VALUE...`: edits wire-format fields of a requisition (through the
/// outbox).
class SetCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
