#include "core/currency.h"
#include "core/money.h"
#include "core/period.h"
#include "core/requisitionstatus.h"
#include "core/stage.h"

#include <QTest>

using namespace Reqdesk::Core;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parseDecimal_data();
    void parseDecimal();
    void decimalString_data();
    void decimalString();
    void currencySymbols_data();
    void currencySymbols();
    void enumNamesRoundTrip();
    void periodAliases();
};

void tst_Money::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("plain") << "100600"
                           << "USD" << true << qint64(10060000);
    QTest::newRow("grouped") << "100,600"
                             << "USD" << true << qint64(10060000);
    QTest::newRow("cents") << "52.5"
                           << "USD" << true << qint64(5250);
    QTest::newRow("grouped cents") << "1,234,567.89"
                                   << "EUR" << true << qint64(123456789);
    QTest::newRow("yen has no minor digits") << "5,000,000"
                                             << "JPY" << true << qint64(5000000);
    QTest::newRow("yen fraction refused") << "5.5"
                                          << "JPY" << false << qint64(0);
    QTest::newRow("dinar three digits") << "1.125"
                                        << "BHD" << true << qint64(1125);
    QTest::newRow("too many fraction digits") << "1.234"
                                              << "USD" << false << qint64(0);
    QTest::newRow("bad grouping") << "10,60"
                                  << "USD" << false << qint64(0);
    QTest::newRow("letters") << "12a"
                             << "USD" << false << qint64(0);
    QTest::newRow("empty") << ""
                           << "USD" << false << qint64(0);
    QTest::newRow("two dots") << "1.2.3"
                              << "USD" << false << qint64(0);
    QTest::newRow("overflow") << "99999999999999999999"
                              << "USD" << false << qint64(0);
}

void tst_Money::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);
    const auto parsed = Money::parseDecimal(text, currency);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, minor);
}

void tst_Money::decimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(10060000) << "USD"
                           << "100600";
    QTest::newRow("cents") << qint64(5250) << "USD"
                           << "52.50";
    QTest::newRow("one cent") << qint64(1) << "USD"
                              << "0.01";
    QTest::newRow("negative") << qint64(-5250) << "USD"
                              << "-52.50";
    QTest::newRow("yen") << qint64(5000000) << "JPY"
                         << "5000000";
    QTest::newRow("min int") << std::numeric_limits<qint64>::min() << "JPY"
                             << "-9223372036854775808";
}

void tst_Money::decimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(minorToDecimalString(minor, currency), text);
}

void tst_Money::currencySymbols_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("code");
    QTest::newRow("dollar") << "$"
                            << "USD";
    QTest::newRow("canadian") << "C$"
                              << "CAD";
    QTest::newRow("pound") << "£"
                           << "GBP";
    QTest::newRow("euro") << "€"
                          << "EUR";
    QTest::newRow("iso code") << "chf"
                              << "CHF";
    QTest::newRow("unknown") << "XYZ"
                             << "";
}

void tst_Money::currencySymbols()
{
    QFETCH(QString, symbol);
    QFETCH(QString, code);
    const auto found = Currency::codeForSymbol(symbol);
    QCOMPARE(found.value_or(QString()), code);
}

void tst_Money::enumNamesRoundTrip()
{
    for (int i = 0; i <= int(Stage::Withdrawn); ++i) {
        const auto stage = Stage(i);
        QCOMPARE(stageFromName(stageName(stage)), stage);
    }
    for (int i = 0; i <= int(RequisitionStatus::Cancelled); ++i) {
        const auto status = RequisitionStatus(i);
        QCOMPARE(requisitionStatusFromName(requisitionStatusName(status)), status);
    }
    QCOMPARE(requisitionStatusFromName(u"On hold"), RequisitionStatus::OnHold);
    QVERIFY(!stageFromName(u"interview").has_value());
}

void tst_Money::periodAliases()
{
    QCOMPARE(periodFromName(u"hourly"), Period::Hour);
    QCOMPARE(periodFromName(u"Annually"), Period::Year);
    QCOMPARE(periodFromName(u"mo"), Period::Month);
    QVERIFY(!periodFromName(u"fortnight").has_value());
    for (int i = 0; i <= int(Period::Year); ++i)
        QCOMPARE(periodFromName(periodName(Period(i))), Period(i));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
