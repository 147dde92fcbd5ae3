#include "cli/logoutcommand.h"

#include "cli/clicontext.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>

namespace Reqdesk::Cli {

int LogoutCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Signs out and forgets the stored token; the cache and its unsent "
                           "edits stay."));
    if (const int code = context.parse(parser, QStringLiteral("logout"), args); code >= 0)
        return code;
    auto engine = context.engine();
    if (!engine)
        return context.fail(engine.error().message());
    if (auto s = (*engine)->signOut(); !s)
        return context.fail(s.error().message());
    context.out() << "signed out\n";
    return ExitOk;
}

} // namespace Reqdesk::Cli
