#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `add candidate --name N [--email E]`: creates a candidate (through the outbox), prints its id.
class AddCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
