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
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // The same text as toString(Qt::ISODateWithMs) ("2026-03-01T10:00:00.000Z"), written
    // directly: QDateTime's formatter was a noticeable part of writing a pulled page.
    const QTime t = utc.time();
    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, t.hour(), 2);
    text[13] = u':';
    put(14, t.minute(), 2);
    text[16] = u':';
    put(17, t.second(), 2);
    text[19] = u'.';
    put(20, t.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QDateTime RecordJson::timeFromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace Reqdesk::Store
