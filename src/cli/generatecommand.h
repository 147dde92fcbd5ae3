#pragma once

#include <QStringList>

namespace Reqdesk::Cli {

class CliContext;

/// `generate --requisitions N --applications M [--seed S]`: deterministic demo data loaded as
/// server data (nothing enters the outbox).
class GenerateCommand final
{
public:
    static int run(CliContext &context, const QStringList &args);
};

} // namespace Reqdesk::Cli
