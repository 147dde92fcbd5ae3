#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `note APPLICATION_ID TEXT`: appends a note.
class NoteCommand final
{
public:
    /// Runs the command; returns the exit code.
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
