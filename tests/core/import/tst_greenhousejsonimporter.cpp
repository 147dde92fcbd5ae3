// Greenhouse job-board JSON edge cases: cents, currencies, periods, content fallbacks.
#include "core/import/greenhousejsonimporter.h"

#include <QTest>

using namespace Reqdesk::Core;

namespace {

ImportResult importOk(const QByteArray &json)
{
    Result<ImportResult> r = GreenhouseJsonImporter::import(json);
    if (!r)
        qFatal("import failed: %s", qPrintable(r.error().message()));
    return std::move(r).value();
}

} // namespace

class TestGreenhouseJsonImporter : public QObject
{
    Q_OBJECT

private slots:
    void payRanges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("period");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<QString>("location");
        QTest::newRow("usd year") << QByteArray(R"({"min_cents": 12345600, "max_cents": 15000000,
                "currency_type": "USD", "title": "NYC Pay Range"})")
                                  << "USD"
                                  << "year" << qint64(12345600) << qint64(15000000) << "NYC";
        QTest::newRow("yen has no cents")
                << QByteArray(R"({"min_cents": 600000000,
                "max_cents": 800000000, "currency_type": "JPY", "title": "Tokyo"})")
                << "JPY"
                << "year" << qint64(6000000) << qint64(8000000) << "Tokyo";
        QTest::newRow("hourly from blurb") << QByteArray(R"({"min_cents": 2500, "max_cents": 3000,
                "currency_type": "cad", "title": "", "blurb": "An hourly wage."})")
                                           << "CAD"
                                           << "hour" << qint64(2500) << qint64(3000) << "";
        QTest::newRow("monthly from title") << QByteArray(R"({"min_cents": 400000,
                "max_cents": 500000, "currency_type": "EUR", "title": "Monthly salary range"})")
                                            << "EUR"
                                            << "month" << qint64(400000) << qint64(500000) << "";
        QTest::newRow("string cents") << QByteArray(R"({"min_cents": "9000000",
                "max_cents": "9500000", "currency_type": "GBP", "title": "London Salary Range"})")
                                      << "GBP"
                                      << "year" << qint64(9000000) << qint64(9500000) << "London";
    }

    void payRanges()
    {
        QFETCH(QByteArray, range);
        QFETCH(QString, currency);
        QFETCH(QString, period);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(QString, location);
        const ImportResult r = importOk(R"({"jobs": [{"id": 1, "title": "Welder",
                "content": "", "pay_input_ranges": [)"
                                        + range + "]}]}");
        QCOMPARE(r.requisitions.size(), 1);
        const QList<PayBand> &bands = r.requisitions.first().bands;
        QCOMPARE(bands.size(), 1);
        QCOMPARE(bands.first().currency, currency);
        QCOMPARE(periodName(bands.first().period), period);
        QCOMPARE(bands.first().minMinor, min);
        QCOMPARE(bands.first().maxMinor, max);
        QCOMPARE(bands.first().location, location);
        QVERIFY(r.warnings.isEmpty());
    }

    void badRangesWarnAndMakeNoBand_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<QString>("warning");
        QTest::newRow("unknown currency")
                << QByteArray(R"({"min_cents": 1, "max_cents": 2, "currency_type": "XYZ"})")
                << "not known";
        QTest::newRow("fractional cents")
                << QByteArray(R"({"min_cents": 1.5, "max_cents": 2, "currency_type": "USD"})")
                << "not whole";
        QTest::newRow("yen cents not whole yen")
                << QByteArray(R"({"min_cents": 150, "max_cents": 250, "currency_type": "JPY"})")
                << "not whole";
        QTest::newRow("negative") << QByteArray(
                R"({"min_cents": -100, "max_cents": 200, "currency_type": "USD"})")
                                  << "not whole";
    }

    void badRangesWarnAndMakeNoBand()
    {
        QFETCH(QByteArray, range);
        QFETCH(QString, warning);
        const ImportResult r = importOk(R"({"jobs": [{"id": 1, "title": "Welder",
                "content": "", "pay_input_ranges": [)"
                                        + range + "]}]}");
        QVERIFY(r.requisitions.first().bands.isEmpty());
        bool found = false;
        for (const ImportWarning &w : r.warnings)
            found = found || w.message.contains(warning);
        QVERIFY(found);
    }

    void contentAddsOnlyNewFacts()
    {
        const ImportResult r = importOk(R"({"jobs": [{"id": 9, "title": "Welder",
            "content": "&lt;p&gt;Gary: $50,000 - $60,000 per year&lt;/p&gt;&lt;p&gt;Toledo: $45,000 - $55,000 per year&lt;/p&gt;",
            "pay_input_ranges": [{"min_cents": 5000000, "max_cents": 6000000,
                                  "currency_type": "USD", "title": "Gary Pay Range"}]}]})");
        const QList<PayBand> &bands = r.requisitions.first().bands;
        QCOMPARE(bands.size(), 2);
        QCOMPARE(bands.at(0).location, QStringLiteral("Gary"));
        QCOMPARE(bands.at(1).location, QStringLiteral("Toledo"));
        QCOMPARE(bands.at(1).minMinor, qint64(4500000));
    }

    void noPayAnywhereWarnsPerJob()
    {
        const ImportResult r = importOk(R"({"jobs": [{"id": 3, "title": "Welder",
                "content": "&lt;p&gt;Weld things.&lt;/p&gt;"}]})");
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().message, QStringLiteral("job 3: no pay range stated"));
    }

    void emptyBoardIsNotAnError()
    {
        const ImportResult r = importOk(R"({"jobs": []})");
        QVERIFY(r.requisitions.isEmpty());
        QCOMPARE(r.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGreenhouseJsonImporter)
#include "tst_greenhousejsonimporter.moc"
