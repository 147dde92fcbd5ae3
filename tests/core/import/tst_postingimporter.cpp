// Whole postings (tests/data/postings, written for these tests) through the single entry point.
#include "core/import/postingformatdetector.h"
#include "core/import/postingimporter.h"

#include <QFile>
#include <QTest>

using namespace Reqdesk::Core;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(REQDESK_TEST_DATA_DIR "/postings/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

ImportResult importFixture(const char *name)
{
    const QByteArray data = fixture(name);
    const QString fileName = QString::fromUtf8(name);
    const PostingFormat format = PostingFormatDetector::detect(data, fileName);
    Result<ImportResult> result = PostingImporter::import(data, format, fileName);
    if (!result)
        qFatal("import of %s failed: %s", name, qPrintable(result.error().message()));
    return std::move(result).value();
}

QString band(const PayBand &b)
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

QStringList bands(const Requisition &r)
{
    QStringList out;
    for (const PayBand &b : r.bands)
        out << band(b);
    return out;
}

bool hasWarning(const ImportResult &r, const QString &text)
{
    for (const ImportWarning &w : r.warnings) {
        if (w.message.contains(text))
            return true;
    }
    return false;
}

// Everything a person reads, ids aside, for comparing two imports of one posting.
QString facts(const Requisition &r)
{
    QStringList f{r.title,
                  r.company,
                  r.org,
                  r.team,
                  r.locations.join(u';'),
                  r.employmentType,
                  r.workplaceType,
                  r.sections.overview,
                  r.sections.responsibilities.join(u';'),
                  r.sections.requiredQualifications.join(u';'),
                  r.sections.preferredQualifications.join(u';'),
                  r.sections.otherRequirements.join(u';'),
                  r.sections.benefits.join(u';'),
                  r.closesOn.toString(Qt::ISODate)};
    f += bands(r);
    return f.join(u'\n');
}

} // namespace

class TestPostingImporter : public QObject
{
    Q_OBJECT

private slots:
    void zonesTable()
    {
        const ImportResult result = importFixture("zones-backend-engineer.txt");
        QCOMPARE(result.requisitions.size(), 1);
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Senior Backend Engineer"));
        QCOMPARE(r.company, QStringLiteral("Larkspur Freight"));
        QCOMPARE(r.team, QStringLiteral("Routing Platform"));
        QCOMPARE(r.locations,
                 QStringList({QStringLiteral("Denver, CO"),
                              QStringLiteral("Austin, TX"),
                              QStringLiteral("Remote (US)")}));
        QCOMPARE(r.workplaceType, QStringLiteral("hybrid"));
        QCOMPARE(r.employmentType, QStringLiteral("full_time"));
        QCOMPARE(r.closesOn, QDate(2026, 3, 15));
        QCOMPARE(r.status, RequisitionStatus::Draft);
        QCOMPARE(bands(r),
                 QStringList({QStringLiteral("|Zone A|USD|year|16800000|19800000|"),
                              QStringLiteral("|Zone B|USD|year|15100000|17800000|"),
                              QStringLiteral("|Zone C|USD|year|13400000|15800000|")}));
        QCOMPARE(r.sections.responsibilities.size(), 3);
        QCOMPARE(r.sections.requiredQualifications.size(), 2);
        QCOMPARE(r.sections.preferredQualifications,
                 QStringList{QStringLiteral("Experience with vehicle routing problems.")});
        QCOMPARE(r.sections.benefits.size(), 2);
        QVERIFY(r.sections.overview.startsWith(QStringLiteral("Larkspur Freight moves pallets")));
        QVERIFY(result.warnings.isEmpty());
    }

    void hourlyPartTime()
    {
        const ImportResult result = importFixture("warehouse-associate-hourly.txt");
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Warehouse Associate (Nights)"));
        QCOMPARE(r.company, QStringLiteral("Pinecrest Supply"));
        QCOMPARE(r.employmentType, QStringLiteral("part_time"));
        QCOMPARE(r.workplaceType, QStringLiteral("onsite"));
        QCOMPARE(bands(r), QStringList{QStringLiteral("||USD|hour|1950|2325|")});
        QCOMPARE(r.sections.responsibilities.size(), 3);
        QCOMPARE(r.sections.requiredQualifications.size(), 2);
    }

    void canadianDollars()
    {
        const ImportResult result = importFixture("data-analyst-toronto.txt");
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Data Analyst II"));
        QCOMPARE(bands(r), QStringList{QStringLiteral("||CAD|year|8500000|10000000|")});
        QCOMPARE(r.sections.responsibilities.size(), 2);
        QCOMPARE(r.sections.requiredQualifications.size(), 2);
    }

    void poundsWithBonus()
    {
        const ImportResult result = importFixture("product-designer-london.txt");
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.company, QStringLiteral("Hollybush Health"));
        QCOMPARE(r.workplaceType, QStringLiteral("hybrid"));
        QCOMPARE(bands(r), QStringList{QStringLiteral("||GBP|year|5800000|7200000|plus bonus")});
        QCOMPARE(r.sections.benefits.size(), 1);
    }

    void kNotationAndAttachedOr()
    {
        const ImportResult result = importFixture("ml-engineer-k.txt");
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Machine Learning Engineer"));
        QCOMPARE(r.company, QStringLiteral("Quillfeather Labs"));
        QCOMPARE(r.workplaceType, QStringLiteral("remote"));
        QCOMPARE(bands(r), QStringList{QStringLiteral("||USD|year|16500000|21000000|plus equity")});
        QCOMPARE(r.sections.requiredQualifications,
                 QStringList({QStringLiteral("MS in computer science or related field. OR "
                                             "equivalent practical experience."),
                              QStringLiteral("3+ years with PyTorch.")}));
        QCOMPARE(r.sections.responsibilities.size(), 2);
        QCOMPARE(r.sections.preferredQualifications.size(), 1);
        QCOMPARE(r.sections.overview,
                 QStringLiteral(
                         "Quillfeather Labs trains small language models for legal drafting."));
    }

    void oteSalesRole()
    {
        const ImportResult result = importFixture("account-executive-ote.txt");
        const Requisition &r = result.requisitions.first();
        QCOMPARE(bands(r),
                 QStringList({QStringLiteral("||USD|year|8500000|9500000|"),
                              QStringLiteral("||USD|year|17000000|19000000|OTE (on-target "
                                             "earnings); plus commission")}));
    }

    void noPay()
    {
        const ImportResult result = importFixture("office-manager-nopay.txt");
        const Requisition &r = result.requisitions.first();
        QVERIFY(r.bands.isEmpty());
        QVERIFY(hasWarning(result, QStringLiteral("no pay range stated")));
        QCOMPARE(r.sections.benefits.size(), 1);
    }

    void repeatedBlocksImportOnce()
    {
        const ImportResult result = importFixture("support-engineer-repeated.txt");
        QCOMPARE(result.requisitions.size(), 1);
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Support Engineer"));
        QCOMPARE(r.company, QStringLiteral("Fernhill Software"));
        QCOMPARE(r.locations, QStringList{QStringLiteral("Remote (Canada)")});
        QCOMPARE(r.workplaceType, QStringLiteral("remote"));
        QCOMPARE(bands(r), QStringList{QStringLiteral("||CAD|year|6800000|8000000|")});
        QCOMPARE(r.sections.responsibilities.size(), 2);
        QCOMPARE(r.sections.requiredQualifications.size(), 1);
        QCOMPARE(r.sections.overview.count(QStringLiteral("Fernhill Software makes")), 1);
        QVERIFY(!r.sections.overview.contains(QStringLiteral("Show more")));
        QVERIFY(!r.sections.overview.contains(QStringLiteral("Support Engineer")));
        QVERIFY(result.warnings.isEmpty());
    }

    void htmlAndTextGiveTheSameRequisition()
    {
        const ImportResult text = importFixture("sre-pair.txt");
        const ImportResult html = importFixture("sre-pair.html");
        QCOMPARE(html.requisitions.size(), 1);
        QCOMPARE(facts(html.requisitions.first()), facts(text.requisitions.first()));
        const Requisition &r = html.requisitions.first();
        QCOMPARE(bands(r),
                 QStringList({QStringLiteral("|New York City|USD|year|15000000|18500000|"),
                              QStringLiteral("|Other US locations|USD|year|13200000|16300000|")}));
        QCOMPARE(
                r.sections.benefits,
                QStringList{QStringLiteral("Fully paid health cover & a yearly learning budget.")});
        QVERIFY(r.sections.overview.contains(QStringLiteral("cafés")));
    }

    void htmlPageWithTableAndBreadcrumbs()
    {
        const ImportResult result = importFixture("field-technician-table.html");
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Field Service Technician"));
        QCOMPARE(r.company, QStringLiteral("Brookfield Solar"));
        QCOMPARE(r.employmentType, QStringLiteral("full_time"));
        QCOMPARE(r.closesOn, QDate(2026, 4, 30));
        QCOMPARE(bands(r),
                 QStringList({QStringLiteral("|Tier 1|USD|hour|3100|3850|"),
                              QStringLiteral("|Tier 2|USD|hour|2750|3400|")}));
        QCOMPARE(r.sections.responsibilities.size(), 2);
        QCOMPARE(r.sections.requiredQualifications,
                 QStringList({QStringLiteral("A valid driver’s licence."),
                              QStringLiteral("Comfort working at heights.")}));
        QVERIFY(!r.sections.overview.contains(QStringLiteral("Your name")));
    }

    void markdownPaste()
    {
        const ImportResult result = importFixture("data-scientist-markdown.txt");
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Senior Data Scientist"));
        QCOMPARE(r.company, QStringLiteral("Orchard Bio"));
        QCOMPARE(r.locations, QStringList{QStringLiteral("Boston, MA (Hybrid)")});
        QCOMPARE(r.workplaceType, QStringLiteral("hybrid"));
        QCOMPARE(r.closesOn, QDate(2026, 6, 1));
        QCOMPARE(r.sections.responsibilities,
                 QStringList({QStringLiteral("Build yield models."),
                              QStringLiteral("Present results to growers.")}));
        // The closing-date line is held in closesOn, not listed as a requirement.
        QCOMPARE(r.sections.requiredQualifications,
                 QStringList(
                         {QStringLiteral("PhD or MS in statistics."), QStringLiteral("Python.")}));
        QCOMPARE(bands(r),
                 QStringList{
                         QStringLiteral("||USD|year|14000000|17000000|plus equity; plus bonus")});
        QCOMPARE(r.sections.overview,
                 QStringLiteral("We model crop yields from satellite images."));
        QVERIFY(result.warnings.isEmpty());
    }

    void greenhouseBoard()
    {
        const ImportResult result = importFixture("greenhouse-board.json");
        QCOMPARE(result.requisitions.size(), 3);

        const Requisition &data = result.requisitions.at(0);
        QCOMPARE(data.title, QStringLiteral("Staff Data Engineer"));
        QCOMPARE(data.externalId, QStringLiteral("4018223007"));
        QCOMPARE(data.sourceUrl,
                 QStringLiteral("https://boards.example.test/ashgrove/jobs/4018223007"));
        QCOMPARE(data.status, RequisitionStatus::Open);
        QCOMPARE(data.team, QStringLiteral("Data Platform"));
        QCOMPARE(data.locations,
                 QStringList({QStringLiteral("Seattle, WA"), QStringLiteral("Remote (US)")}));
        QCOMPARE(data.postedOn, QDate(2026, 1, 5));
        QVERIFY(data.workplaceType.isEmpty()); // Seattle or remote: not a remote job
        // The content repeats the Seattle range: one band, taken from pay_input_ranges.
        QCOMPARE(bands(data),
                 QStringList({QStringLiteral("|Seattle|USD|year|19000000|23000000|Base salary; "
                                             "equity is offered on top."),
                              QStringLiteral("|Remote (US)|USD|year|17100000|20700000|")}));
        QCOMPARE(data.sections.responsibilities.size(), 2);
        QCOMPARE(data.sections.requiredQualifications.size(), 1);
        QVERIFY(data.sections.overview.startsWith(QStringLiteral("Ashgrove Outdoor sells")));

        const Requisition &retail = result.requisitions.at(1);
        QCOMPARE(bands(retail),
                 QStringList{QStringLiteral("||USD|hour|1850|2200|Paid per hour, plus "
                                            "store discount.")});
        QCOMPARE(retail.sections.responsibilities.size(), 2);

        // No ranges: the pay statement in the content is the band.
        const Requisition &care = result.requisitions.at(2);
        QCOMPARE(bands(care), QStringList{QStringLiteral("||CAD|year|7200000|8400000|")});
        QCOMPARE(care.locations, QStringList{QStringLiteral("Toronto, ON")});
    }

    void greenhouseSingleJobSwapsMinMax()
    {
        const ImportResult result = importFixture("greenhouse-single-job.json");
        QCOMPARE(result.requisitions.size(), 1);
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.title, QStringLiteral("Junior QA Analyst"));
        QCOMPARE(bands(r), QStringList{QStringLiteral("|UK|GBP|year|2600000|3000000|")});
        QVERIFY(hasWarning(result, QStringLiteral("swapped")));
    }

    void leverArray()
    {
        const ImportResult result = importFixture("lever-postings.json");
        QCOMPARE(result.requisitions.size(), 2);
        const Requisition &backend = result.requisitions.at(0);
        QCOMPARE(backend.title, QStringLiteral("Backend Engineer, Payments"));
        QCOMPARE(backend.externalId, QStringLiteral("7a1c2b9e-1d2f-4a7b-9b8e-0c1d2e3f4a5b"));
        QCOMPARE(backend.sourceUrl, QStringLiteral("https://jobs.example.test/saltmarsh/7a1c2b9e"));
        QCOMPARE(backend.team, QStringLiteral("Payments"));
        QCOMPARE(backend.org, QStringLiteral("Engineering"));
        QCOMPARE(backend.locations,
                 QStringList({QStringLiteral("Lisbon"), QStringLiteral("Porto")}));
        QCOMPARE(backend.employmentType, QStringLiteral("full_time"));
        QCOMPARE(backend.workplaceType, QStringLiteral("hybrid"));
        QCOMPARE(backend.status, RequisitionStatus::Open);
        QCOMPARE(backend.postedOn, QDate(2026, 1, 1));
        QCOMPARE(bands(backend), QStringList{QStringLiteral("||EUR|year|6000000|7800000|")});
        QCOMPARE(backend.sections.responsibilities.size(), 2);
        QCOMPARE(backend.sections.requiredQualifications.size(), 2);
        QCOMPARE(backend.sections.preferredQualifications,
                 QStringList{QStringLiteral("Experience with SEPA.")});
        QVERIFY(backend.sections.overview.startsWith(QStringLiteral("Saltmarsh Bank")));

        const Requisition &support = result.requisitions.at(1);
        QCOMPARE(support.employmentType, QStringLiteral("part_time"));
        QCOMPARE(support.workplaceType, QStringLiteral("remote"));
        QCOMPARE(bands(support), QStringList{QStringLiteral("||USD|hour|2150|2600|")});
        QVERIFY(result.warnings.isEmpty());
    }

    void leverSingleMonthly()
    {
        const ImportResult result = importFixture("lever-single.json");
        QCOMPARE(result.requisitions.size(), 1);
        const Requisition &r = result.requisitions.first();
        QCOMPARE(r.employmentType, QStringLiteral("contract"));
        QCOMPARE(r.status, RequisitionStatus::Closed);
        QCOMPARE(r.workplaceType, QStringLiteral("onsite"));
        QCOMPARE(bands(r), QStringList{QStringLiteral("||CHF|month|950000|1100000|")});
        QCOMPARE(r.sections.otherRequirements,
                 QStringList{QStringLiteral("Markdown and a static site generator.")});
        QVERIFY(hasWarning(result, QStringLiteral("Tools we use")));
        QVERIFY(r.sections.overview.contains(QStringLiteral("open banking")));
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("detail");

        QTest::newRow("empty text") << QByteArray() << "text" << 1 << "empty";
        QTest::newRow("blank text") << QByteArray("  \n\n\t \n") << "text" << 1 << "empty";
        QTest::newRow("empty json") << QByteArray("\n") << "greenhouse" << 1 << "empty";
        QTest::newRow("binary garbage") << QByteArray("Title: Welder\n\x00\x01\x02\x03\xff", 20)
                                        << "text" << 2 << "not text";
        QTest::newRow("invalid utf-8") << QByteArray("Welder\nGood line\nBad \xc3\x28 byte\n")
                                       << "text" << 3 << "not valid UTF-8";
        QTest::newRow("binary as html")
                << QByteArray("\x89PNG\r\n\x1a\n", 8) << "html" << 1 << "not text";
        QTest::newRow("text without title") << QByteArray("\n\nResponsibilities\n- Weld frames.\n")
                                            << "text" << 3 << "no job title";
        QTest::newRow("html without content")
                << QByteArray("<html><head><title>Careers</title></head><body></body></html>")
                << "html" << 1 << "empty";
        QTest::newRow("broken greenhouse json")
                << QByteArray("{\n  \"jobs\": [\n    {\"title\": \"Welder\",\n  ]\n}\n")
                << "greenhouse" << 4 << "broken JSON";
        QTest::newRow("truncated json")
                << QByteArray("{\"jobs\": [") << "greenhouse" << 1 << "broken JSON";
        QTest::newRow("broken lever json")
                << QByteArray("[\n  {\"text\": \"Welder\"},\n  {\"text\": }\n]") << "lever" << 3
                << "broken JSON";
        QTest::newRow("greenhouse wrong shape")
                << QByteArray("[1, 2]") << "greenhouse" << 1 << "not a Greenhouse job board";
        QTest::newRow("greenhouse job without title")
                << QByteArray("{\"jobs\": [{\"id\": 1}]}") << "greenhouse" << 1 << "jobs[0]";
        QTest::newRow("greenhouse job not object")
                << QByteArray("{\"jobs\": [{\"title\": \"A\"}, 7]}") << "greenhouse" << 1
                << "jobs[1] is not an object";
        QTest::newRow("lever wrong shape")
                << QByteArray("{\"foo\": 1}") << "lever" << 1 << "not Lever postings";
        QTest::newRow("lever element not object")
                << QByteArray("[\"x\"]") << "lever" << 1 << "postings[0] is not an object";
        QTest::newRow("lever posting without title")
                << QByteArray("[{\"text\": \"A\"}, {\"id\": \"b\"}]") << "lever" << 1
                << "postings[1]";
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, format);
        QFETCH(int, line);
        QFETCH(QString, detail);
        const Result<ImportResult> result = PostingImporter::import(
                data, *postingFormatFromName(format), QStringLiteral("x"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::ParseError);
        QCOMPARE(result.error().line, line);
        QVERIFY2(result.error().detail.contains(detail), qPrintable(result.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestPostingImporter)
#include "tst_postingimporter.moc"
