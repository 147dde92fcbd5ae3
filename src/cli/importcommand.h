#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `import [--format text|html|greenhouse|lever] FILE...`: one JSON summary line per file;
/// each file is saved whole or not at all.
class ImportCommand final
{
public:
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
