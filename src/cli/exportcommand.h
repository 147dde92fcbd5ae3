#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `export --format json|csv [--out FILE]`: every requisition with its bands and compliance
/// flags, streamed so a large cache never sits in memory whole (format in docs/cli.md).
class ExportCommand final
{
public:
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
