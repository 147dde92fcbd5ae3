#include "core/wire/wirecodec.h"

#include "core/wire/wirereader.h"

#include <QJsonArray>

#include <limits>

namespace Reqdesk::Core {

using Internal::Presence;
using Internal::WireReader;

namespace {

constexpr qint64 kMaxExact = qint64(1) << 53;
constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

qint64 version(WireReader &r)
{
    return r.integer(QStringLiteral("version"), Presence::Key, 0, kMaxExact).value_or(0);
}

// A decoder's ending: the reader's first error, or the value.
template<typename T>
Result<T> finish(WireReader &r, T value)
{
    if (Status s = r.finish(); !s)
        return s.error();
    return value;
}

Result<PayBand> readBand(const QJsonObject &json, Strictness strictness, const QString &path)
{
    WireReader r(json, strictness, path);
    PayBand b;
    b.id = r.uuid(QStringLiteral("id"), Presence::Key);
    b.jobFamily = r.string(QStringLiteral("job_family"), Presence::Field);
    b.level = r.string(QStringLiteral("level"), Presence::Field);
    b.location = r.string(QStringLiteral("location"), Presence::Field);
    b.currency = r.currency(QStringLiteral("currency"), Presence::Key);
    b.period = r.enumeration<Period>(
                        QStringLiteral("period"), Presence::Key, periodFromName, periodName)
                       .value_or(Period::Year);
    b.minMinor = r.integer(QStringLiteral("min_minor"), Presence::Key, -kMaxExact, kMaxExact)
                         .value_or(0);
    b.maxMinor = r.integer(QStringLiteral("max_minor"), Presence::Key, -kMaxExact, kMaxExact)
                         .value_or(0);
    b.midMinor = r.integer(QStringLiteral("mid_minor"), Presence::Omittable, -kMaxExact, kMaxExact);
    b.sourceText = r.string(QStringLiteral("source_text"), Presence::Field);
    b.note = r.string(QStringLiteral("note"), Presence::Field);
    return finish(r, b);
}

Result<Money> readMoneyObject(const QJsonObject &json, Strictness strictness, const QString &path)
{
    WireReader r(json, strictness, path);
    Money m;
    m.minor = r.integer(QStringLiteral("minor"), Presence::Key, -kMaxExact, kMaxExact).value_or(0);
    m.currency = r.currency(QStringLiteral("currency"), Presence::Key);
    m.period = r.enumeration<Period>(
                        QStringLiteral("period"), Presence::Key, periodFromName, periodName)
                       .value_or(Period::Year);
    return finish(r, m);
}

// Reads a nested Money at `key` into `target`; Omittable: absent or null leaves it empty.
void readMoney(WireReader &r, const QString &key, std::optional<Money> &target)
{
    const std::optional<QJsonObject> obj = r.object(key, Presence::Omittable);
    if (!obj)
        return;
    Result<Money> m = readMoneyObject(*obj, r.strictness(), r.childPath(key));
    if (!m) {
        r.adopt(m.error());
        return;
    }
    target = *m;
}

} // namespace

QString WireCodec::uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue WireCodec::dateTimeValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// ---- Money ----------------------------------------------------------------------------------

QJsonObject WireCodec::toJson(const Money &money)
{
    return QJsonObject{{QStringLiteral("minor"), money.minor},
                       {QStringLiteral("currency"), money.currency},
                       {QStringLiteral("period"), periodName(money.period)}};
}

Result<Money> WireCodec::moneyFromJson(const QJsonObject &json, Strictness strictness)
{
    return readMoneyObject(json, strictness, QStringLiteral("money"));
}

// ---- PayBand --------------------------------------------------------------------------------

QJsonObject WireCodec::toJson(const PayBand &band)
{
    QJsonObject o{{QStringLiteral("id"), uuidText(band.id)},
                  {QStringLiteral("job_family"), band.jobFamily},
                  {QStringLiteral("level"), band.level},
                  {QStringLiteral("location"), band.location},
                  {QStringLiteral("currency"), band.currency},
                  {QStringLiteral("period"), periodName(band.period)},
                  {QStringLiteral("min_minor"), band.minMinor},
                  {QStringLiteral("max_minor"), band.maxMinor},
                  {QStringLiteral("source_text"), band.sourceText},
                  {QStringLiteral("note"), band.note}};
    if (band.midMinor)
        o.insert(QStringLiteral("mid_minor"), *band.midMinor);
    return o;
}

Result<PayBand> WireCodec::payBandFromJson(const QJsonObject &json, Strictness strictness)
{
    return readBand(json, strictness, QStringLiteral("band"));
}

// ---- Requisition ----------------------------------------------------------------------------

QJsonObject WireCodec::toJson(const Requisition &q)
{
    QJsonArray bands;
    for (const PayBand &b : q.bands)
        bands.append(toJson(b));
    const QJsonObject team{{QStringLiteral("hiring_manager"), q.hiringTeam.hiringManager},
                           {QStringLiteral("recruiter"), q.hiringTeam.recruiter},
                           {QStringLiteral("coordinator"), q.hiringTeam.coordinator}};
    const PostingSections &s = q.sections;
    const QJsonObject sections{
            {QStringLiteral("overview"), s.overview},
            {QStringLiteral("responsibilities"), toArray(s.responsibilities)},
            {QStringLiteral("required_qualifications"), toArray(s.requiredQualifications)},
            {QStringLiteral("preferred_qualifications"), toArray(s.preferredQualifications)},
            {QStringLiteral("other_requirements"), toArray(s.otherRequirements)},
            {QStringLiteral("benefits"), toArray(s.benefits)}};
    QJsonObject o{{QStringLiteral("id"), uuidText(q.id)},
                  {QStringLiteral("title"), q.title},
                  {QStringLiteral("company"), q.company},
                  {QStringLiteral("org"), q.org},
                  {QStringLiteral("team"), q.team},
                  {QStringLiteral("level"), q.level},
                  {QStringLiteral("locations"), toArray(q.locations)},
                  {QStringLiteral("employment_type"), q.employmentType},
                  {QStringLiteral("workplace_type"), q.workplaceType},
                  {QStringLiteral("status"), requisitionStatusName(q.status)},
                  {QStringLiteral("status_reason"), q.statusReason},
                  {QStringLiteral("headcount"), q.headcount},
                  {QStringLiteral("openings"), q.openings},
                  {QStringLiteral("hiring_team"), team},
                  {QStringLiteral("sections"), sections},
                  {QStringLiteral("bands"), bands},
                  {QStringLiteral("external_id"), q.externalId},
                  {QStringLiteral("source_url"), q.sourceUrl},
                  {QStringLiteral("created_at"), dateTimeValue(q.createdAt)},
                  {QStringLiteral("updated_at"), dateTimeValue(q.updatedAt)},
                  {QStringLiteral("version"), q.version}};
    if (q.employerSize)
        o.insert(QStringLiteral("employer_size"), *q.employerSize);
    if (q.postedOn.isValid())
        o.insert(QStringLiteral("posted_on"), dateValue(q.postedOn));
    if (q.closesOn.isValid())
        o.insert(QStringLiteral("closes_on"), dateValue(q.closesOn));
    return o;
}

Result<Requisition> WireCodec::requisitionFromJson(const QJsonObject &json, Strictness strictness)
{
    WireReader r(json, strictness, QStringLiteral("requisition"));
    Requisition q;
    q.id = r.uuid(QStringLiteral("id"), Presence::Key);
    q.title = r.string(QStringLiteral("title"), Presence::Key);
    q.company = r.string(QStringLiteral("company"), Presence::Field);
    q.org = r.string(QStringLiteral("org"), Presence::Field);
    q.team = r.string(QStringLiteral("team"), Presence::Field);
    q.level = r.string(QStringLiteral("level"), Presence::Field);
    q.locations = r.stringList(QStringLiteral("locations"), Presence::Field);
    q.employmentType = r.string(QStringLiteral("employment_type"), Presence::Field);
    q.workplaceType = r.string(QStringLiteral("workplace_type"), Presence::Field);
    q.status = r.enumeration<RequisitionStatus>(QStringLiteral("status"),
                                                Presence::Key,
                                                requisitionStatusFromName,
                                                requisitionStatusName)
                       .value_or(RequisitionStatus::Draft);
    q.statusReason = r.string(QStringLiteral("status_reason"), Presence::Field);
    q.headcount
            = int(r.integer(QStringLiteral("headcount"), Presence::Field, 0, kMaxInt).value_or(1));
    q.openings = int(r.integer(QStringLiteral("openings"), Presence::Field, 0, kMaxInt)
                             .value_or(q.headcount));

    if (const std::optional<QJsonObject> team
        = r.object(QStringLiteral("hiring_team"), Presence::Field)) {
        WireReader t(*team, strictness, r.childPath(QStringLiteral("hiring_team")));
        q.hiringTeam.hiringManager = t.string(QStringLiteral("hiring_manager"), Presence::Field);
        q.hiringTeam.recruiter = t.string(QStringLiteral("recruiter"), Presence::Field);
        q.hiringTeam.coordinator = t.string(QStringLiteral("coordinator"), Presence::Field);
        if (Status s = t.finish(); !s)
            r.adopt(s.error());
    }
    if (const std::optional<QJsonObject> sec
        = r.object(QStringLiteral("sections"), Presence::Field)) {
        WireReader t(*sec, strictness, r.childPath(QStringLiteral("sections")));
        PostingSections &s = q.sections;
        s.overview = t.string(QStringLiteral("overview"), Presence::Field);
        s.responsibilities = t.stringList(QStringLiteral("responsibilities"), Presence::Field);
        s.requiredQualifications
                = t.stringList(QStringLiteral("required_qualifications"), Presence::Field);
        s.preferredQualifications
                = t.stringList(QStringLiteral("preferred_qualifications"), Presence::Field);
        s.otherRequirements = t.stringList(QStringLiteral("other_requirements"), Presence::Field);
        s.benefits = t.stringList(QStringLiteral("benefits"), Presence::Field);
        if (Status st = t.finish(); !st)
            r.adopt(st.error());
    }
    if (const std::optional<QJsonArray> bands = r.array(QStringLiteral("bands"), Presence::Field)) {
        for (qsizetype i = 0; i < bands->size() && !r.failed(); ++i) {
            const QString path = r.childPath(QStringLiteral("bands"), int(i));
            const QJsonValue item = bands->at(i);
            if (!item.isObject()) {
                r.adopt(makeError(ErrorCode::ParseError,
                                  path + QStringLiteral(": expected an object, got ")
                                          + Internal::jsonTypeName(item)));
                break;
            }
            Result<PayBand> b = readBand(item.toObject(), strictness, path);
            if (!b) {
                r.adopt(b.error());
                break;
            }
            q.bands.append(*b);
        }
    }
    q.externalId = r.string(QStringLiteral("external_id"), Presence::Field);
    q.sourceUrl = r.string(QStringLiteral("source_url"), Presence::Field);
    if (const auto size
        = r.integer(QStringLiteral("employer_size"), Presence::Omittable, 0, kMaxInt))
        q.employerSize = int(*size);
    q.postedOn = r.date(QStringLiteral("posted_on"), Presence::Omittable);
    q.closesOn = r.date(QStringLiteral("closes_on"), Presence::Omittable);
    q.createdAt = r.dateTime(QStringLiteral("created_at"), Presence::Field);
    q.updatedAt = r.dateTime(QStringLiteral("updated_at"), Presence::Field);
    q.version = version(r);
    return finish(r, q);
}

// ---- Candidate ------------------------------------------------------------------------------

QJsonObject WireCodec::toJson(const Candidate &c)
{
    return QJsonObject{{QStringLiteral("id"), uuidText(c.id)},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("emails"), toArray(c.emails)},
                       {QStringLiteral("phones"), toArray(c.phones)},
                       {QStringLiteral("links"), toArray(c.links)},
                       {QStringLiteral("source"), c.source},
                       {QStringLiteral("tags"), toArray(c.tags)},
                       {QStringLiteral("created_at"), dateTimeValue(c.createdAt)},
                       {QStringLiteral("updated_at"), dateTimeValue(c.updatedAt)},
                       {QStringLiteral("version"), c.version}};
}

Result<Candidate> WireCodec::candidateFromJson(const QJsonObject &json, Strictness strictness)
{
    WireReader r(json, strictness, QStringLiteral("candidate"));
    Candidate c;
    c.id = r.uuid(QStringLiteral("id"), Presence::Key);
    c.name = r.string(QStringLiteral("name"), Presence::Key);
    c.emails = r.stringList(QStringLiteral("emails"), Presence::Field);
    c.phones = r.stringList(QStringLiteral("phones"), Presence::Field);
    c.links = r.stringList(QStringLiteral("links"), Presence::Field);
    c.source = r.string(QStringLiteral("source"), Presence::Field);
    c.tags = r.stringList(QStringLiteral("tags"), Presence::Field);
    c.createdAt = r.dateTime(QStringLiteral("created_at"), Presence::Field);
    c.updatedAt = r.dateTime(QStringLiteral("updated_at"), Presence::Field);
    c.version = version(r);
    return finish(r, c);
}

// ---- Application ----------------------------------------------------------------------------

QJsonObject WireCodec::toJson(const Application &a)
{
    QJsonObject o{{QStringLiteral("id"), uuidText(a.id)},
                  {QStringLiteral("candidate_id"), uuidText(a.candidateId)},
                  {QStringLiteral("requisition_id"), uuidText(a.requisitionId)},
                  {QStringLiteral("stage"), stageName(a.stage)},
                  {QStringLiteral("exit_reason"), a.exitReason},
                  {QStringLiteral("applied_at"), dateTimeValue(a.appliedAt)},
                  {QStringLiteral("stage_changed_at"), dateTimeValue(a.stageChangedAt)},
                  {QStringLiteral("updated_at"), dateTimeValue(a.updatedAt)},
                  {QStringLiteral("version"), a.version}};
    if (a.expectedSalary)
        o.insert(QStringLiteral("expected_salary"), toJson(*a.expectedSalary));
    if (a.offer)
        o.insert(QStringLiteral("offer"), toJson(*a.offer));
    return o;
}

Result<Application> WireCodec::applicationFromJson(const QJsonObject &json, Strictness strictness)
{
    WireReader r(json, strictness, QStringLiteral("application"));
    Application a;
    a.id = r.uuid(QStringLiteral("id"), Presence::Key);
    a.candidateId = r.uuid(QStringLiteral("candidate_id"), Presence::Key);
    a.requisitionId = r.uuid(QStringLiteral("requisition_id"), Presence::Key);
    a.stage = r.enumeration<Stage>(QStringLiteral("stage"), Presence::Key, stageFromName, stageName)
                      .value_or(Stage::Applied);
    a.exitReason = r.string(QStringLiteral("exit_reason"), Presence::Field);
    readMoney(r, QStringLiteral("expected_salary"), a.expectedSalary);
    readMoney(r, QStringLiteral("offer"), a.offer);
    a.appliedAt = r.dateTime(QStringLiteral("applied_at"), Presence::Field);
    a.stageChangedAt = r.dateTime(QStringLiteral("stage_changed_at"), Presence::Field);
    a.updatedAt = r.dateTime(QStringLiteral("updated_at"), Presence::Field);
    a.version = version(r);
    return finish(r, a);
}

// ---- StageEvent -----------------------------------------------------------------------------

QJsonObject WireCodec::toJson(const StageEvent &e)
{
    QJsonObject o{{QStringLiteral("id"), uuidText(e.id)},
                  {QStringLiteral("application_id"), uuidText(e.applicationId)},
                  {QStringLiteral("to"), stageName(e.to)},
                  {QStringLiteral("at"), dateTimeValue(e.at)},
                  {QStringLiteral("by"), e.by},
                  {QStringLiteral("reason"), e.reason},
                  {QStringLiteral("version"), e.version}};
    if (e.from)
        o.insert(QStringLiteral("from"), stageName(*e.from));
    return o;
}

Result<StageEvent> WireCodec::stageEventFromJson(const QJsonObject &json, Strictness strictness)
{
    WireReader r(json, strictness, QStringLiteral("stage_event"));
    StageEvent e;
    e.id = r.uuid(QStringLiteral("id"), Presence::Key);
    e.applicationId = r.uuid(QStringLiteral("application_id"), Presence::Key);
    e.from = r.enumeration<Stage>(
            QStringLiteral("from"), Presence::Omittable, stageFromName, stageName);
    e.to = r.enumeration<Stage>(QStringLiteral("to"), Presence::Key, stageFromName, stageName)
                   .value_or(Stage::Applied);
    e.at = r.dateTime(QStringLiteral("at"), Presence::Field);
    e.by = r.string(QStringLiteral("by"), Presence::Field);
    e.reason = r.string(QStringLiteral("reason"), Presence::Field);
    e.version = version(r);
    return finish(r, e);
}

// ---- Note -----------------------------------------------------------------------------------

QJsonObject WireCodec::toJson(const Note &n)
{
    return QJsonObject{{QStringLiteral("id"), uuidText(n.id)},
                       {QStringLiteral("application_id"), uuidText(n.applicationId)},
                       {QStringLiteral("author"), n.author},
                       {QStringLiteral("at"), dateTimeValue(n.at)},
                       {QStringLiteral("text"), n.text},
                       {QStringLiteral("version"), n.version}};
}

Result<Note> WireCodec::noteFromJson(const QJsonObject &json, Strictness strictness)
{
    WireReader r(json, strictness, QStringLiteral("note"));
    Note n;
    n.id = r.uuid(QStringLiteral("id"), Presence::Key);
    n.applicationId = r.uuid(QStringLiteral("application_id"), Presence::Key);
    n.author = r.string(QStringLiteral("author"), Presence::Field);
    n.at = r.dateTime(QStringLiteral("at"), Presence::Field);
    n.text = r.string(QStringLiteral("text"), Presence::Key);
    n.version = version(r);
    return finish(r, n);
}

// ---- Diffs ----------------------------------------------------------------------------------

QJsonObject WireCodec::changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd() || QJsonValue(old.value()) != QJsonValue(it.value()))
            changes.insert(it.key(), it.value());
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            changes.insert(it.key(), QJsonValue::Null);
    }
    return changes;
}

QJsonObject WireCodec::applyChanges(const QJsonObject &base, const QJsonObject &changes)
{
    QJsonObject out = base;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace Reqdesk::Core
