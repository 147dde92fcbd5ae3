#include "gui/displaytext.h"

#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_DisplayText : public QObject
{
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00A0));
        QTest::newRow("us dollars in the US")
                << "en_US" << qint64(10060000) << "USD" << QStringLiteral("$100,600");
        QTest::newRow("euros in the US")
                << "en_US" << qint64(4280000) << "EUR" << QString(u"EUR" + nbsp + u"42,800");
        QTest::newRow("cents stay") << "en_US" << qint64(5250) << "USD" << QStringLiteral("$52.50");
        QTest::newRow("euros in Germany")
                << "de_DE" << qint64(4280050) << "EUR" << QString(u"42.800,50" + nbsp + u"€");
        QTest::newRow("dollars in Germany")
                << "de_DE" << qint64(10060000) << "USD" << QString(u"100.600" + nbsp + u"USD");
        QTest::newRow("yen have no minor unit")
                << "ja_JP" << qint64(5000000) << "JPY" << QStringLiteral("￥5,000,000");
    }

    void money()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::money(minor, currency, QLocale(locale)), expected);
    }

    void noCurrencyNoText() { QVERIFY(DisplayText::money(100, QString()).isEmpty()); }

    void errorsInWords()
    {
        const QString text = DisplayText::error(
                Core::Error{Core::ErrorCode::DatabaseNotReqdesk, QStringLiteral("not sqlite"), 0});
        QVERIFY(text.contains(QStringLiteral("untouched")));
        QCOMPARE(DisplayText::error(
                         Core::Error{Core::ErrorCode::ParseError, QStringLiteral("no title"), 4}),
                 QStringLiteral("Line 4: no title"));
    }

    void statusesHaveWords()
    {
        QCOMPARE(DisplayText::status(Core::RequisitionStatus::OnHold), QStringLiteral("On hold"));
        QCOMPARE(DisplayText::period(Core::Period::Hour), QStringLiteral("per hour"));
    }
};

QTEST_MAIN(tst_DisplayText)
#include "tst_displaytext.moc"
