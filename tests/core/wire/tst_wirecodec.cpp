#include "core/timeutil.h"
#include "core/wire/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Reqdesk::Core;

namespace {

enum class Entity { Money, Band, Requisition, Candidate, Application, StageEvent, Note };

QUuid uuid(int n)
{
    return QUuid(
            QStringLiteral("6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f%1").arg(n, 4, 10, QLatin1Char('0')));
}

QDateTime utc(int day, int hour, int ms = 0)
{
    return Reqdesk::Core::utcDateTime(QDate(2026, 3, day), QTime(hour, 15, 30, ms));
}

PayBand fullBand()
{
    PayBand b;
    b.id = uuid(1);
    b.jobFamily = QStringLiteral("Software Engineering");
    b.level = QStringLiteral("IC3");
    b.location = QStringLiteral("New York City metro");
    b.currency = QStringLiteral("USD");
    b.period = Period::Year;
    b.minMinor = 13140000;
    b.maxMinor = 21540000;
    b.midMinor = 17340000;
    b.sourceText = QStringLiteral("IC3 in the metro areas: 131,400 to 215,400 a year");
    b.note = QStringLiteral("plus equity");
    return b;
}

PayBand minimalBand()
{
    PayBand b;
    b.id = uuid(2);
    b.currency = QStringLiteral("JPY");
    b.period = Period::Month;
    b.minMinor = 400000;
    b.maxMinor = 650000;
    return b;
}

Requisition fullRequisition()
{
    Requisition q;
    q.id = uuid(10);
    q.title = QStringLiteral("Software Engineer 2");
    q.company = QStringLiteral("Example Corp");
    q.org = QStringLiteral("Cloud");
    q.team = QStringLiteral("Storage");
    q.level = QStringLiteral("IC3");
    q.locations = {QStringLiteral("New York, NY"), QStringLiteral("Remote - US")};
    q.employmentType = QStringLiteral("full_time");
    q.workplaceType = QStringLiteral("hybrid");
    q.status = RequisitionStatus::OnHold;
    q.statusReason = QStringLiteral("budget review");
    q.headcount = 3;
    q.openings = 2;
    q.hiringTeam = {QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus")};
    q.sections.overview = QStringLiteral("Build storage that never loses a byte.");
    q.sections.responsibilities = {QStringLiteral("Design"), QStringLiteral("Ship")};
    q.sections.requiredQualifications = {QStringLiteral("C++")};
    q.sections.preferredQualifications = {QStringLiteral("Qt"), QStringLiteral("SQLite")};
    q.sections.otherRequirements = {QStringLiteral("Background check")};
    q.sections.benefits = {QStringLiteral("Health insurance"), QStringLiteral("401(k)")};
    q.bands = {fullBand(), minimalBand()};
    q.externalId = QStringLiteral("4012345");
    q.sourceUrl = QStringLiteral("https://jobs.example.com/4012345");
    q.employerSize = 1200;
    q.postedOn = QDate(2026, 3, 1);
    q.closesOn = QDate(2026, 4, 15);
    q.createdAt = utc(1, 9, 123);
    q.updatedAt = utc(2, 10, 7);
    q.version = 42;
    return q;
}

Requisition minimalRequisition()
{
    Requisition q;
    q.id = uuid(11);
    q.title = QStringLiteral("Draft role");
    return q;
}

Candidate fullCandidate()
{
    Candidate c;
    c.id = uuid(20);
    c.name = QStringLiteral("Zoë Müller");
    c.emails = {QStringLiteral("zoe@example.org")};
    c.phones = {QStringLiteral("+49 30 1234567"), QStringLiteral("+1 555 0100")};
    c.links = {QStringLiteral("https://example.org/zoe")};
    c.source = QStringLiteral("referral");
    c.tags = {QStringLiteral("backend"), QStringLiteral("relocate")};
    c.createdAt = utc(3, 8);
    c.updatedAt = utc(4, 8, 999);
    c.version = 7;
    return c;
}

Candidate minimalCandidate()
{
    Candidate c;
    c.id = uuid(21);
    c.name = QStringLiteral("X");
    return c;
}

Application fullApplication()
{
    Application a;
    a.id = uuid(30);
    a.candidateId = uuid(20);
    a.requisitionId = uuid(10);
    a.stage = Stage::Rejected;
    a.exitReason = QStringLiteral("chose another offer");
    a.expectedSalary = Money{16000000, QStringLiteral("USD"), Period::Year};
    a.offer = Money{7500, QStringLiteral("USD"), Period::Hour};
    a.appliedAt = utc(5, 12);
    a.stageChangedAt = utc(6, 13, 1);
    a.updatedAt = utc(6, 13, 2);
    a.version = 9;
    return a;
}

Application minimalApplication()
{
    Application a;
    a.id = uuid(31);
    a.candidateId = uuid(21);
    a.requisitionId = uuid(11);
    return a;
}

StageEvent fullEvent()
{
    StageEvent e;
    e.id = uuid(40);
    e.applicationId = uuid(30);
    e.from = Stage::Onsite;
    e.to = Stage::HiringManagerScreen;
    e.at = utc(7, 14, 500);
    e.by = QStringLiteral("grace");
    e.reason = QStringLiteral("moved by mistake");
    e.version = 3;
    return e;
}

StageEvent minimalEvent()
{
    StageEvent e;
    e.id = uuid(41);
    e.applicationId = uuid(31);
    return e;
}

Note fullNote()
{
    Note n;
    n.id = uuid(50);
    n.applicationId = uuid(30);
    n.author = QStringLiteral("ada");
    n.at = utc(8, 16);
    n.text = QStringLiteral("Strong on systems design.\nWeak on testing.");
    n.version = 5;
    return n;
}

Note minimalNote()
{
    Note n;
    n.id = uuid(51);
    n.applicationId = uuid(31);
    n.text = QStringLiteral("ok");
    return n;
}

QJsonObject fullJson(Entity e)
{
    switch (e) {
    case Entity::Money:
        return WireCodec::toJson(*fullApplication().expectedSalary);
    case Entity::Band:
        return WireCodec::toJson(fullBand());
    case Entity::Requisition:
        return WireCodec::toJson(fullRequisition());
    case Entity::Candidate:
        return WireCodec::toJson(fullCandidate());
    case Entity::Application:
        return WireCodec::toJson(fullApplication());
    case Entity::StageEvent:
        return WireCodec::toJson(fullEvent());
    case Entity::Note:
        return WireCodec::toJson(fullNote());
    }
    return {};
}

Status decode(Entity e, const QJsonObject &json, Strictness s)
{
    auto status = [](const auto &result) -> Status {
        if (!result.ok())
            return result.error();
        return {};
    };
    switch (e) {
    case Entity::Money:
        return status(WireCodec::moneyFromJson(json, s));
    case Entity::Band:
        return status(WireCodec::payBandFromJson(json, s));
    case Entity::Requisition:
        return status(WireCodec::requisitionFromJson(json, s));
    case Entity::Candidate:
        return status(WireCodec::candidateFromJson(json, s));
    case Entity::Application:
        return status(WireCodec::applicationFromJson(json, s));
    case Entity::StageEvent:
        return status(WireCodec::stageEventFromJson(json, s));
    case Entity::Note:
        return status(WireCodec::noteFromJson(json, s));
    }
    return {};
}

const char *entityName(Entity e)
{
    switch (e) {
    case Entity::Money:
        return "money";
    case Entity::Band:
        return "band";
    case Entity::Requisition:
        return "requisition";
    case Entity::Candidate:
        return "candidate";
    case Entity::Application:
        return "application";
    case Entity::StageEvent:
        return "stage_event";
    case Entity::Note:
        return "note";
    }
    return "";
}

// The format restated: per entity, the fields a Lenient reader still requires ("key") and
// those that may be absent in any mode ("omittable"). Every other field is required by Strict.
struct FieldRules
{
    QStringList key;
    QStringList omittable;
};

FieldRules rulesFor(Entity e)
{
    const auto L = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    switch (e) {
    case Entity::Money:
        return {L({"minor", "currency", "period"}), {}};
    case Entity::Band:
        return {L({"id", "currency", "period", "min_minor", "max_minor"}), L({"mid_minor"})};
    case Entity::Requisition:
        return {L({"id", "title", "status", "version"}),
                L({"employer_size", "posted_on", "closes_on"})};
    case Entity::Candidate:
        return {L({"id", "name", "version"}), {}};
    case Entity::Application:
        return {L({"id", "candidate_id", "requisition_id", "stage", "version"}),
                L({"expected_salary", "offer"})};
    case Entity::StageEvent:
        return {L({"id", "application_id", "to", "version"}), L({"from"})};
    case Entity::Note:
        return {L({"id", "application_id", "text", "version"}), {}};
    }
    return {};
}

const Entity kEntities[] = {Entity::Money,
                            Entity::Band,
                            Entity::Requisition,
                            Entity::Candidate,
                            Entity::Application,
                            Entity::StageEvent,
                            Entity::Note};

// Through text and back, so numbers go through the JSON parser as they would on the wire.
QJsonObject viaText(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

Q_DECLARE_METATYPE(Entity)

class tst_WireCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void requisitionFieldNames();
    void otherFieldNames();
    void canonicalForms();
    void missingField_data();
    void missingField();
    void wrongType_data();
    void wrongType();
    void nestedErrorsNameThePath_data();
    void nestedErrorsNameThePath();
    void integers_data();
    void integers();
    void uuids_data();
    void uuids();
    void enumNames_data();
    void enumNames();
    void timestamps_data();
    void timestamps();
    void unknownFields();
    void lenientDefaults();
    void diff_data();
    void diff();
};

void tst_WireCodec::roundTrip()
{
    const auto check = [](const auto &value, auto decoder) {
        const QJsonObject json = viaText(WireCodec::toJson(value));
        for (const Strictness s : {Strictness::Strict, Strictness::Lenient}) {
            const auto decoded = decoder(json, s);
            if (!decoded.ok())
                qWarning() << decoded.error().detail;
            QVERIFY(decoded.ok());
            QVERIFY(*decoded == value);
            QCOMPARE(WireCodec::toJson(*decoded), json);
        }
    };
    check(*fullApplication().expectedSalary, WireCodec::moneyFromJson);
    check(fullBand(), WireCodec::payBandFromJson);
    check(minimalBand(), WireCodec::payBandFromJson);
    check(fullRequisition(), WireCodec::requisitionFromJson);
    check(minimalRequisition(), WireCodec::requisitionFromJson);
    check(fullCandidate(), WireCodec::candidateFromJson);
    check(minimalCandidate(), WireCodec::candidateFromJson);
    check(fullApplication(), WireCodec::applicationFromJson);
    check(minimalApplication(), WireCodec::applicationFromJson);
    check(fullEvent(), WireCodec::stageEventFromJson);
    check(minimalEvent(), WireCodec::stageEventFromJson);
    check(fullNote(), WireCodec::noteFromJson);
    check(minimalNote(), WireCodec::noteFromJson);
}

void tst_WireCodec::requisitionFieldNames()
{
    QStringList expected = {QStringLiteral("id"),
                            QStringLiteral("title"),
                            QStringLiteral("company"),
                            QStringLiteral("org"),
                            QStringLiteral("team"),
                            QStringLiteral("level"),
                            QStringLiteral("locations"),
                            QStringLiteral("employment_type"),
                            QStringLiteral("workplace_type"),
                            QStringLiteral("status"),
                            QStringLiteral("status_reason"),
                            QStringLiteral("headcount"),
                            QStringLiteral("openings"),
                            QStringLiteral("hiring_team"),
                            QStringLiteral("sections"),
                            QStringLiteral("bands"),
                            QStringLiteral("external_id"),
                            QStringLiteral("source_url"),
                            QStringLiteral("employer_size"),
                            QStringLiteral("posted_on"),
                            QStringLiteral("closes_on"),
                            QStringLiteral("created_at"),
                            QStringLiteral("updated_at"),
                            QStringLiteral("version")};
    expected.sort();
    const QJsonObject full = WireCodec::toJson(fullRequisition());
    QCOMPARE(full.keys(), expected);

    QStringList minimal = expected;
    minimal.removeAll(QStringLiteral("employer_size"));
    minimal.removeAll(QStringLiteral("posted_on"));
    minimal.removeAll(QStringLiteral("closes_on"));
    QCOMPARE(WireCodec::toJson(minimalRequisition()).keys(), minimal);

    QCOMPARE(full[QStringLiteral("hiring_team")].toObject().keys(),
             QStringList({QStringLiteral("coordinator"),
                          QStringLiteral("hiring_manager"),
                          QStringLiteral("recruiter")}));
    QCOMPARE(full[QStringLiteral("sections")].toObject().keys(),
             QStringList({QStringLiteral("benefits"),
                          QStringLiteral("other_requirements"),
                          QStringLiteral("overview"),
                          QStringLiteral("preferred_qualifications"),
                          QStringLiteral("required_qualifications"),
                          QStringLiteral("responsibilities")}));
    const QJsonArray bands = full[QStringLiteral("bands")].toArray();
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands.at(0).toObject().keys(),
             QStringList({QStringLiteral("currency"),
                          QStringLiteral("id"),
                          QStringLiteral("job_family"),
                          QStringLiteral("level"),
                          QStringLiteral("location"),
                          QStringLiteral("max_minor"),
                          QStringLiteral("mid_minor"),
                          QStringLiteral("min_minor"),
                          QStringLiteral("note"),
                          QStringLiteral("period"),
                          QStringLiteral("source_text")}));
    QVERIFY(!bands.at(1).toObject().contains(QStringLiteral("mid_minor")));
}

void tst_WireCodec::otherFieldNames()
{
    const auto keys = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        out.sort();
        return out;
    };
    QCOMPARE(WireCodec::toJson(fullCandidate()).keys(),
             keys({"id",
                   "name",
                   "emails",
                   "phones",
                   "links",
                   "source",
                   "tags",
                   "created_at",
                   "updated_at",
                   "version"}));
    QCOMPARE(WireCodec::toJson(fullApplication()).keys(),
             keys({"id",
                   "candidate_id",
                   "requisition_id",
                   "stage",
                   "exit_reason",
                   "expected_salary",
                   "offer",
                   "applied_at",
                   "stage_changed_at",
                   "updated_at",
                   "version"}));
    QCOMPARE(WireCodec::toJson(minimalApplication()).keys(),
             keys({"id",
                   "candidate_id",
                   "requisition_id",
                   "stage",
                   "exit_reason",
                   "applied_at",
                   "stage_changed_at",
                   "updated_at",
                   "version"}));
    QCOMPARE(WireCodec::toJson(fullEvent()).keys(),
             keys({"id", "application_id", "from", "to", "at", "by", "reason", "version"}));
    QCOMPARE(WireCodec::toJson(minimalEvent()).keys(),
             keys({"id", "application_id", "to", "at", "by", "reason", "version"}));
    QCOMPARE(WireCodec::toJson(fullNote()).keys(),
             keys({"id", "application_id", "author", "at", "text", "version"}));
    QCOMPARE(WireCodec::toJson(Money{1, QStringLiteral("EUR"), Period::Week}).keys(),
             keys({"minor", "currency", "period"}));
}

void tst_WireCodec::canonicalForms()
{
    const QJsonObject q = WireCodec::toJson(fullRequisition());
    QCOMPARE(q[QStringLiteral("id")].toString(),
             QStringLiteral("6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f0010"));
    QCOMPARE(q[QStringLiteral("status")].toString(), QStringLiteral("on_hold"));
    QCOMPARE(q[QStringLiteral("created_at")].toString(),
             QStringLiteral("2026-03-01T09:15:30.123Z"));
    QCOMPARE(q[QStringLiteral("updated_at")].toString(),
             QStringLiteral("2026-03-02T10:15:30.007Z"));
    QCOMPARE(q[QStringLiteral("posted_on")].toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(q[QStringLiteral("closes_on")].toString(), QStringLiteral("2026-04-15"));
    QCOMPARE(q[QStringLiteral("employer_size")].toInteger(), qint64(1200));
    const QJsonObject band = q[QStringLiteral("bands")].toArray().at(0).toObject();
    QCOMPARE(band[QStringLiteral("min_minor")].toInteger(), qint64(13140000));
    QCOMPARE(band[QStringLiteral("period")].toString(), QStringLiteral("year"));
    const QByteArray text = QJsonDocument(band).toJson(QJsonDocument::Compact);
    QVERIFY(text.contains("\"min_minor\":13140000"));

    // A local-time timestamp goes out in UTC.
    Note n = fullNote();
    n.at = QDateTime(QDate(2026, 3, 8), QTime(18, 0), QTimeZone(7200));
    QCOMPARE(WireCodec::toJson(n)[QStringLiteral("at")].toString(),
             QStringLiteral("2026-03-08T16:00:00.000Z"));

    const QJsonObject minimal = WireCodec::toJson(minimalRequisition());
    QVERIFY(minimal[QStringLiteral("created_at")].isNull());
    const QJsonObject app = WireCodec::toJson(fullApplication());
    QCOMPARE(app[QStringLiteral("stage")].toString(), QStringLiteral("rejected"));
    QCOMPARE(app[QStringLiteral("offer")].toObject()[QStringLiteral("period")].toString(),
             QStringLiteral("hour"));
    QCOMPARE(WireCodec::toJson(fullEvent())[QStringLiteral("from")].toString(),
             QStringLiteral("onsite"));
    QCOMPARE(WireCodec::toJson(fullEvent())[QStringLiteral("to")].toString(),
             QStringLiteral("hiring_manager_screen"));
}

void tst_WireCodec::missingField_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("strictFails");
    QTest::addColumn<bool>("lenientFails");
    for (const Entity e : kEntities) {
        const FieldRules rules = rulesFor(e);
        const QJsonObject full = fullJson(e);
        for (const QString &field : full.keys()) {
            const bool omittable = rules.omittable.contains(field);
            const bool key = rules.key.contains(field);
            QTest::newRow(QByteArray(QByteArray(entityName(e)) + " without " + field.toLatin1())
                                  .constData())
                    << e << field << !omittable << key;
        }
    }
}

void tst_WireCodec::missingField()
{
    QFETCH(Entity, entity);
    QFETCH(QString, field);
    QFETCH(bool, strictFails);
    QFETCH(bool, lenientFails);
    QJsonObject json = fullJson(entity);
    json.remove(field);
    const Status strict = decode(entity, json, Strictness::Strict);
    QCOMPARE(!strict.ok(), strictFails);
    if (!strict.ok()) {
        QCOMPARE(strict.error().code, ErrorCode::ParseError);
        QCOMPARE(strict.error().detail,
                 QString::fromLatin1(entityName(entity)) + u'.' + field
                         + QStringLiteral(": missing required field"));
    }
    const Status lenient = decode(entity, json, Strictness::Lenient);
    QCOMPARE(!lenient.ok(), lenientFails);
    if (!lenient.ok())
        QVERIFY(lenient.error().detail.contains(u'.' + field + u':'));
}

void tst_WireCodec::wrongType_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("wrong");
    for (const Entity e : kEntities) {
        const QJsonObject full = fullJson(e);
        for (auto it = full.constBegin(); it != full.constEnd(); ++it) {
            QList<QJsonValue> wrongs;
            switch (it->type()) {
            case QJsonValue::String:
                wrongs = {QJsonValue(42), QJsonValue(true), QJsonValue(QJsonArray())};
                break;
            case QJsonValue::Double:
                wrongs = {QJsonValue(QStringLiteral("42")), QJsonValue(false)};
                break;
            case QJsonValue::Array:
                wrongs = {QJsonValue(QStringLiteral("a")), QJsonValue(QJsonObject())};
                break;
            case QJsonValue::Object:
                wrongs = {QJsonValue(QJsonArray()), QJsonValue(7)};
                break;
            default:
                break;
            }
            // null is wrong for every field the encoder never writes as null
            if (it.key() != QLatin1String("mid_minor") && it.key() != QLatin1String("from")
                && it.key() != QLatin1String("expected_salary")
                && it.key() != QLatin1String("offer") && it.key() != QLatin1String("employer_size")
                && it.key() != QLatin1String("posted_on") && it.key() != QLatin1String("closes_on")
                && !it.key().endsWith(QLatin1String("_at")) && it.key() != QLatin1String("at"))
                wrongs.append(QJsonValue(QJsonValue::Null));
            for (int i = 0; i < wrongs.size(); ++i) {
                const QByteArray name
                        = QByteArray(entityName(e)) + '.' + it.key().toLatin1() + " as "
                          + QJsonDocument(QJsonArray{wrongs.at(i)}).toJson(QJsonDocument::Compact);
                QTest::newRow(name.constData()) << e << it.key() << wrongs.at(i);
            }
        }
    }
}

void tst_WireCodec::wrongType()
{
    QFETCH(Entity, entity);
    QFETCH(QString, field);
    QFETCH(QJsonValue, wrong);
    QJsonObject json = fullJson(entity);
    json.insert(field, wrong);
    for (const Strictness s : {Strictness::Strict, Strictness::Lenient}) {
        const Status status = decode(entity, json, s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::ParseError);
        QVERIFY2(status.error().detail.startsWith(QString::fromLatin1(entityName(entity)) + u'.'
                                                  + field),
                 qPrintable(status.error().detail));
    }
}

void tst_WireCodec::nestedErrorsNameThePath_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("detailStart");
    const QString q = QString::fromUtf8(
            QJsonDocument(WireCodec::toJson(fullRequisition())).toJson(QJsonDocument::Compact));
    QTest::newRow("band amount as string")
            << QString(q).replace(QStringLiteral("\"max_minor\":650000"),
                                  QStringLiteral("\"max_minor\":\"650000\""))
            << QStringLiteral("requisition.bands[1].max_minor: expected an integer");
    QTest::newRow("band currency lower case")
            << QString(q).replace(QStringLiteral("\"JPY\""), QStringLiteral("\"jpy\""))
            << QStringLiteral("requisition.bands[1].currency: 'jpy' is not");
    QTest::newRow("band without id") << QString(q).replace(
            QStringLiteral("\"id\":\"6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f0002\","),
            QString()) << QStringLiteral("requisition.bands[1].id: missing required field");
    QTest::newRow("band not an object")
            << QString(q).replace(QStringLiteral("\"bands\":["), QStringLiteral("\"bands\":[3,"))
            << QStringLiteral("requisition.bands[0]: expected an object, got number");
    QTest::newRow("list element not a string")
            << QString(q).replace(QStringLiteral("\"responsibilities\":[\"Design\""),
                                  QStringLiteral("\"responsibilities\":[1"))
            << QStringLiteral("requisition.sections.responsibilities[0]: expected a string");
    QTest::newRow("team member missing")
            << QString(q).replace(QStringLiteral("\"coordinator\":\"Linus\","), QString())
            << QStringLiteral("requisition.hiring_team.coordinator: missing required field");
    QTest::newRow("locations element")
            << QString(q).replace(QStringLiteral("\"Remote - US\""), QStringLiteral("null"))
            << QStringLiteral("requisition.locations[1]: expected a string, got null");
    const QString a = QString::fromUtf8(
            QJsonDocument(WireCodec::toJson(fullApplication())).toJson(QJsonDocument::Compact));
    QTest::newRow("offer period") << QString(a).replace(QStringLiteral("\"period\":\"hour\""),
                                                        QStringLiteral("\"period\":\"hourly\""))
                                  << QStringLiteral(
                                             "application.offer.period: unknown value 'hourly'");
    QTest::newRow("salary without currency")
            << QString(a).replace(QStringLiteral("\"currency\":\"USD\",\"minor\":16000000"),
                                  QStringLiteral("\"minor\":16000000"))
            << QStringLiteral("application.expected_salary.currency: missing required field");
}

void tst_WireCodec::nestedErrorsNameThePath()
{
    QFETCH(QString, json);
    QFETCH(QString, detailStart);
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QVERIFY(!o.isEmpty());
    Status s;
    if (o.contains(QStringLiteral("title"))) {
        const auto r = WireCodec::requisitionFromJson(o);
        s = r.ok() ? Status() : Status(r.error());
    } else {
        const auto r = WireCodec::applicationFromJson(o);
        s = r.ok() ? Status() : Status(r.error());
    }
    QVERIFY(!s.ok());
    QVERIFY2(s.error().detail.startsWith(detailStart), qPrintable(s.error().detail));
}

void tst_WireCodec::integers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("number"); // JSON text, so the parser sees it as on the wire
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    const QString mn = QStringLiteral("min_minor");
    QTest::newRow("2^53 exactly") << mn << QByteArray("9007199254740992") << true
                                  << qint64(9007199254740992);
    QTest::newRow("2^53 + 1") << mn << QByteArray("9007199254740993") << false << qint64(0);
    QTest::newRow("-2^53") << mn << QByteArray("-9007199254740992") << true
                           << qint64(-9007199254740992);
    QTest::newRow("-2^53 - 1") << mn << QByteArray("-9007199254740993") << false << qint64(0);
    QTest::newRow("2^63") << mn << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("1e300") << mn << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("fraction") << mn << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("integral double") << mn << QByteArray("100.0") << true << qint64(100);
    QTest::newRow("exponent integral") << mn << QByteArray("1e3") << true << qint64(1000);
    QTest::newRow("zero") << mn << QByteArray("0") << true << qint64(0);
    const QString v = QStringLiteral("version");
    QTest::newRow("version 2^53") << v << QByteArray("9007199254740992") << true
                                  << qint64(9007199254740992);
    QTest::newRow("version 2^53+1") << v << QByteArray("9007199254740993") << false << qint64(0);
    QTest::newRow("negative version") << v << QByteArray("-1") << false << qint64(0);
    const QString h = QStringLiteral("headcount");
    QTest::newRow("headcount int max")
            << h << QByteArray("2147483647") << true << qint64(2147483647);
    QTest::newRow("headcount above int") << h << QByteArray("2147483648") << false << qint64(0);
    QTest::newRow("negative headcount") << h << QByteArray("-1") << false << qint64(0);
    QTest::newRow("negative employer size")
            << QStringLiteral("employer_size") << QByteArray("-5") << false << qint64(0);
}

void tst_WireCodec::integers()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, number);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    QJsonObject q = WireCodec::toJson(minimalRequisition());
    if (field == QLatin1String("min_minor")) {
        QJsonObject band = WireCodec::toJson(minimalBand());
        band.insert(field, 0);
        QByteArray text = QJsonDocument(band).toJson(QJsonDocument::Compact);
        text.replace("\"min_minor\":0", QByteArray("\"min_minor\":" + number));
        band = QJsonDocument::fromJson(text).object();
        QVERIFY(!band.isEmpty());
        const Result<PayBand> b = WireCodec::payBandFromJson(band);
        QCOMPARE(b.ok(), ok);
        if (ok)
            QCOMPARE(b->minMinor, value);
        else
            QVERIFY2(b.error().detail.startsWith(QStringLiteral("band.min_minor: ")),
                     qPrintable(b.error().detail));
        return;
    }
    q.insert(field, 0);
    QByteArray text = QJsonDocument(q).toJson(QJsonDocument::Compact);
    text.replace(QByteArray("\"" + field.toLatin1() + "\":0"),
                 QByteArray("\"" + field.toLatin1() + "\":" + number));
    const Result<Requisition> r
            = WireCodec::requisitionFromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(r.ok(), ok);
    if (ok) {
        const qint64 got = field == QLatin1String("version") ? r->version : qint64(r->headcount);
        QCOMPARE(got, value);
    } else {
        QVERIFY2(r.error().detail.startsWith(QStringLiteral("requisition.") + field),
                 qPrintable(r.error().detail));
    }
}

void tst_WireCodec::uuids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("canonical") << QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") << true;
    QTest::newRow("upper case read, written lower")
            << QStringLiteral("0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D") << true;
    QTest::newRow("braces") << QStringLiteral("{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}") << false;
    QTest::newRow("no dashes") << QStringLiteral("0a1b2c3d4e5f4a6b8c7d9e0f1a2b3c4d") << false;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false;
    QTest::newRow("not hex") << QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3czz") << false;
    QTest::newRow("short") << QStringLiteral("0a1b2c3d-4e5f") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_WireCodec::uuids()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    for (const QString &field :
         {QStringLiteral("id"), QStringLiteral("candidate_id"), QStringLiteral("requisition_id")}) {
        QJsonObject json = WireCodec::toJson(fullApplication());
        json.insert(field, text);
        const Result<Application> a = WireCodec::applicationFromJson(json);
        QCOMPARE(a.ok(), ok);
        if (ok) {
            QCOMPARE(WireCodec::toJson(*a)[field].toString(), text.toLower());
        } else {
            QCOMPARE(a.error().code, ErrorCode::ParseError);
            QVERIFY(a.error().detail.startsWith(QStringLiteral("application.") + field + u':'));
        }
    }
}

void tst_WireCodec::enumNames_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("status open") << Entity::Requisition << QStringLiteral("status")
                                 << QStringLiteral("open") << true;
    QTest::newRow("status pending_approval") << Entity::Requisition << QStringLiteral("status")
                                             << QStringLiteral("pending_approval") << true;
    QTest::newRow("status Open (case)")
            << Entity::Requisition << QStringLiteral("status") << QStringLiteral("Open") << false;
    QTest::newRow("status 'on hold' (human alias)")
            << Entity::Requisition << QStringLiteral("status") << QStringLiteral("on hold")
            << false;
    QTest::newRow("status archived") << Entity::Requisition << QStringLiteral("status")
                                     << QStringLiteral("archived") << false;
    QTest::newRow("status empty") << Entity::Requisition << QStringLiteral("status") << QString()
                                  << false;
    QTest::newRow("stage onsite") << Entity::Application << QStringLiteral("stage")
                                  << QStringLiteral("onsite") << true;
    QTest::newRow("stage Hired") << Entity::Application << QStringLiteral("stage")
                                 << QStringLiteral("Hired") << false;
    QTest::newRow("stage phone_screen") << Entity::Application << QStringLiteral("stage")
                                        << QStringLiteral("phone_screen") << false;
    QTest::newRow("event from bogus")
            << Entity::StageEvent << QStringLiteral("from") << QStringLiteral("limbo") << false;
    QTest::newRow("event to withdrawn")
            << Entity::StageEvent << QStringLiteral("to") << QStringLiteral("withdrawn") << true;
    QTest::newRow("period week") << Entity::Money << QStringLiteral("period")
                                 << QStringLiteral("week") << true;
    QTest::newRow("period annual (alias)")
            << Entity::Money << QStringLiteral("period") << QStringLiteral("annual") << false;
    QTest::newRow("band period fortnight")
            << Entity::Band << QStringLiteral("period") << QStringLiteral("fortnight") << false;
}

void tst_WireCodec::enumNames()
{
    QFETCH(Entity, entity);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QJsonObject json = fullJson(entity);
    json.insert(field, value);
    const Status s = decode(entity, json, Strictness::Strict);
    QCOMPARE(s.ok(), ok);
    if (!ok)
        QCOMPARE(s.error().detail,
                 QString::fromLatin1(entityName(entity)) + u'.' + field
                         + QStringLiteral(": unknown value '") + value + u'\'');
}

void tst_WireCodec::timestamps_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("UTC with ms") << QStringLiteral("at")
                                 << QJsonValue(QStringLiteral("2026-03-08T16:00:00.250Z")) << true
                                 << Reqdesk::Core::utcDateTime(QDate(2026, 3, 8),
                                                               QTime(16, 0, 0, 250));
    QTest::newRow("offset converted")
            << QStringLiteral("at") << QJsonValue(QStringLiteral("2026-03-08T18:00:00.000+02:00"))
            << true << Reqdesk::Core::utcDateTime(QDate(2026, 3, 8), QTime(16, 0));
    QTest::newRow("no ms") << QStringLiteral("at")
                           << QJsonValue(QStringLiteral("2026-03-08T16:00:00Z")) << true
                           << Reqdesk::Core::utcDateTime(QDate(2026, 3, 8), QTime(16, 0));
    QTest::newRow("null means unknown")
            << QStringLiteral("at") << QJsonValue(QJsonValue::Null) << true << QDateTime();
    QTest::newRow("no offset") << QStringLiteral("at")
                               << QJsonValue(QStringLiteral("2026-03-08T16:00:00.000")) << false
                               << QDateTime();
    QTest::newRow("date only") << QStringLiteral("at") << QJsonValue(QStringLiteral("yesterday"))
                               << false << QDateTime();
    QTest::newRow("epoch number") << QStringLiteral("at") << QJsonValue(1772985600) << false
                                  << QDateTime();
}

void tst_WireCodec::timestamps()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(QDateTime, expected);
    QJsonObject json = WireCodec::toJson(fullNote());
    json.insert(field, value);
    const Result<Note> n = WireCodec::noteFromJson(json);
    QCOMPARE(n.ok(), ok);
    if (ok) {
        QCOMPARE(n->at, expected);
        if (expected.isValid())
            QCOMPARE(n->at.timeSpec(), Qt::UTC);
    } else {
        QVERIFY(n.error().detail.startsWith(QStringLiteral("note.at: ")));
    }

    // Dates: exactly yyyy-MM-dd.
    QJsonObject q = WireCodec::toJson(fullRequisition());
    for (const char *bad : {"2026-13-01", "2026-1-5", "2026-02-30", "05/03/2026"}) {
        q.insert(QStringLiteral("closes_on"), QString::fromLatin1(bad));
        const auto r = WireCodec::requisitionFromJson(q);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.startsWith(QStringLiteral("requisition.closes_on: ")));
    }
    q.insert(QStringLiteral("closes_on"), QJsonValue::Null);
    QVERIFY(!WireCodec::requisitionFromJson(q)->closesOn.isValid());
}

void tst_WireCodec::unknownFields()
{
    for (const Entity e : kEntities) {
        QJsonObject json = fullJson(e);
        json.insert(QStringLiteral("zz_added_later"), 1);
        const Status strict = decode(e, json, Strictness::Strict);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().detail,
                 QString::fromLatin1(entityName(e))
                         + QStringLiteral(".zz_added_later: unknown field (strict decoding)"));
        QVERIFY(decode(e, json, Strictness::Lenient).ok());
    }
    // Nested objects too.
    QJsonObject q = WireCodec::toJson(fullRequisition());
    QJsonObject team = q[QStringLiteral("hiring_team")].toObject();
    team.insert(QStringLiteral("sourcer"), QStringLiteral("Kim"));
    q.insert(QStringLiteral("hiring_team"), team);
    const auto strict = WireCodec::requisitionFromJson(q, Strictness::Strict);
    QVERIFY(!strict.ok());
    QVERIFY(strict.error().detail.startsWith(QStringLiteral("requisition.hiring_team.sourcer: ")));
    QVERIFY(WireCodec::requisitionFromJson(q, Strictness::Lenient).ok());
}

void tst_WireCodec::lenientDefaults()
{
    const auto r = WireCodec::requisitionFromJson(
            parse(R"({"id":"6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f0099","title":"T","status":"open","version":4})"),
            Strictness::Lenient);
    QVERIFY(r.ok());
    QCOMPARE(r->title, QStringLiteral("T"));
    QCOMPARE(r->status, RequisitionStatus::Open);
    QCOMPARE(r->headcount, 1);
    QCOMPARE(r->openings, 1);
    QVERIFY(r->bands.isEmpty());
    QCOMPARE(r->version, qint64(4));
    QVERIFY(!WireCodec::requisitionFromJson(
                     parse(R"({"id":"6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f0099","title":"T","status":"open","version":4})"))
                     .ok());

    const auto n = WireCodec::noteFromJson(
            parse(R"({"id":"6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f0098","application_id":"6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f0097","text":"hi","version":0})"),
            Strictness::Lenient);
    QVERIFY(n.ok());
    QVERIFY(!n->at.isValid());
    QVERIFY(n->author.isEmpty());
}

void tst_WireCodec::diff_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QJsonObject>("changes");

    const Requisition base = fullRequisition();
    const QJsonObject b = WireCodec::toJson(base);
    QTest::newRow("identical") << b << b << QJsonObject();

    Requisition t = base;
    t.title = QStringLiteral("Senior Software Engineer");
    QTest::newRow("one field") << b << WireCodec::toJson(t)
                               << QJsonObject{{QStringLiteral("title"),
                                               QStringLiteral("Senior Software Engineer")}};

    Requisition two = base;
    two.status = RequisitionStatus::Open;
    two.statusReason.clear();
    QTest::newRow("two fields") << b << WireCodec::toJson(two)
                                << QJsonObject{{QStringLiteral("status"), QStringLiteral("open")},
                                               {QStringLiteral("status_reason"), QString()}};

    Requisition sec = base;
    sec.sections.benefits.append(QStringLiteral("Gym"));
    QTest::newRow("nested object as a whole")
            << b << WireCodec::toJson(sec)
            << QJsonObject{{QStringLiteral("sections"),
                            WireCodec::toJson(sec)[QStringLiteral("sections")]}};

    Requisition band = base;
    band.bands[1].maxMinor += 1;
    QTest::newRow("array as a whole")
            << b << WireCodec::toJson(band)
            << QJsonObject{
                       {QStringLiteral("bands"), WireCodec::toJson(band)[QStringLiteral("bands")]}};

    Requisition cleared = base;
    cleared.closesOn = QDate();
    cleared.employerSize.reset();
    QTest::newRow("omitted field becomes null")
            << b << WireCodec::toJson(cleared)
            << QJsonObject{{QStringLiteral("closes_on"), QJsonValue::Null},
                           {QStringLiteral("employer_size"), QJsonValue::Null}};

    Requisition bare = minimalRequisition();
    bare.id = base.id;
    Requisition added = bare;
    added.postedOn = QDate(2026, 5, 1);
    QTest::newRow("field added") << WireCodec::toJson(bare) << WireCodec::toJson(added)
                                 << QJsonObject{{QStringLiteral("posted_on"),
                                                 QStringLiteral("2026-05-01")}};

    QTest::newRow("same number, int vs double")
            << QJsonObject{{QStringLiteral("version"), 3}}
            << QJsonObject{{QStringLiteral("version"), 3.0}} << QJsonObject();
}

void tst_WireCodec::diff()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QJsonObject, changes);
    const QJsonObject got = WireCodec::changedFields(before, after);
    QCOMPARE(got, changes);

    // Applying the changes to the old record gives a record that decodes like the new one.
    if (before.contains(QStringLiteral("title"))) {
        const auto patched = WireCodec::requisitionFromJson(WireCodec::applyChanges(before, got));
        const auto expected = WireCodec::requisitionFromJson(after);
        QVERIFY(patched.ok());
        QVERIFY(expected.ok());
        QVERIFY(*patched == *expected);
    }
}

QTEST_GUILESS_MAIN(tst_WireCodec)
#include "tst_wirecodec.moc"
