#include "core/requisitionexport.h"

#include <QJsonArray>
#include <QTest>

using namespace Reqdesk::Core;

class tst_RequisitionExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDocumentedShape();
    void jsonAmountsAreMajorUnits();
    void csvOneRowPerBand();
    void csvWithoutBands();
    void csvField_data();
    void csvField();

private:
    static Requisition sample();
};

Requisition tst_RequisitionExport::sample()
{
    Requisition r;
    r.id = QUuid(QStringLiteral("{3f1c2a4e-8b7d-4c2a-9e1f-0a1b2c3d4e5f}"));
    r.title = QStringLiteral("Data Engineer, Payments");
    r.company = QStringLiteral("Acme \"Rockets\"");
    r.status = RequisitionStatus::Open;
    r.level = QStringLiteral("IC4");
    r.org = QStringLiteral("Finance");
    r.locations = {QStringLiteral("Toronto, ON"), QStringLiteral("Remote - Canada")};
    r.sections.responsibilities = {QStringLiteral("Build pipelines.")};
    r.sections.requiredQualifications = {QStringLiteral("SQL.")};
    r.sections.preferredQualifications = {QStringLiteral("Kafka.")};
    PayBand year;
    year.level = QStringLiteral("IC4");
    year.location = QStringLiteral("Toronto");
    year.currency = QStringLiteral("CAD");
    year.period = Period::Year;
    year.minMinor = 12'000'000;
    year.maxMinor = 15'500'000;
    PayBand hour;
    hour.level = QStringLiteral("IC4");
    hour.location = QStringLiteral("Contract");
    hour.currency = QStringLiteral("CAD");
    hour.period = Period::Hour;
    hour.minMinor = 4550;
    hour.maxMinor = 6000;
    r.bands = {year, hour};
    return r;
}

void tst_RequisitionExport::jsonHasTheDocumentedShape()
{
    const QJsonObject json = RequisitionExport::toJson(
            sample(),
            {ExportFlag{QStringLiteral("ontario-range-width"), QStringLiteral("too wide")}});
    QCOMPARE(json.value(QStringLiteral("id")).toString(),
             QStringLiteral("3f1c2a4e-8b7d-4c2a-9e1f-0a1b2c3d4e5f"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(json.value(QStringLiteral("locations")).toArray().size(), 2);
    const QJsonObject quals = json.value(QStringLiteral("qualifications")).toObject();
    QCOMPARE(quals.value(QStringLiteral("required")).toArray().first().toString(),
             QStringLiteral("SQL."));
    QCOMPARE(quals.value(QStringLiteral("preferred")).toArray().first().toString(),
             QStringLiteral("Kafka."));
    const QJsonObject flag = json.value(QStringLiteral("flags")).toArray().first().toObject();
    QCOMPARE(flag.value(QStringLiteral("rule")).toString(), QStringLiteral("ontario-range-width"));
    QCOMPARE(flag.value(QStringLiteral("message")).toString(), QStringLiteral("too wide"));
}

void tst_RequisitionExport::jsonAmountsAreMajorUnits()
{
    const QJsonArray bands
            = RequisitionExport::toJson(sample(), {}).value(QStringLiteral("bands")).toArray();
    QCOMPARE(bands.size(), 2);
    const QJsonObject year = bands.at(0).toObject();
    QCOMPARE(year.value(QStringLiteral("min")).toDouble(), 120000.0);
    QCOMPARE(year.value(QStringLiteral("max")).toDouble(), 155000.0);
    QCOMPARE(year.value(QStringLiteral("period")).toString(), QStringLiteral("year"));
    const QJsonObject hour = bands.at(1).toObject();
    QCOMPARE(hour.value(QStringLiteral("min")).toDouble(), 45.5);
    QCOMPARE(hour.value(QStringLiteral("currency")).toString(), QStringLiteral("CAD"));
    QCOMPARE(hour.value(QStringLiteral("period")).toString(), QStringLiteral("hour"));
}

void tst_RequisitionExport::csvOneRowPerBand()
{
    const QStringList rows = RequisitionExport::csvRows(sample(), {});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0),
             QStringLiteral("3f1c2a4e-8b7d-4c2a-9e1f-0a1b2c3d4e5f,\"Data Engineer, Payments\","
                            "\"Acme \"\"Rockets\"\"\",open,Finance,Toronto, ON; Remote - Canada,"
                            "IC4,Toronto,CAD,year,120000,155000,")
                     .replace(QStringLiteral("Toronto, ON; Remote - Canada"),
                              QStringLiteral("\"Toronto, ON; Remote - Canada\"")));
    QVERIFY(rows.at(1).endsWith(QStringLiteral(",CAD,hour,45.50,60,")));
    QCOMPARE(RequisitionExport::csvHeader().count(u','),
             rows.at(0).count(u',') - 2); // two quoted commas
}

void tst_RequisitionExport::csvWithoutBands()
{
    Requisition r = sample();
    r.bands.clear();
    const QStringList rows
            = RequisitionExport::csvRows(r, {ExportFlag{QStringLiteral("nyc-range"), QString()}});
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().endsWith(QStringLiteral(",,,,,,nyc-range")));
}

void tst_RequisitionExport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "IC3"
                           << "IC3";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("formula") << "=SUM(A1)"
                             << "'=SUM(A1)";
    QTest::newRow("at formula") << "@cmd"
                                << "'@cmd";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_RequisitionExport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(RequisitionExport::csvField(value), expected);
}

QTEST_GUILESS_MAIN(tst_RequisitionExport)
#include "tst_requisitionexport.moc"
