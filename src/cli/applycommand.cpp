#include "cli/applycommand.h"

#include "cli/clicontext.h"
#include "store/applicationrepository.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace Reqdesk::Cli {

int ApplyCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Applies a candidate to a requisition (through the outbox) and prints "
                           "the application's id."));
    parser.addPositionalArgument(QStringLiteral("CANDIDATE_ID"), QStringLiteral("the candidate"));
    parser.addPositionalArgument(QStringLiteral("REQUISITION_ID"),
                                 QStringLiteral("the requisition"));
    if (const int code = context.parse(parser, QStringLiteral("apply"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QUuid candidate = QUuid::fromString(positional.value(0));
    const QUuid requisition = QUuid::fromString(positional.value(1));
    if (positional.size() != 2 || candidate.isNull() || requisition.isNull())
        return context.fail(QStringLiteral("usage: apply CANDIDATE_ID REQUISITION_ID"), ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    // The parents may still be on their way from another device (children may come first).
    Core::Application application;
    application.id = QUuid::createUuid();
    application.candidateId = candidate;
    application.requisitionId = requisition;
    application.appliedAt = application.stageChangedAt = application.updatedAt
            = QDateTime::currentDateTimeUtc();
    if (auto s = Store::ApplicationRepository(**db).create(
                application, context.userName(), Store::WriteOrigin::LocalEdit);
        !s)
        return context.fail(s.error().message());
    context.out() << application.id.toString(QUuid::WithoutBraces) << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
