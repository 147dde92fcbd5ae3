#include "cli/movecommand.h"

#include "cli/clicontext.h"
#include "core/rules/applicationstatemachine.h"
#include "store/applicationrepository.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace Reqdesk::Cli {

int MoveCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Moves an application to another stage, if the pipeline allows it."));
    parser.addPositionalArgument(QStringLiteral("APPLICATION_ID"),
                                 QStringLiteral("the application"));
    parser.addPositionalArgument(QStringLiteral("STAGE"), QStringLiteral("the target stage"));
    parser.addOption({QStringLiteral("reason"),
                      QStringLiteral("why (needed for exits)"),
                      QStringLiteral("R")});
    if (const int code = context.parse(parser, QStringLiteral("move"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QUuid id = QUuid::fromString(positional.value(0));
    const auto stage = Core::stageFromName(positional.value(1));
    if (positional.size() != 2 || id.isNull() || !stage)
        return context.fail(QStringLiteral("usage: move APPLICATION_ID STAGE [--reason R]"),
                            ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Store::ApplicationRepository repository(**db);
    const auto application = repository.find(id);
    if (!application)
        return context.fail(application.error().message());
    const QString reason = parser.value(QStringLiteral("reason"));
    if (auto s = Core::ApplicationStateMachine::check(application->stage, *stage, reason); !s)
        return context.fail(s.error().message());
    auto event = repository.moveStage(id, *stage, reason, context.userName());
    if (!event)
        return context.fail(event.error().message());
    context.out() << event->id.toString(QUuid::WithoutBraces) << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
