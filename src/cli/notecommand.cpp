#include "cli/notecommand.h"

#include "cli/clicontext.h"
#include "store/applicationrepository.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace Reqdesk::Cli {

int NoteCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Appends a note to an application."));
    parser.addPositionalArgument(QStringLiteral("APPLICATION_ID"),
                                 QStringLiteral("the application"));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("the note"));
    if (const int code = context.parse(parser, QStringLiteral("note"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QUuid id = QUuid::fromString(positional.value(0));
    if (positional.size() != 2 || id.isNull() || positional.at(1).trimmed().isEmpty())
        return context.fail(QStringLiteral("usage: note APPLICATION_ID TEXT"), ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Core::Note note;
    note.id = QUuid::createUuid();
    note.applicationId = id;
    note.author = context.userName();
    note.at = QDateTime::currentDateTimeUtc();
    note.text = positional.at(1);
    if (auto s = Store::ApplicationRepository(**db).addNote(note, Store::WriteOrigin::LocalEdit);
        !s)
        return context.fail(s.error().message());
    context.out() << note.id.toString(QUuid::WithoutBraces) << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
