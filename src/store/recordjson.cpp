#include "store/recordjson.h"

#include "core/wire/wirecodec.h"

#include <QJsonDocument>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

QStringList arrayToList(const QJsonArray &array)
{
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

} // namespace

QJsonObject RecordJson::toJson(const PostingSections &s)
{
    return QJsonObject{
            {QStringLiteral("overview"), s.overview},
            {QStringLiteral("responsibilities"), toArray(s.responsibilities)},
            {QStringLiteral("required_qualifications"), toArray(s.requiredQualifications)},
            {QStringLiteral("preferred_qualifications"), toArray(s.preferredQualifications)},
            {QStringLiteral("other_requirements"), toArray(s.otherRequirements)},
            {QStringLiteral("benefits"), toArray(s.benefits)}};
}

PostingSections RecordJson::sectionsFromJson(const QJsonObject &o)
{
    PostingSections s;
    s.overview = o.value(QStringLiteral("overview")).toString();
    s.responsibilities = arrayToList(o.value(QStringLiteral("responsibilities")).toArray());
    s.requiredQualifications
            = arrayToList(o.value(QStringLiteral("required_qualifications")).toArray());
    s.preferredQualifications
            = arrayToList(o.value(QStringLiteral("preferred_qualifications")).toArray());
    s.otherRequirements = arrayToList(o.value(QStringLiteral("other_requirements")).toArray());
    s.benefits = arrayToList(o.value(QStringLiteral("benefits")).toArray());
    return s;
}

QJsonObject RecordJson::changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changed = WireCodec::changedFields(before, after);
    for (const auto *key : {"id", "version", "created_at", "updated_at"})
        changed.remove(QLatin1String(key));
    return changed;
}

QJsonObject RecordJson::insertFields(const QJsonObject &record)
{
    return changedFields(QJsonObject(), record);
}

QJsonArray RecordJson::toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList RecordJson::stringListFromText(const QString &json)
{
    return arrayToList(QJsonDocument::fromJson(json.toUtf8()).array());
}

QString RecordJson::stringListToText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(toArray(list)).toJson(QJsonDocument::Compact));
}

QString RecordJson::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime RecordJson::timeFromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace Reqdesk::Store
