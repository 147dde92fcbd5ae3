#include "store/recordjson.h"

#include "core/period.h"

#include <QJsonDocument>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(RecordJson::timeText(time)) : QJsonValue();
}

QJsonValue moneyValue(const std::optional<Money> &money)
{
    if (!money)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("minor"), money->minor},
                       {QStringLiteral("currency"), money->currency},
                       {QStringLiteral("period"), periodName(money->period)}};
}

QStringList arrayToList(const QJsonArray &array)
{
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

bool isBookkeeping(const QString &key)
{
    return key == QLatin1String("id") || key == QLatin1String("version")
           || key == QLatin1String("created_at") || key == QLatin1String("updated_at");
}

} // namespace

QJsonObject RecordJson::toJson(const PayBand &band)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"),
             band.id.isNull() ? QJsonValue() : QJsonValue(band.id.toString(QUuid::WithoutBraces)));
    o.insert(QStringLiteral("job_family"), band.jobFamily);
    o.insert(QStringLiteral("level"), band.level);
    o.insert(QStringLiteral("location"), band.location);
    o.insert(QStringLiteral("currency"), band.currency);
    o.insert(QStringLiteral("period"), periodName(band.period));
    o.insert(QStringLiteral("min_minor"), band.minMinor);
    o.insert(QStringLiteral("max_minor"), band.maxMinor);
    o.insert(QStringLiteral("mid_minor"),
             band.midMinor ? QJsonValue(*band.midMinor) : QJsonValue());
    o.insert(QStringLiteral("source_text"), band.sourceText);
    o.insert(QStringLiteral("note"), band.note);
    return o;
}

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

QJsonObject RecordJson::toJson(const Requisition &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("company"), r.company);
    o.insert(QStringLiteral("org"), r.org);
    o.insert(QStringLiteral("team"), r.team);
    o.insert(QStringLiteral("level"), r.level);
    o.insert(QStringLiteral("locations"), toArray(r.locations));
    o.insert(QStringLiteral("employment_type"), r.employmentType);
    o.insert(QStringLiteral("workplace_type"), r.workplaceType);
    o.insert(QStringLiteral("status"), requisitionStatusName(r.status));
    o.insert(QStringLiteral("status_reason"), r.statusReason);
    o.insert(QStringLiteral("headcount"), r.headcount);
    o.insert(QStringLiteral("openings"), r.openings);
    o.insert(QStringLiteral("hiring_team"),
             QJsonObject{{QStringLiteral("hiring_manager"), r.hiringTeam.hiringManager},
                         {QStringLiteral("recruiter"), r.hiringTeam.recruiter},
                         {QStringLiteral("coordinator"), r.hiringTeam.coordinator}});
    o.insert(QStringLiteral("sections"), toJson(r.sections));
    QJsonArray bands;
    for (const PayBand &band : r.bands)
        bands.append(toJson(band));
    o.insert(QStringLiteral("bands"), bands);
    o.insert(QStringLiteral("external_id"), r.externalId);
    o.insert(QStringLiteral("source_url"), r.sourceUrl);
    o.insert(QStringLiteral("employer_size"),
             r.employerSize ? QJsonValue(*r.employerSize) : QJsonValue());
    o.insert(QStringLiteral("posted_on"), dateValue(r.postedOn));
    o.insert(QStringLiteral("closes_on"), dateValue(r.closesOn));
    o.insert(QStringLiteral("created_at"), timeValue(r.createdAt));
    o.insert(QStringLiteral("updated_at"), timeValue(r.updatedAt));
    o.insert(QStringLiteral("version"), r.version);
    return o;
}

QJsonObject RecordJson::toJson(const Candidate &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("emails"), toArray(c.emails));
    o.insert(QStringLiteral("phones"), toArray(c.phones));
    o.insert(QStringLiteral("links"), toArray(c.links));
    o.insert(QStringLiteral("source"), c.source);
    o.insert(QStringLiteral("tags"), toArray(c.tags));
    o.insert(QStringLiteral("created_at"), timeValue(c.createdAt));
    o.insert(QStringLiteral("updated_at"), timeValue(c.updatedAt));
    o.insert(QStringLiteral("version"), c.version);
    return o;
}

QJsonObject RecordJson::toJson(const Application &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("candidate_id"), a.candidateId.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("requisition_id"), a.requisitionId.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("stage"), stageName(a.stage));
    o.insert(QStringLiteral("exit_reason"), a.exitReason);
    o.insert(QStringLiteral("expected_salary"), moneyValue(a.expectedSalary));
    o.insert(QStringLiteral("offer"), moneyValue(a.offer));
    o.insert(QStringLiteral("applied_at"), timeValue(a.appliedAt));
    o.insert(QStringLiteral("stage_changed_at"), timeValue(a.stageChangedAt));
    o.insert(QStringLiteral("updated_at"), timeValue(a.updatedAt));
    o.insert(QStringLiteral("version"), a.version);
    return o;
}

QJsonObject RecordJson::toJson(const StageEvent &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("application_id"), e.applicationId.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("from"), e.from ? QJsonValue(stageName(*e.from)) : QJsonValue());
    o.insert(QStringLiteral("to"), stageName(e.to));
    o.insert(QStringLiteral("at"), timeValue(e.at));
    o.insert(QStringLiteral("by"), e.by);
    o.insert(QStringLiteral("reason"), e.reason);
    o.insert(QStringLiteral("version"), e.version);
    return o;
}

QJsonObject RecordJson::toJson(const Note &n)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), n.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("application_id"), n.applicationId.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("author"), n.author);
    o.insert(QStringLiteral("at"), timeValue(n.at));
    o.insert(QStringLiteral("text"), n.text);
    o.insert(QStringLiteral("version"), n.version);
    return o;
}

QJsonObject RecordJson::changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QJsonObject RecordJson::insertFields(const QJsonObject &record)
{
    QJsonObject fields = record;
    for (const auto *key : {"id", "version", "created_at", "updated_at"})
        fields.remove(QLatin1String(key));
    return fields;
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
