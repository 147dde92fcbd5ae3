// Pay statements as postings write them → exact bands. Each row: one sentence, the bands as
// "level|location|currency|period|min|max|note" (minor units), and the warnings by a word each.
#include "core/import/paystatementparser.h"

#include <QTest>

using namespace Reqdesk::Core;

namespace {

QString describe(const PayBand &b)
{
    return QStringList{b.level,
                       b.location,
                       b.currency,
                       periodName(b.period),
                       QString::number(b.minMinor),
                       QString::number(b.maxMinor),
                       b.note}
            .join(u'|');
}

} // namespace

class TestPayStatementParser : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("bands");
        QTest::addColumn<QStringList>("warnings");

        auto row = [](const char *name,
                      const char *input,
                      QStringList bands,
                      QStringList warnings = {}) {
            QTest::newRow(name) << QString::fromUtf8(input) << bands << warnings;
        };
        auto s = [](const char *text) {
            return QString::fromUtf8(text);
        };

        // Separators
        row("hyphen", "Salary: $120,000 - $150,000 per year", {s("||USD|year|12000000|15000000|")});
        row("en dash",
            "The pay range is $90,000–$110,000 annually.",
            {s("||USD|year|9000000|11000000|")});
        row("em dash",
            "Base salary $100,000—$130,000 per year",
            {s("||USD|year|10000000|13000000|")});
        row("to", "Pay range: $80,000 to $95,000 per year", {s("||USD|year|8000000|9500000|")});
        row("between and",
            "The salary is between $70,000 and $85,000 per year.",
            {s("||USD|year|7000000|8500000|")});
        // k notation
        row("k both ends", "$120k–$150k per year", {s("||USD|year|12000000|15000000|")});
        row("K with code after",
            "Salary range 120K - 150K USD per year",
            {s("||USD|year|12000000|15000000|")});
        row("k spreads to bare end", "$120-150k per year", {s("||USD|year|12000000|15000000|")});
        row("decimal k", "£45.5k–£55k per annum", {s("||GBP|year|4550000|5500000|")});
        // Periods
        row("hourly decimals", "$45.50 - $60/hour", {s("||USD|hour|4550|6000|")});
        row("per hour", "Hourly rate: $25 to $32 per hour", {s("||USD|hour|2500|3200|")});
        row("slash hr", "Pay: $18.75-$22.00/hr", {s("||USD|hour|1875|2200|")});
        row("monthly",
            "Monthly salary: €4,000 - €5,500 per month",
            {s("||EUR|month|400000|550000|")});
        row("weekly", "Weekly pay of $1,200 - $1,500 per week", {s("||USD|week|120000|150000|")});
        row("daily", "Day rate £450 - £550 per day", {s("||GBP|day|45000|55000|")});
        row("salary implies year",
            "The salary range for this role is $95,000 to $120,000.",
            {s("||USD|year|9500000|12000000|")});
        row("no period stated",
            "Compensation: $120,000 - $140,000",
            {s("||USD|year|12000000|14000000|")},
            {s("no period")});
        row("no period small figures",
            "Rate: $20 - $25",
            {s("||USD|hour|2000|2500|")},
            {s("no period")});
        // Currencies
        row("CAD code before dollar",
            "CAD $95,000 - $115,000 per year",
            {s("||CAD|year|9500000|11500000|")});
        row("CAD code after",
            "$90,000 - $110,000 CAD per year",
            {s("||CAD|year|9000000|11000000|")});
        row("C$ symbol", "C$85,000 – C$100,000 annually", {s("||CAD|year|8500000|10000000|")});
        row("CA$ symbol", "CA$70,000 to CA$90,000 per year", {s("||CAD|year|7000000|9000000|")});
        row("pound", "£55,000 - £70,000 per annum", {s("||GBP|year|5500000|7000000|")});
        row("GBP after second", "55,000 - 70,000 GBP per year", {s("||GBP|year|5500000|7000000|")});
        row("euro european grouping",
            "100.000 € – 120.000 € per year",
            {s("||EUR|year|10000000|12000000|")});
        row("euro decimal comma",
            "€65.000,50 - €70.000 per year",
            {s("||EUR|year|6500050|7000000|")});
        row("euro hourly comma", "Pay: 35,50 € - 40,00 € per hour", {s("||EUR|hour|3550|4000|")});
        row("EUR code european",
            "EUR 60.000 - 75.000 per year",
            {s("||EUR|year|6000000|7500000|")});
        row("CHF code", "CHF 120,000 - 140,000 per year", {s("||CHF|year|12000000|14000000|")});
        row("CHF apostrophes",
            "120'000 - 140'000 CHF per year",
            {s("||CHF|year|12000000|14000000|")});
        row("AUD", "AUD 130,000 - 150,000 per year", {s("||AUD|year|13000000|15000000|")});
        row("A$ k", "A$110k - A$130k per year", {s("||AUD|year|11000000|13000000|")});
        row("yen", "¥8,000,000 - ¥10,000,000 per year", {s("||JPY|year|8000000|10000000|")});
        row("JPY code", "JPY 6,500,000 to 8,000,000 annually", {s("||JPY|year|6500000|8000000|")});
        row("rupees in lakh grouping",
            "₹12,00,000 - ₹18,50,000 per annum",
            {s("||INR|year|120000000|185000000|")});
        row("period label is not a place",
            "Annual: $70,000 - $80,000",
            {s("||USD|year|7000000|8000000|")});
        row("target label is not a place",
            "Target total: $70,000 - $80,000 per year",
            {s("||USD|year|7000000|8000000|")});
        row("USD code then bare second",
            "USD 100,000 - 150,000 per year",
            {s("||USD|year|10000000|15000000|")});
        // Notes
        row("plus equity",
            "$150,000 - $180,000 per year plus equity",
            {s("||USD|year|15000000|18000000|plus equity")});
        row("+ bonus",
            "$130k - $160k per year + bonus",
            {s("||USD|year|13000000|16000000|plus bonus")});
        row("and benefits",
            "$90,000 - $100,000 annually and benefits",
            {s("||USD|year|9000000|10000000|plus benefits")});
        row("OTE",
            "OTE $200,000 - $240,000 per year (50/50 base and commission)",
            {s("||USD|year|20000000|24000000|OTE (on-target earnings); plus commission")});
        row("on-target earnings",
            "On-target earnings of $180k - $220k per year plus equity",
            {s("||USD|year|18000000|22000000|OTE (on-target earnings); plus equity")});
        // Zones, locations, levels
        row("zone",
            "Zone A: $150,000 - $180,000 per year",
            {s("|Zone A|USD|year|15000000|18000000|")});
        row("tier",
            "Tier 2 locations: $130,000 - $160,000 per year",
            {s("|Tier 2|USD|year|13000000|16000000|")});
        row("city label",
            "New York City: $140,000 - $175,000 per year",
            {s("|New York City|USD|year|14000000|17500000|")});
        row("in state",
            "In California the range is $125,000 to $155,000 per year.",
            {s("|California|USD|year|12500000|15500000|")});
        row("in city after",
            "The salary is $95,000 to $120,000 in New York.",
            {s("|New York|USD|year|9500000|12000000|")});
        row("places after each range",
            "The salary range is $95,000 to $120,000 in California, $105,000 to $130,000 in New "
            "York.",
            {s("|California|USD|year|9500000|12000000|"),
             s("|New York|USD|year|10500000|13000000|")});
        row("places before each range",
            "In California the range is $125,000 to $155,000 per year, and in New York it is "
            "$135,000 to $165,000 per year.",
            {s("|California|USD|year|12500000|15500000|"),
             s("|New York|USD|year|13500000|16500000|")});
        row("level label",
            "L5: $180,000 - $220,000 per year",
            {s("L5||USD|year|18000000|22000000|")});
        row("two levels one line",
            "Junior: $60,000 - $70,000; Senior: $90,000 - $110,000 per year",
            {s("Junior||USD|year|6000000|7000000|"), s("Senior||USD|year|9000000|11000000|")});
        row("seed IC3 line",
            "Compensation Software Engineering IC3 – typical base pay range across the U.S. is USD "
            "$100,600 - $199,000 per year. Some locations (San Francisco Bay Area and New York "
            "City "
            "metro) have different ranges: USD $131,400 - $215,400 per year.",
            {s("IC3|U.S. typical|USD|year|10060000|19900000|"),
             s("IC3|San Francisco Bay Area and New York City metro|USD|year|13140000|21540000|")});
        row("seed IC4 line",
            "Software Engineering IC4 – typical base pay range across the U.S. is USD $119,800 - "
            "$234,700 per year. Some locations have different ranges: USD $158,400 - $258,000 per "
            "year.",
            {s("IC4|U.S. typical|USD|year|11980000|23470000|"),
             s("IC4|Some locations|USD|year|15840000|25800000|")},
            {s("does not name the locations")});
        // Single figures
        row("up to",
            "Salary up to $90,000 per year.",
            {s("||USD|year|9000000|9000000|open-ended: up to")},
            {s("open-ended")});
        row("starting at",
            "Starting at $25 per hour",
            {s("||USD|hour|2500|2500|open-ended: starting at")},
            {s("open-ended")});
        row("and up",
            "Base: $150,000 and up per year",
            {s("||USD|year|15000000|15000000|open-ended: and up")},
            {s("open-ended")});
        row("single stated figure",
            "The salary for this role is $85,000 per year.",
            {s("||USD|year|8500000|8500000|single figure")});
        // Doubts and refusals
        row("min above max",
            "$150,000 - $120,000 per year",
            {s("||USD|year|12000000|15000000|")},
            {s("swapped")});
        row("mixed currencies", "$100,000 - €120,000 per year", {}, {s("mixes currencies")});
        row("mixed code and symbol", "EUR £50,000 - £60,000 per year", {}, {s("mixes currencies")});
        row("no pay", "We offer great benefits and 25 days of leave.", {});
        row("stipend is not pay", "Learning stipend of $1,500 per year.", {});
        row("years are not pay", "5+ years of experience with C++ and 2 years in management", {});
        row("funding is not pay", "We raised $40,000,000 in 2024 and pay well.", {});
        row("millions are not pay",
            "Backed by $20M from investors; we pay a competitive salary.",
            {});
        row("period on both ends", "$50/hr - $60/hr", {s("||USD|hour|5000|6000|")});
        row("signing bonus is not a band",
            "Salary: $100,000 - $120,000 per year, plus a $5,000 signing bonus.",
            {s("||USD|year|10000000|12000000|")});
        row("bare numbers are not pay", "Between 2020 - 2024 we grew from 10 to 50 people.", {});
    }

    void parseLine()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, bands);
        QFETCH(QStringList, warnings);
        const PayStatementResult result = PayStatementParser::parseLine(input, 7);
        QStringList actual;
        for (const PayBand &b : result.bands) {
            actual << describe(b);
            QVERIFY(!b.id.isNull());
            QVERIFY(!b.sourceText.isEmpty());
        }
        QCOMPARE(actual, bands);
        QStringList actualWarnings;
        for (const ImportWarning &w : result.warnings) {
            actualWarnings << w.message;
            QCOMPARE(w.line, 7);
        }
        QCOMPARE(actualWarnings.size(), warnings.size());
        for (int i = 0; i < warnings.size(); ++i)
            QVERIFY2(actualWarnings.at(i).contains(warnings.at(i)),
                     qPrintable(actualWarnings.at(i)));
    }

    void seedLineCarriesJobFamily()
    {
        const PayStatementResult r = PayStatementParser::parseLine(
                QStringLiteral("Software Engineering IC4 – typical base pay range across the U.S. "
                               "is USD $119,800 - $234,700 per year."),
                1);
        QCOMPARE(r.bands.size(), 1);
        QCOMPARE(r.bands.first().jobFamily, QStringLiteral("Software Engineering"));
    }

    void parseDropsRepeatedLines()
    {
        const QString line = QStringLiteral("Zone A: $150,000 - $180,000 per year");
        const QString text
                = line + u'\n' + QStringLiteral("Zone B: $135,000 - $162,000 per year\n") + line;
        const PayStatementResult r = PayStatementParser::parse(text, 1);
        QCOMPARE(r.bands.size(), 2);
        QCOMPARE(r.bands.at(1).location, QStringLiteral("Zone B"));
        QVERIFY(r.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPayStatementParser)
#include "tst_paystatementparser.moc"
