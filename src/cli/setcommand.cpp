#include "cli/setcommand.h"

#include "cli/clicontext.h"
#include "core/wire/wirecodec.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Reqdesk::Cli {

namespace {

/// VALUE typed like the field's current value: numbers, booleans and JSON lists/objects are
/// parsed, "null" clears, anything else is text.
QJsonValue typedValue(const QJsonValue &current, const QString &text)
{
    if (text == QLatin1String("null"))
        return QJsonValue::Null;
    if (current.isDouble()) {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    if (current.isBool())
        return text == QLatin1String("true");
    if (current.isArray() || current.isObject()) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isArray())
            return document.array();
        if (document.isObject())
            return document.object();
    }
    return text;
}

} // namespace

int SetCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Edits a requisition's fields (wire-format names, e.g. title=\"Staff "
            "Engineer\" openings=2 status=open). The edit goes through the outbox."));
    parser.addPositionalArgument(QStringLiteral("requisition"), QStringLiteral("the entity"));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the record's id"));
    parser.addPositionalArgument(QStringLiteral("FIELD=VALUE"), QStringLiteral("changes"));
    if (const int code = context.parse(parser, QStringLiteral("set"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3 || positional.first() != QLatin1String("requisition"))
        return context.fail(QStringLiteral("usage: set requisition ID FIELD=VALUE..."), ExitUsage);
    const QUuid id = QUuid::fromString(positional.at(1));
    if (id.isNull())
        return context.fail(QStringLiteral("not an id: %1").arg(positional.at(1)), ExitUsage);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());
    Store::RequisitionRepository repository(**db);
    const auto stored = repository.find(id);
    if (!stored)
        return context.fail(stored.error().message());
    const QJsonObject before = Core::WireCodec::toJson(*stored);
    QJsonObject changes;
    for (const QString &assignment : positional.mid(2)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return context.fail(QStringLiteral("expected FIELD=VALUE, got '%1'").arg(assignment),
                                ExitUsage);
        const QString field = assignment.left(equals);
        if (field == QLatin1String("id") || field == QLatin1String("version"))
            return context.fail(QStringLiteral("%1 cannot be set").arg(field), ExitUsage);
        if (!before.contains(field))
            return context.fail(QStringLiteral("unknown requisition field '%1'").arg(field),
                                ExitUsage);
        changes.insert(field, typedValue(before.value(field), assignment.mid(equals + 1)));
    }
    const auto edited = Core::WireCodec::requisitionFromJson(
            Core::WireCodec::applyChanges(before, changes), Core::Strictness::Strict);
    if (!edited)
        return context.fail(edited.error().message(), ExitUsage);
    if (auto s = repository.save(*edited, Store::WriteOrigin::LocalEdit); !s)
        return context.fail(s.error().message());
    context.out() << id.toString(QUuid::WithoutBraces) << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
