// Lever postings JSON edge cases: salaryRange intervals, exact decimals, shapes.
#include "core/import/leverjsonimporter.h"

#include <QTest>

using namespace Reqdesk::Core;

class TestLeverJsonImporter : public QObject
{
    Q_OBJECT

private slots:
    void salaryRange_data()
    {
        QTest::addColumn<QByteArray>("salary");
        QTest::addColumn<QString>("band");    // currency|period|min|max, empty for none
        QTest::addColumn<QString>("warning"); // a word of the expected warning, empty for none
        QTest::newRow("year") << QByteArray(
                R"({"min": 90000, "max": 110000, "currency": "USD", "interval": "per-year-salary"})")
                              << "USD|year|9000000|11000000"
                              << "";
        QTest::newRow("hour decimals") << QByteArray(
                R"({"min": 21.25, "max": 24.5, "currency": "usd", "interval": "per-hour-wage"})")
                                       << "USD|hour|2125|2450"
                                       << "";
        QTest::newRow("month") << QByteArray(
                R"({"min": 5000, "max": 6000, "currency": "EUR", "interval": "per-month-salary"})")
                               << "EUR|month|500000|600000"
                               << "";
        QTest::newRow("yen") << QByteArray(
                R"({"min": 5000000, "max": 7000000, "currency": "JPY", "interval": "per-year-salary"})")
                             << "JPY|year|5000000|7000000"
                             << "";
        QTest::newRow("swapped") << QByteArray(
                R"({"min": 120000, "max": 100000, "currency": "GBP", "interval": "per-year-salary"})")
                                 << "GBP|year|10000000|12000000"
                                 << "swapped";
        QTest::newRow("unknown interval") << QByteArray(
                R"({"min": 1000, "max": 2000, "currency": "USD", "interval": "one-time"})")
                                          << ""
                                          << "interval";
        QTest::newRow("unknown currency") << QByteArray(
                R"({"min": 1000, "max": 2000, "currency": "ZZZ", "interval": "per-year-salary"})")
                                          << ""
                                          << "currency";
        QTest::newRow("too many decimals") << QByteArray(
                R"({"min": 20.125, "max": 25, "currency": "USD", "interval": "per-hour-wage"})")
                                           << ""
                                           << "exact";
        QTest::newRow("not a number") << QByteArray(
                R"({"min": "lots", "max": 25, "currency": "USD", "interval": "per-hour-wage"})")
                                      << ""
                                      << "exact";
    }

    void salaryRange()
    {
        QFETCH(QByteArray, salary);
        QFETCH(QString, band);
        QFETCH(QString, warning);
        const Result<ImportResult> r = LeverJsonImporter::import(
                R"([{"id": "p1", "text": "Welder", "descriptionPlain": "Weld.", "salaryRange": )"
                + salary + "}]");
        QVERIFY(r.ok());
        const QList<PayBand> &bands = r->requisitions.first().bands;
        if (band.isEmpty()) {
            QVERIFY(bands.isEmpty());
        } else {
            QCOMPARE(bands.size(), 1);
            const PayBand &b = bands.first();
            QCOMPARE(QStringList({b.currency,
                                  periodName(b.period),
                                  QString::number(b.minMinor),
                                  QString::number(b.maxMinor)})
                             .join(u'|'),
                     band);
        }
        QStringList messages;
        for (const ImportWarning &w : r->warnings)
            messages << w.message;
        if (warning.isEmpty()) {
            QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        } else {
            QVERIFY2(messages.join(u'\n').contains(warning), qPrintable(messages.join(u'\n')));
        }
    }

    void shapes()
    {
        const QByteArray posting = R"({"id": "p1", "text": "Welder"})";
        QCOMPARE(LeverJsonImporter::import("[" + posting + "]")->requisitions.size(), 1);
        QCOMPARE(LeverJsonImporter::import(posting)->requisitions.size(), 1);
        QCOMPARE(LeverJsonImporter::import(R"({"data": [)" + posting + "," + posting + "]}")
                         ->requisitions.size(),
                 2);
        QVERIFY(LeverJsonImporter::import("[]")->requisitions.isEmpty());
    }

    void descriptionHtmlWhenNoPlainText()
    {
        const Result<ImportResult> r = LeverJsonImporter::import(
                R"({"text": "Welder", "description": "<p>Weld <b>bridges</b>.</p>",
                    "lists": [{"text": "Requirements", "content": "<li>A licence.</li>"}],
                    "additional": "<p>Pay: $30 - $35 per hour.</p>"})");
        QVERIFY(r.ok());
        const Requisition &req = r->requisitions.first();
        // "additional" prose follows the description in the overview, pay sentence included.
        QCOMPARE(req.sections.overview,
                 QStringLiteral("Weld bridges.\n\nPay: $30 - $35 per hour."));
        QCOMPARE(req.sections.requiredQualifications, QStringList{QStringLiteral("A licence.")});
        QCOMPARE(req.bands.size(), 1);
        QCOMPARE(req.bands.first().minMinor, qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestLeverJsonImporter)
#include "tst_leverjsonimporter.moc"
