#include "cli/addcommand.h"

#include "cli/clicontext.h"
#include "store/candidaterepository.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace Reqdesk::Cli {

int AddCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Adds a candidate (through the outbox) and prints its id."));
    parser.addPositionalArgument(QStringLiteral("candidate"), QStringLiteral("the entity"));
    parser.addOption({QStringLiteral("name"), QStringLiteral("full name"), QStringLiteral("N")});
    parser.addOption(
            {QStringLiteral("email"), QStringLiteral("e-mail (repeatable)"), QStringLiteral("E")});
    if (const int code = context.parse(parser, QStringLiteral("add"), args); code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("candidate")}
        || parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return context.fail(QStringLiteral("usage: add candidate --name N [--email E]"), ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Core::Candidate candidate;
    candidate.id = QUuid::createUuid();
    candidate.name = parser.value(QStringLiteral("name")).trimmed();
    candidate.emails = parser.values(QStringLiteral("email"));
    candidate.createdAt = candidate.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto s = Store::CandidateRepository(**db).save(candidate, Store::WriteOrigin::LocalEdit);
        !s)
        return context.fail(s.error().message());
    context.out() << candidate.id.toString(QUuid::WithoutBraces) << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
