#include "core/wire/wirecodec.h"
#include "gui/conflictvaluetext.h"
#include "gui/displaytext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_ConflictValueText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void values_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("string") << QStringLiteral("title") << QJsonValue(QStringLiteral("Lead"))
                                << QStringLiteral("Lead");
        QTest::newRow("null") << QStringLiteral("title") << QJsonValue()
                              << QStringLiteral("(empty)");
        QTest::newRow("empty string")
                << QStringLiteral("team") << QJsonValue(QString()) << QStringLiteral("(empty)");
        QTest::newRow("stage") << QStringLiteral("stage")
                               << QJsonValue(QStringLiteral("recruiter_screen"))
                               << QStringLiteral("Recruiter screen");
        QTest::newRow("status") << QStringLiteral("status") << QJsonValue(QStringLiteral("on_hold"))
                                << QStringLiteral("On hold");
        QTest::newRow("count") << QStringLiteral("openings") << QJsonValue(12000)
                               << QStringLiteral("12,000");
        QTest::newRow("date") << QStringLiteral("closes_on")
                              << QJsonValue(QStringLiteral("2026-12-31"))
                              << QLocale().toString(QDate(2026, 12, 31), QLocale::LongFormat);
        QTest::newRow("list") << QStringLiteral("locations")
                              << QJsonValue(QJsonArray{QStringLiteral("Redmond"),
                                                       QStringLiteral("New York")})
                              << QStringLiteral("Redmond\nNew York");
        QTest::newRow("no items") << QStringLiteral("tags") << QJsonValue(QJsonArray())
                                  << QStringLiteral("(none)");
        QTest::newRow("money") << QStringLiteral("expected_salary")
                               << QJsonValue(Core::WireCodec::toJson(Core::Money{
                                          13050000, QStringLiteral("USD"), Core::Period::Year}))
                               << QStringLiteral("$130,500 per year");
        QTest::newRow("team") << QStringLiteral("hiring_team")
                              << QJsonValue(QJsonObject{
                                         {QStringLiteral("recruiter"), QStringLiteral("Ana")}})
                              << QStringLiteral("Recruiter: Ana");
    }

    void values()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, text);
        QCOMPARE(ConflictValueText::value(field, value), text);
    }

    void bandsReadAsRanges()
    {
        Core::PayBand band;
        band.level = QStringLiteral("IC3");
        band.location = QStringLiteral("U.S.");
        band.currency = QStringLiteral("USD");
        band.period = Core::Period::Year;
        band.minMinor = 10060000;
        band.maxMinor = 19900000;
        const QString text = ConflictValueText::value(QStringLiteral("bands"),
                                                      QJsonArray{Core::WireCodec::toJson(band)});
        QCOMPARE(text, QStringLiteral("IC3 \u00b7 U.S.: $100,600 \u2013 $199,000 per year"));
    }

    void fieldNames()
    {
        QCOMPARE(ConflictValueText::field(QStringLiteral("application"),
                                          QStringLiteral("expected_salary")),
                 QStringLiteral("Expected salary"));
        QCOMPARE(ConflictValueText::field(QString(), QStringLiteral("some_new_field")),
                 QStringLiteral("Some new field"));
        QCOMPARE(ConflictValueText::entity(QStringLiteral("candidate")),
                 QStringLiteral("Candidate"));
        QVERIFY(ConflictValueText::isFieldConflict(QStringLiteral("stage")));
        QVERIFY(!ConflictValueText::isFieldConflict(QStringLiteral("delete_edit")));
        QVERIFY(ConflictValueText::explanation(QStringLiteral("edit_delete"))
                        .contains(QStringLiteral("deleted it on the server")));
    }
};

QTEST_MAIN(tst_ConflictValueText)
#include "tst_conflictvaluetext.moc"
