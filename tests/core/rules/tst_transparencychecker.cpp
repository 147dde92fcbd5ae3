#include "core/rules/transparencychecker.h"

#include <QTest>

using namespace Reqdesk::Core;

namespace {

int g_nextId = 1;

PayBand band(const char *level,
             const char *location,
             const char *currency,
             qint64 minMajor,
             qint64 maxMajor,
             Period period = Period::Year,
             const char *sourceText = "")
{
    PayBand b;
    b.id = QUuid(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(g_nextId++, 12, 10, QLatin1Char('0')));
    b.level = QString::fromUtf8(level);
    b.location = QString::fromUtf8(location);
    b.currency = QString::fromLatin1(currency);
    b.period = period;
    b.minMinor = minMajor * 100;
    b.maxMinor = maxMajor * 100;
    b.sourceText = QString::fromUtf8(sourceText);
    return b;
}

// A posting with everything every rule asks for, unless a row takes it away.
Requisition posting(QStringList locations, QList<PayBand> bands)
{
    Requisition q;
    q.id = QUuid(
            QStringLiteral("11111111-2222-4333-8444-%1").arg(g_nextId++, 12, 10, QLatin1Char('0')));
    q.title = QStringLiteral("Platform Engineer");
    q.status = RequisitionStatus::Open;
    q.locations = std::move(locations);
    q.bands = std::move(bands);
    q.sections.overview = QStringLiteral("You will keep the build fast.");
    q.sections.benefits = {QStringLiteral("Medical, dental and vision cover"),
                           QStringLiteral("Annual bonus and stock awards")};
    q.closesOn = QDate(2026, 12, 31);
    q.employerSize = 500;
    return q;
}

Requisition without(Requisition q, const char *what)
{
    const QByteArray w(what);
    if (w == "benefits") {
        q.sections.benefits.clear();
    } else if (w == "close") {
        q.closesOn = QDate();
    } else if (w == "other") {
        q.sections.benefits = {QStringLiteral("Medical cover")};
    } else if (w == "all") {
        q.sections.benefits.clear();
        q.closesOn = QDate();
        q.bands.clear();
    }
    return q;
}

Requisition withSize(Requisition q, std::optional<int> size)
{
    q.employerSize = size;
    return q;
}

Requisition withStatus(Requisition q, RequisitionStatus s)
{
    q.status = s;
    return q;
}

const QDate kToday(2026, 11, 28);

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

class tst_TransparencyChecker : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void flagDetails();
    void applicableBands();
    void openEnded_data();
    void openEnded();
    void ruleTable();
};

void tst_TransparencyChecker::evaluate_data()
{
    QTest::addColumn<Requisition>("requisition");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("expected"); // "rule id:code", in rule order

    const PayBand usd = band("L4", "", "USD", 120000, 160000);
    const QStringList none;

    // New York City
    QTest::newRow("nyc complete") << posting(L({"New York, NY"}), {usd}) << kToday << none;
    QTest::newRow("nyc 'and up'") << posting(
            L({"New York, NY"}),
            {band("L4", "", "USD", 150000, 0, Period::Year, "$150,000 and up")})
                                  << kToday << L({"us-nyc-pay-range:pay_open_ended"});
    QTest::newRow("nyc 'up to'") << posting(
            L({"NYC"}), {band("L4", "", "USD", 0, 150000, Period::Year, "up to $150,000")})
                                 << kToday << L({"us-nyc-pay-range:pay_open_ended"});
    QTest::newRow("nyc 'starting at' single figure") << posting(
            L({"Manhattan"}),
            {band("L4", "", "USD", 120000, 120000, Period::Year, "starting at $120,000")})
                                                     << kToday
                                                     << L({"us-nyc-pay-range:pay_open_ended"});
    QTest::newRow("nyc fixed salary is fine")
            << posting(L({"New York"}),
                       {band("L4", "", "USD", 120000, 120000, Period::Year, "$120,000 per year")})
            << kToday << none;
    QTest::newRow("nyc no pay") << posting(L({"New York, NY"}), {}) << kToday
                                << L({"us-nyc-pay-range:pay_missing"});
    QTest::newRow("nyc employer of 3")
            << withSize(posting(L({"New York, NY"}), {}), 3) << kToday << none;
    QTest::newRow("nyc before the law")
            << posting(L({"New York, NY"}), {}) << QDate(2022, 10, 31) << none;
    QTest::newRow("nyc: the NYC band is the one that counts")
            << posting(L({"New York, NY", "Austin, TX"}),
                       {band("L4", "New York City", "USD", 150000, 0),
                        band("L4", "Austin, TX", "USD", 100000, 140000)})
            << kToday << L({"us-nyc-pay-range:pay_open_ended"});
    QTest::newRow("nyc: another location's open band is not NYC's")
            << posting(L({"New York, NY", "Austin, TX"}),
                       {band("L4", "New York City", "USD", 150000, 190000),
                        band("L4", "Austin, TX", "USD", 100000, 0)})
            << kToday << none;

    // California
    QTest::newRow("ca no pay, 20 employees") << withSize(posting(L({"San Francisco, CA"}), {}), 20)
                                             << kToday << L({"us-ca-pay-scale:pay_missing"});
    QTest::newRow("ca no pay, 14 employees")
            << withSize(posting(L({"San Francisco, CA"}), {}), 14) << kToday << none;
    QTest::newRow("ca complete") << posting(L({"Los Angeles, California"}), {usd}) << kToday
                                 << none;

    // Colorado
    QTest::newRow("co everything missing")
            << without(posting(L({"Denver, Colorado"}), {usd}), "all") << kToday
            << L({"us-co-pay-benefits:pay_missing",
                  "us-co-pay-benefits:benefits_missing",
                  "us-co-close-date:close_date_missing"});
    QTest::newRow("co no close date") << without(posting(L({"Boulder, CO"}), {usd}), "close")
                                      << kToday << L({"us-co-close-date:close_date_missing"});
    QTest::newRow("co no close date in 2023")
            << without(posting(L({"Boulder, CO"}), {usd}), "close") << QDate(2023, 6, 1) << none;
    QTest::newRow("co benefits named in the overview") << [] {
        Requisition q = without(posting(L({"Denver, CO"}), {band("L4", "", "USD", 100000, 120000)}),
                                "benefits");
        q.sections.overview = QStringLiteral("Full benefits package from day one.");
        return q;
    }() << kToday << none;
    QTest::newRow("co complete, even tiny")
            << withSize(posting(L({"Denver, CO"}), {usd}), 1) << kToday << none;

    // Washington
    QTest::newRow("wa complete") << posting(L({"Seattle, WA"}), {usd}) << kToday << none;
    QTest::newRow("wa no other compensation")
            << without(posting(L({"Seattle, WA"}), {usd}), "other") << kToday
            << L({"us-wa-pay-benefits:other_compensation_missing"});
    QTest::newRow("wa equity in the band note") << [&] {
        PayBand b = usd;
        b.note = QStringLiteral("plus equity");
        return without(posting(L({"Redmond, Washington"}), {b}), "other");
    }() << kToday << none;
    QTest::newRow("wa no benefits")
            << without(posting(L({"Seattle, WA"}), {usd}), "benefits") << kToday
            << L({"us-wa-pay-benefits:benefits_missing",
                  "us-wa-pay-benefits:other_compensation_missing"});
    QTest::newRow("washington dc is not wa")
            << without(posting(L({"Washington, DC"}), {}), "all") << kToday << none;

    // Ontario
    QTest::newRow("on too wide") << posting(L({"Toronto, ON"}),
                                            {band("P3", "", "CAD", 80000, 140000)})
                                 << kToday << L({"ca-on-pay-range:range_too_wide"});
    QTest::newRow("on exactly 50,000 wide")
            << posting(L({"Toronto, ON"}), {band("P3", "", "CAD", 100000, 150000)}) << kToday
            << none;
    QTest::newRow("on wide but tops 200,000")
            << posting(L({"Ottawa, Ontario"}), {band("P5", "", "CAD", 160000, 230000)}) << kToday
            << none;
    QTest::newRow("on top 199,999.99, wide") << [] {
        PayBand b = band("P4", "", "CAD", 140000, 199999);
        b.maxMinor += 99;
        return posting(L({"Toronto, ON"}), {b});
    }() << kToday << L({"ca-on-pay-range:range_too_wide"});
    QTest::newRow("on hourly normalised, too wide")
            << posting(L({"Waterloo, ON"}), {band("T1", "", "CAD", 40, 70, Period::Hour)}) << kToday
            << L({"ca-on-pay-range:range_too_wide"});
    QTest::newRow("on in 2025") << posting(L({"Toronto, ON"}),
                                           {band("P3", "", "CAD", 80000, 140000)})
                                << QDate(2025, 12, 31) << none;
    QTest::newRow("on no pay") << posting(L({"Toronto, ON"}), {}) << kToday
                               << L({"ca-on-pay-range:pay_missing"});
    QTest::newRow("on USD band") << posting(L({"Toronto, ON"}),
                                            {band("P3", "", "USD", 80000, 140000)})
                                 << kToday << L({"ca-on-pay-range:range_not_checkable"});
    QTest::newRow("on 24 employees")
            << withSize(posting(L({"Toronto, ON"}), {}), 24) << kToday << none;

    // European Union
    QTest::newRow("eu no pay") << posting(L({"Berlin, Germany"}), {}) << kToday
                               << L({"eu-pay-transparency:pay_missing"});
    QTest::newRow("eu before transposition")
            << posting(L({"Berlin, Germany"}), {}) << QDate(2026, 6, 6) << none;
    QTest::newRow("eu single figure")
            << posting(L({"Amsterdam"}), {band("", "", "EUR", 60000, 60000)}) << kToday << none;
    QTest::newRow("eu range") << posting(L({"Remote - EU"}), {band("", "", "EUR", 55000, 70000)})
                              << kToday << none;

    // Several places at once
    QTest::newRow("remote US, nothing stated")
            << without(posting(L({"Remote - US"}), {}), "all") << kToday
            << L({"us-nyc-pay-range:pay_missing",
                  "us-ca-pay-scale:pay_missing",
                  "us-co-pay-benefits:pay_missing",
                  "us-co-pay-benefits:benefits_missing",
                  "us-co-close-date:close_date_missing",
                  "us-wa-pay-benefits:pay_missing",
                  "us-wa-pay-benefits:benefits_missing",
                  "us-wa-pay-benefits:other_compensation_missing"});
    QTest::newRow("remote US excluding Colorado, no close date")
            << without(posting(L({"Remote - US (excluding Colorado)"}), {usd}), "close") << kToday
            << none;
    QTest::newRow("toronto and berlin, no pay")
            << posting(L({"Toronto, ON", "Berlin, DE"}), {}) << kToday
            << L({"ca-on-pay-range:pay_missing", "eu-pay-transparency:pay_missing"});
    QTest::newRow("bare remote") << without(posting(L({"Remote"}), {}), "all") << kToday << none;
    QTest::newRow("no locations") << without(posting({}, {}), "all") << kToday << none;
    QTest::newRow("london uk") << without(posting(L({"London, UK"}), {}), "all") << kToday << none;

    // Status
    QTest::newRow("draft is checked")
            << withStatus(posting(L({"New York, NY"}), {}), RequisitionStatus::Draft) << kToday
            << L({"us-nyc-pay-range:pay_missing"});
    QTest::newRow("closed is not")
            << withStatus(posting(L({"New York, NY"}), {}), RequisitionStatus::Closed) << kToday
            << none;
    QTest::newRow("filled is not")
            << withStatus(posting(L({"New York, NY"}), {}), RequisitionStatus::Filled) << kToday
            << none;

    // The seed posting's shape: four bands, two of them location-qualified.
    Requisition seed = posting(
            L({"Redmond, Washington, United States", "New York, New York, United States"}),
            {band("IC3", "U.S. typical", "USD", 100600, 199000),
             band("IC3", "San Francisco Bay Area and New York City metro", "USD", 131400, 215400),
             band("IC4", "U.S. typical", "USD", 119800, 234700),
             band("IC4", "some locations", "USD", 158400, 258000)});
    seed.sections.benefits.clear();
    QTest::newRow("seed-like without benefits")
            << seed << kToday
            << L({"us-wa-pay-benefits:benefits_missing",
                  "us-wa-pay-benefits:other_compensation_missing"});
}

void tst_TransparencyChecker::evaluate()
{
    QFETCH(Requisition, requisition);
    QFETCH(QDate, today);
    QFETCH(QStringList, expected);
    QStringList got;
    const QList<ComplianceFlag> flags = TransparencyChecker::evaluate(requisition, today);
    for (const ComplianceFlag &f : flags) {
        got << f.ruleId + u':' + f.code;
        QCOMPARE(f.requisitionId, requisition.id);
        QVERIFY(!f.jurisdiction.isEmpty());
        QVERIFY(f.message.startsWith(f.jurisdiction));
    }
    QCOMPARE(got, expected);
}

void tst_TransparencyChecker::flagDetails()
{
    PayBand open = band("L5", "New York City", "USD", 150000, 0, Period::Year, "150k and up");
    Requisition q = withSize(posting(L({"New York, NY"}), {open}), std::nullopt);
    QList<ComplianceFlag> flags = TransparencyChecker::evaluate(q, kToday);
    QCOMPARE(flags.size(), 1);
    const ComplianceFlag &f = flags.first();
    QCOMPARE(f.ruleId, QStringLiteral("us-nyc-pay-range"));
    QCOMPARE(f.jurisdiction, QStringLiteral("New York City"));
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.bandId, open.id);
    QVERIFY(f.message.contains(QStringLiteral("\"L5 / New York City\"")));
    QVERIFY(f.message.contains(QStringLiteral("Local Law 32")));
    QVERIFY(f.message.contains(QStringLiteral("4+ employees")));
    QVERIFY(f.message.contains(QStringLiteral("assumed")));

    flags = TransparencyChecker::evaluate(
            posting(L({"Toronto, ON"}), {band("P3", "", "USD", 80000, 140000)}), kToday);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().severity, Severity::Info);

    flags = TransparencyChecker::evaluate(
            posting(L({"Toronto, ON"}), {band("P3", "", "CAD", 80000, 140000)}), kToday);
    QCOMPARE(flags.size(), 1);
    QVERIFY2(flags.first().message.contains(QStringLiteral("CAD 60000 a year")),
             qPrintable(flags.first().message));

    // A flag not about a band carries no band id.
    flags = TransparencyChecker::evaluate(posting(L({"New York, NY"}), {}), kToday);
    QCOMPARE(flags.size(), 1);
    QVERIFY(flags.first().bandId.isNull());
}

void tst_TransparencyChecker::applicableBands()
{
    const Requisition seed = posting(
            L({"New York, NY"}),
            {band("IC3", "U.S. typical", "USD", 100600, 199000),
             band("IC3", "San Francisco Bay Area and New York City metro", "USD", 131400, 215400),
             band("IC4", "U.S. typical", "USD", 119800, 234700),
             band("IC4", "some locations", "USD", 158400, 258000)});
    QCOMPARE(TransparencyChecker::applicableBands(seed, Region::NewYorkCity).size(), 3);
    QCOMPARE(TransparencyChecker::applicableBands(seed, Region::California).size(), 3);
    QCOMPARE(TransparencyChecker::applicableBands(seed, Region::Colorado).size(), 2);
    // Nothing qualified for Ontario: every band counts.
    QCOMPARE(TransparencyChecker::applicableBands(seed, Region::Ontario).size(), 4);
}

void tst_TransparencyChecker::openEnded_data()
{
    QTest::addColumn<PayBand>("b");
    QTest::addColumn<bool>("open");
    QTest::newRow("range") << band("", "", "USD", 1, 2) << false;
    QTest::newRow("no max") << band("", "", "USD", 1, 0) << true;
    QTest::newRow("no min") << band("", "", "USD", 0, 2) << true;
    QTest::newRow("inverted") << band("", "", "USD", 3, 2) << true;
    QTest::newRow("fixed") << band("", "", "USD", 2, 2, Period::Year, "$2 a year") << false;
    QTest::newRow("fixed 'or more'")
            << band("", "", "USD", 2, 2, Period::Year, "$2 or more") << true;
    QTest::newRow("fixed '150k+'") << band("", "", "USD", 2, 2, Period::Year, "150k+") << true;
    QTest::newRow("range with 'up to' text is a range")
            << band("", "", "USD", 1, 2, Period::Year, "$100k up to $150k") << false;
}

void tst_TransparencyChecker::openEnded()
{
    QFETCH(PayBand, b);
    QFETCH(bool, open);
    QCOMPARE(TransparencyChecker::isOpenEnded(b), open);
}

void tst_TransparencyChecker::ruleTable()
{
    const QList<TransparencyRule> &rules = TransparencyRule::builtIn();
    QStringList ids;
    for (const TransparencyRule &r : rules) {
        ids << r.id;
        QVERIFY(r.effectiveFrom.isValid());
        QVERIFY(!r.jurisdiction.isEmpty());
        QVERIFY(!r.citation.isEmpty());
        QVERIFY(r.checks != TransparencyRule::Checks());
    }
    QCOMPARE(ids,
             L({"us-nyc-pay-range",
                "us-ca-pay-scale",
                "us-co-pay-benefits",
                "us-co-close-date",
                "us-wa-pay-benefits",
                "ca-on-pay-range",
                "eu-pay-transparency"}));

    // A custom table works the same way.
    TransparencyRule only = rules.at(0);
    only.id = QStringLiteral("test-rule");
    const QList<ComplianceFlag> flags
            = TransparencyChecker::evaluate(posting(L({"NYC"}), {}), kToday, {only});
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().ruleId, QStringLiteral("test-rule"));
}

QTEST_GUILESS_MAIN(tst_TransparencyChecker)
#include "tst_transparencychecker.moc"
