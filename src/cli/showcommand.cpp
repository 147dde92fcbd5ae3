#include "cli/showcommand.h"

#include "cli/clicontext.h"
#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Reqdesk::Cli {

int ShowCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Prints one record as the cache holds it (wire format); an application "
                           "comes with its stage history and notes."));
    parser.addPositionalArgument(QStringLiteral("ENTITY"),
                                 QStringLiteral("requisition|application|candidate"));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the record's id"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("compact JSON on one line")});
    if (const int code = context.parse(parser, QStringLiteral("show"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString entity = positional.value(0);
    const QUuid id = QUuid::fromString(positional.value(1));
    if (positional.size() != 2 || id.isNull())
        return context.fail(QStringLiteral("usage: show requisition|application|candidate ID"),
                            ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    QJsonObject object;
    if (entity == QLatin1String("requisition")) {
        const auto r = Store::RequisitionRepository(**db).find(id);
        if (!r)
            return context.fail(r.error().message());
        object = Core::WireCodec::toJson(*r);
    } else if (entity == QLatin1String("candidate")) {
        const auto c = Store::CandidateRepository(**db).find(id);
        if (!c)
            return context.fail(c.error().message());
        object = Core::WireCodec::toJson(*c);
    } else if (entity == QLatin1String("application")) {
        Store::ApplicationRepository repository(**db);
        const auto a = repository.find(id);
        const auto history = repository.history(id);
        const auto notes = repository.notes(id);
        if (!a)
            return context.fail(a.error().message());
        if (!history || !notes)
            return context.fail(QStringLiteral("cannot read the application's history"));
        object = Core::WireCodec::toJson(*a);
        QJsonArray events;
        for (const auto &event : *history)
            events.append(Core::WireCodec::toJson(event));
        QJsonArray noteList;
        for (const auto &note : *notes)
            noteList.append(Core::WireCodec::toJson(note));
        object.insert(QStringLiteral("history"), events);
        object.insert(QStringLiteral("notes"), noteList);
    } else {
        return context.fail(QStringLiteral("unknown entity '%1'").arg(entity), ExitUsage);
    }
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(object);
    else
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace Reqdesk::Cli
