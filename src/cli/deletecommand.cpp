#include "cli/deletecommand.h"

#include "cli/clicontext.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QCommandLineParser>

namespace Reqdesk::Cli {

int DeleteCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Deletes a requisition or candidate (through the outbox)."));
    parser.addPositionalArgument(QStringLiteral("ENTITY"), QStringLiteral("requisition|candidate"));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the record's id"));
    if (const int code = context.parse(parser, QStringLiteral("delete"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QUuid id = QUuid::fromString(positional.value(1));
    const QString entity = positional.value(0);
    if (positional.size() != 2 || id.isNull()
        || (entity != QLatin1String("requisition") && entity != QLatin1String("candidate")))
        return context.fail(QStringLiteral("usage: delete requisition|candidate ID"), ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    const auto s
            = entity == QLatin1String("requisition")
                      ? Store::RequisitionRepository(**db).remove(id, Store::WriteOrigin::LocalEdit)
                      : Store::CandidateRepository(**db).remove(id, Store::WriteOrigin::LocalEdit);
    if (!s)
        return context.fail(s.error().message());
    return ExitOk;
}

} // namespace Reqdesk::Cli
