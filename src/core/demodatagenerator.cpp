#include "core/demodatagenerator.h"

#include "core/currency.h"
#include "core/timeutil.h"

#include <array>

namespace Reqdesk::Core {

namespace {

// splitmix64: tiny, fast and identical on every platform (std distributions are not).
class Rng
{
public:
    explicit Rng(quint64 state)
        : m_state(state)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, bound).
    int below(int bound) { return int(next() % quint64(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[size_t(below(int(N)))];
    }

private:
    quint64 m_state;
};

enum Stream : quint32 {
    RequisitionStream = 1,
    BandStream,
    CandidateStream,
    ApplicationStream,
    EventStream
};

Rng rngFor(quint64 seed, quint32 stream, qint64 index)
{
    Rng mix(seed ^ (quint64(stream) << 56) ^ quint64(index) * 0x2545f4914f6cdd1dULL);
    return Rng(mix.next());
}

struct Family
{
    const char16_t *title;
    const char16_t *jobFamily;
    int payPercent; ///< relative to software engineering
};

constexpr std::array kFamilies = {
        Family{u"Software Engineer", u"Software Engineering", 100},
        Family{u"Backend Engineer", u"Software Engineering", 100},
        Family{u"Frontend Engineer", u"Software Engineering", 97},
        Family{u"Site Reliability Engineer", u"Software Engineering", 102},
        Family{u"Security Engineer", u"Security Engineering", 104},
        Family{u"Machine Learning Engineer", u"Applied Science", 110},
        Family{u"Data Scientist", u"Data Science", 98},
        Family{u"Data Engineer", u"Data Engineering", 96},
        Family{u"Product Manager", u"Product Management", 103},
        Family{u"Technical Program Manager", u"Program Management", 95},
        Family{u"UX Designer", u"Design", 88},
        Family{u"Hardware Engineer", u"Hardware Engineering", 99},
        Family{u"Solutions Architect", u"Technical Sales", 97},
        Family{u"Account Executive", u"Sales", 80},
        Family{u"Financial Analyst", u"Finance", 78},
        Family{u"Technical Recruiter", u"Talent Acquisition", 72},
};

struct Place
{
    const char16_t *name;
    const char16_t *currency;
    const char16_t *highCostZone; ///< empty: one zone only
    int payPercent;               ///< national typical range relative to U.S., in local terms
    const char16_t *country;      ///< as bands name their national range: "U.S. typical"
};

constexpr std::array kPlaces = {
        Place{u"Redmond, WA", u"USD", u"Seattle metro", 100, u"U.S."},
        Place{u"Seattle, WA", u"USD", u"Seattle metro", 100, u"U.S."},
        Place{u"San Francisco, CA", u"USD", u"San Francisco Bay Area", 100, u"U.S."},
        Place{u"Mountain View, CA", u"USD", u"San Francisco Bay Area", 100, u"U.S."},
        Place{u"New York, NY", u"USD", u"New York City metro", 100, u"U.S."},
        Place{u"Austin, TX", u"USD", u"", 100, u"U.S."},
        Place{u"Denver, CO", u"USD", u"", 100, u"U.S."},
        Place{u"Atlanta, GA", u"USD", u"", 100, u"U.S."},
        Place{u"Remote - US", u"USD", u"", 100, u"U.S."},
        Place{u"Toronto, ON", u"CAD", u"Toronto", 105, u"Canada"},
        Place{u"Vancouver, BC", u"CAD", u"", 102, u"Canada"},
        Place{u"London, United Kingdom", u"GBP", u"London", 62, u"United Kingdom"},
        Place{u"Dublin, Ireland", u"EUR", u"", 70, u"Ireland"},
        Place{u"Berlin, Germany", u"EUR", u"Munich", 68, u"Germany"},
        Place{u"Paris, France", u"EUR", u"", 62, u"France"},
        Place{u"Amsterdam, Netherlands", u"EUR", u"", 70, u"Netherlands"},
        Place{u"Zurich, Switzerland", u"CHF", u"", 115, u"Switzerland"},
        Place{u"Bangalore, India", u"INR", u"", 2100, u"India"},
        Place{u"Sydney, Australia", u"AUD", u"", 140, u"Australia"},
        Place{u"Tokyo, Japan", u"JPY", u"", 11000, u"Japan"},
};

constexpr std::array kCompanies = {u"Northwind Systems",
                                   u"Contoso",
                                   u"Fabrikam",
                                   u"Tailspin Toys",
                                   u"Litware",
                                   u"Adventure Works",
                                   u"Proseware",
                                   u"Wide World Importers"};

constexpr std::array kOrgs = {u"Cloud + AI",
                              u"Devices",
                              u"Gaming",
                              u"Ads",
                              u"Payments",
                              u"Infrastructure",
                              u"Security",
                              u"Research",
                              u"Finance",
                              u"People"};

constexpr std::array kTeams = {u"Platform",
                               u"Storage",
                               u"Identity",
                               u"Search",
                               u"Growth",
                               u"Developer Tools",
                               u"Reliability",
                               u"Billing",
                               u"Mobile",
                               u"Data"};

constexpr std::array kFirstNames = {u"Avery",
                                    u"Jordan",
                                    u"Priya",
                                    u"Mateo",
                                    u"Chen",
                                    u"Amara",
                                    u"Lukas",
                                    u"Sofia",
                                    u"Kwame",
                                    u"Hana",
                                    u"Diego",
                                    u"Ingrid",
                                    u"Omar",
                                    u"Mei",
                                    u"Tomás",
                                    u"Elif",
                                    u"Noah",
                                    u"Zara"};

constexpr std::array kLastNames = {u"Okafor",
                                   u"Lindqvist",
                                   u"Tanaka",
                                   u"Moreau",
                                   u"Patel",
                                   u"Haddad",
                                   u"Kowalski",
                                   u"Nguyen",
                                   u"Schmidt",
                                   u"Alvarez",
                                   u"Brennan",
                                   u"Costa",
                                   u"Ivanova",
                                   u"Mensah",
                                   u"Larsen",
                                   u"Ruiz"};

constexpr std::array kResponsibilities = {
        u"Design, build and operate services that thousands of teams depend on.",
        u"Own features end to end, from the first sketch to running them in production.",
        u"Review code and designs, and help colleagues grow through thoughtful feedback.",
        u"Improve reliability, latency and cost with measurements rather than guesses.",
        u"Work with product, design and research partners to decide what to build next.",
        u"Write clear documents that explain trade-offs to technical and business readers.",
        u"Take part in an on-call rotation and lead the follow-up after incidents.",
        u"Mentor newer members of the team and share knowledge across the organisation.",
        u"Automate testing and deployment so that releases are routine and safe.",
        u"Turn ambiguous customer problems into well-scoped projects.",
};

constexpr std::array kRequired = {
        u"Bachelor's degree in a technical field, or equivalent practical experience.",
        u"Experience shipping software used by real customers.",
        u"Fluency in at least one of C++, Java, Go, Python or TypeScript.",
        u"Experience with relational databases and data modelling.",
        u"Clear written and spoken communication in English.",
        u"Experience with cloud platforms and distributed systems.",
};

constexpr std::array kPreferred = {
        u"Master's degree or PhD in a related field.",
        u"Experience leading projects across several teams.",
        u"Background in performance engineering or observability.",
        u"Contributions to open-source projects.",
        u"Experience in a regulated industry such as finance or health care.",
};

constexpr std::array kBenefits = {
        u"Medical, dental and vision coverage.",
        u"Retirement plan with employer match.",
        u"Paid parental leave and flexible time off.",
        u"Learning budget and conference travel.",
        u"Employee stock purchase plan.",
};

constexpr std::array kSources = {
        u"Referral", u"LinkedIn", u"Career site", u"Agency", u"University", u"Event", u"Sourced"};

constexpr std::array kTags = {u"remote-ok",
                              u"relocation",
                              u"visa",
                              u"silver-medalist",
                              u"internal",
                              u"diversity-event",
                              u"returner"};

constexpr std::array kRejectReasons = {u"Not enough relevant experience",
                                       u"Role filled",
                                       u"Compensation expectations too far apart",
                                       u"Did not pass technical interview",
                                       u"Position closed"};

constexpr std::array kLevelNumber
        = {u"I", u"II", u"", u"Senior", u"Principal", u"Partner", u"Distinguished"};

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString personName(Rng &rng)
{
    return str(rng.pick(kFirstNames)) + u' ' + str(rng.pick(kLastNames));
}

// U.S. typical minimum of each level IC1..IC7, in whole dollars.
constexpr std::array<qint64, 8> kLevelMin
        = {62000, 78000, 100600, 119800, 139900, 163000, 188000, 214000};

qint64 roundTo(qint64 value, qint64 step)
{
    return (value + step / 2) / step * step;
}

PayBand makeBand(const Family &family, const Place &place, int level, bool highCost, Rng &rng)
{
    PayBand band;
    band.jobFamily = str(family.jobFamily);
    band.level = QStringLiteral("IC%1").arg(level);
    band.currency = str(place.currency);
    band.period = Period::Year;
    const qint64 base
            = kLevelMin[size_t(level - 1)] * family.payPercent / 100 * place.payPercent / 100;
    const int zonePercent = highCost ? 130 : 100;
    const qint64 minMajor = roundTo(base * zonePercent / 100 + rng.below(40) * 100, 100);
    const qint64 maxMajor = roundTo(minMajor * (180 + rng.below(20)) / 100, 100);
    const qint64 scale = Currency::minorPerMajor(band.currency);
    band.minMinor = minMajor * scale;
    band.maxMinor = maxMajor * scale;
    const QString where = highCost ? str(place.highCostZone) : QStringLiteral("typical");
    band.location = highCost ? where : QStringLiteral("%1 typical").arg(str(place.country));
    band.sourceText = QStringLiteral("%1 %2 – %3 base pay range: %4 %5 - %6 per year.")
                              .arg(band.jobFamily,
                                   band.level,
                                   band.location,
                                   band.currency,
                                   QString::number(minMajor),
                                   QString::number(maxMajor));
    return band;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint64 seed)
    : m_seed(seed)
{}

QUuid DemoDataGenerator::uuid(quint32 kind, qint64 index) const
{
    Rng rng = rngFor(m_seed, kind + 100, index);
    const quint64 hi = rng.next();
    const quint64 lo = rng.next();
    QUuid id(uint(hi >> 32),
             ushort(hi >> 16),
             ushort((hi & 0x0fff) | 0x4000),
             uchar(((lo >> 56) & 0x3f) | 0x80),
             uchar(lo >> 48),
             uchar(lo >> 40),
             uchar(lo >> 32),
             uchar(lo >> 24),
             uchar(lo >> 16),
             uchar(lo >> 8),
             uchar(lo));
    return id;
}

QUuid DemoDataGenerator::requisitionId(qint64 index) const
{
    return uuid(RequisitionStream, index);
}

QUuid DemoDataGenerator::candidateId(qint64 index) const
{
    return uuid(CandidateStream, index);
}

Requisition DemoDataGenerator::requisition(qint64 index) const
{
    Rng rng = rngFor(m_seed, RequisitionStream, index);
    const Family &family = rng.pick(kFamilies);
    // Skewed towards the middle levels, as real pipelines are.
    constexpr std::array<int, 12> levelPool = {1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6};
    const int level = levelPool[size_t(rng.below(int(levelPool.size())))] + (rng.chance(3) ? 1 : 0);

    Requisition req;
    req.id = requisitionId(index);
    const QString suffix = str(kLevelNumber[size_t(level - 1)]);
    if (suffix.isEmpty())
        req.title = str(family.title);
    else if (suffix == u"I" || suffix == u"II")
        req.title = str(family.title) + u' ' + suffix;
    else
        req.title = suffix + u' ' + str(family.title);
    req.company = str(rng.pick(kCompanies));
    req.org = str(rng.pick(kOrgs));
    req.team = str(rng.pick(kTeams));
    req.level = QStringLiteral("IC%1").arg(level);

    const Place &place = rng.pick(kPlaces);
    req.locations << str(place.name);
    if (rng.chance(30)) {
        const Place &other = rng.pick(kPlaces);
        if (QStringView(other.currency) == QStringView(place.currency)
            && QStringView(other.name) != QStringView(place.name))
            req.locations << str(other.name);
    }
    req.employmentType = rng.chance(92) ? QStringLiteral("full_time")
                                        : (rng.chance(50) ? QStringLiteral("contract")
                                                          : QStringLiteral("internship"));
    const int where = rng.below(10);
    req.workplaceType = where < 4   ? QStringLiteral("onsite")
                        : where < 8 ? QStringLiteral("hybrid")
                                    : QStringLiteral("remote");

    const int statusDraw = rng.below(100);
    req.status = statusDraw < 55   ? RequisitionStatus::Open
                 : statusDraw < 63 ? RequisitionStatus::OnHold
                 : statusDraw < 73 ? RequisitionStatus::Draft
                 : statusDraw < 80 ? RequisitionStatus::PendingApproval
                 : statusDraw < 90 ? RequisitionStatus::Filled
                 : statusDraw < 96 ? RequisitionStatus::Closed
                                   : RequisitionStatus::Cancelled;
    if (req.status == RequisitionStatus::OnHold)
        req.statusReason = QStringLiteral("Budget review");
    else if (req.status == RequisitionStatus::Closed || req.status == RequisitionStatus::Cancelled)
        req.statusReason = QStringLiteral("Priorities changed");
    req.headcount = 1 + (rng.chance(20) ? rng.below(4) : 0);
    req.openings = req.status == RequisitionStatus::Filled ? 0 : req.headcount;
    req.hiringTeam.hiringManager = personName(rng);
    req.hiringTeam.recruiter = personName(rng);
    if (rng.chance(50))
        req.hiringTeam.coordinator = personName(rng);

    req.sections.overview = QStringLiteral("%1 is hiring a %2 for the %3 team in %4. You will help "
                                           "build products used by millions of people.")
                                    .arg(req.company, req.title, req.team, req.org);
    const int responsibilityCount = 3 + rng.below(3);
    const int first = rng.below(int(kResponsibilities.size()));
    for (int i = 0; i < responsibilityCount; ++i)
        req.sections.responsibilities
                << str(kResponsibilities[size_t((first + i) % int(kResponsibilities.size()))]);
    for (int i = 0, n = 2 + rng.below(3); i < n; ++i)
        req.sections.requiredQualifications
                << str(kRequired[size_t((first + i) % int(kRequired.size()))]);
    for (int i = 0, n = 1 + rng.below(2); i < n; ++i)
        req.sections.preferredQualifications
                << str(kPreferred[size_t((first + i) % int(kPreferred.size()))]);
    if (rng.chance(60)) {
        for (int i = 0, n = 2 + rng.below(2); i < n; ++i)
            req.sections.benefits << str(kBenefits[size_t((first + i) % int(kBenefits.size()))]);
    }

    // Four bands: this level and the next in the national and the high-cost zone, or four
    // consecutive levels where the place has one zone only.
    Rng bandRng = rngFor(m_seed, BandStream, index);
    if (QStringView(place.highCostZone).size() > 0) {
        const int nextLevel = qMin(level + 1, int(kLevelMin.size()));
        for (const int bandLevel : {level, nextLevel}) {
            req.bands << makeBand(family, place, bandLevel, false, bandRng);
            req.bands << makeBand(family, place, bandLevel, true, bandRng);
        }
    } else {
        const int firstLevel = qBound(1, level - 1, int(kLevelMin.size()) - 3);
        for (int bandLevel = firstLevel; bandLevel < firstLevel + 4; ++bandLevel)
            req.bands << makeBand(family, place, bandLevel, false, bandRng);
    }
    for (qsizetype i = 0; i < req.bands.size(); ++i)
        req.bands[i].id = uuid(BandStream, index * 8 + i);

    const QDateTime epoch = utcDateTime(QDate(2026, 1, 1), QTime(9, 0));
    req.createdAt = epoch.addSecs(-qint64(rng.below(365 * 24)) * 3600);
    req.updatedAt = req.createdAt.addSecs(qint64(rng.below(30 * 24)) * 3600);
    req.postedOn = req.createdAt.date().addDays(rng.below(14));
    if (rng.chance(30))
        req.closesOn = req.postedOn.addDays(30 + rng.below(60));
    req.employerSize = 5000 + rng.below(200000);
    return req;
}

Candidate DemoDataGenerator::candidate(qint64 index) const
{
    Rng rng = rngFor(m_seed, CandidateStream, index);
    Candidate c;
    c.id = candidateId(index);
    const QString firstName = str(rng.pick(kFirstNames));
    const QString lastName = str(rng.pick(kLastNames));
    c.name = firstName + u' ' + lastName;
    c.emails << QStringLiteral("%1.%2.%3@example.com")
                        .arg(firstName.toLower(), lastName.toLower())
                        .arg(index);
    c.phones << QStringLiteral("+1 555 %1").arg(1000000 + index % 9000000);
    if (rng.chance(40))
        c.links << QStringLiteral("https://example.com/in/%1").arg(index);
    c.source = str(rng.pick(kSources));
    if (rng.chance(25))
        c.tags << str(rng.pick(kTags));
    const QDateTime epoch = utcDateTime(QDate(2026, 1, 1), QTime(9, 0));
    c.createdAt = epoch.addSecs(-qint64(rng.below(300 * 24)) * 3600);
    c.updatedAt = c.createdAt;
    return c;
}

Application DemoDataGenerator::application(qint64 index,
                                           const QUuid &candidateId,
                                           const QUuid &requisitionId) const
{
    Rng rng = rngFor(m_seed, ApplicationStream, index);
    Application a;
    a.id = uuid(ApplicationStream, index);
    a.candidateId = candidateId;
    a.requisitionId = requisitionId;
    const int draw = rng.below(100);
    a.stage = draw < 40   ? Stage::Applied
              : draw < 60 ? Stage::RecruiterScreen
              : draw < 72 ? Stage::HiringManagerScreen
              : draw < 80 ? Stage::Onsite
              : draw < 83 ? Stage::Offer
              : draw < 85 ? Stage::Hired
              : draw < 97 ? Stage::Rejected
                          : Stage::Withdrawn;
    if (a.stage == Stage::Rejected)
        a.exitReason = str(rng.pick(kRejectReasons));
    else if (a.stage == Stage::Withdrawn)
        a.exitReason = QStringLiteral("Accepted another offer");
    if (rng.chance(50))
        a.expectedSalary = Money::fromMajor(
                90000 + rng.below(150) * 1000, QStringLiteral("USD"), Period::Year);
    if (a.stage == Stage::Offer || a.stage == Stage::Hired)
        a.offer = Money::fromMajor(
                110000 + rng.below(120) * 1000, QStringLiteral("USD"), Period::Year);
    const QDateTime epoch = utcDateTime(QDate(2026, 1, 1), QTime(9, 0));
    a.appliedAt = epoch.addSecs(-qint64(rng.below(200 * 24)) * 3600);
    a.stageChangedAt = a.appliedAt.addSecs(qint64(rng.below(40 * 24)) * 3600);
    a.updatedAt = a.stageChangedAt;
    return a;
}

QList<StageEvent> DemoDataGenerator::history(const Application &application) const
{
    // Walk forward from applied; exits leave from a stage reached before them.
    const qint64 index = qint64(application.id.data1) << 16 | application.id.data2;
    Rng rng = rngFor(m_seed, EventStream, index);
    Stage last = application.stage;
    if (application.stage == Stage::Rejected || application.stage == Stage::Withdrawn)
        last = Stage(rng.below(int(Stage::Offer) + 1));

    QList<StageEvent> events;
    const qint64 span
            = qMax<qint64>(3600, application.appliedAt.secsTo(application.stageChangedAt));
    const int steps = int(last) + 1 + (last != application.stage ? 1 : 0);
    auto addEvent = [&](std::optional<Stage> from, Stage to, const QString &reason) {
        StageEvent e;
        e.id = uuid(EventStream, index * 16 + events.size());
        e.applicationId = application.id;
        e.from = from;
        e.to = to;
        e.at = application.appliedAt.addSecs(span * events.size() / qMax(1, steps - 1));
        e.by = events.isEmpty() ? QStringLiteral("career site") : personName(rng);
        e.reason = reason;
        events << e;
    };
    addEvent(std::nullopt, Stage::Applied, QString());
    for (int s = int(Stage::Applied) + 1; s <= int(last); ++s)
        addEvent(Stage(s - 1), Stage(s), QString());
    if (last != application.stage)
        addEvent(last, application.stage, application.exitReason);
    return events;
}

} // namespace Reqdesk::Core
