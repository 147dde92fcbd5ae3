#include "core/wire/wirecodec.h"
#include "store/recordjson.h"
#include "storetestdata.h"

#include <QTest>
#include <QTimeZone>

using namespace Reqdesk;
using namespace Reqdesk::Store;
using Core::Strictness;
using Core::WireCodec;

/// Outbox payloads are wire-format changes: applied to the server's copy they give the edit.
class tst_RecordJson : public QObject
{
    Q_OBJECT

private slots:
    // timeText writes the text itself: exactly what QDateTime's ISO format with milliseconds
    // gives for the UTC time, and it reads back to the same instant.
    void timeTextIsIsoUtcWithMilliseconds_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("utc") << QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        QTest::newRow("milliseconds")
                << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 987), Qt::UTC);
        QTest::newRow("offset east")
                << QDateTime(QDate(2026, 1, 1), QTime(0, 30, 5, 7), QTimeZone(5 * 3600 + 1800));
        QTest::newRow("offset west")
                << QDateTime(QDate(2025, 12, 31), QTime(22, 1, 2, 30), QTimeZone(-8 * 3600));
        QTest::newRow("year one") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC);
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(1, 2), Qt::UTC);
        QTest::newRow("local time") << QDateTime(QDate(2026, 6, 15), QTime(12, 34, 56, 789));
    }

    void timeTextIsIsoUtcWithMilliseconds()
    {
        QFETCH(QDateTime, time);
        const QString text = RecordJson::timeText(time);
        QCOMPARE(text, time.toUTC().toString(Qt::ISODateWithMs));
        // (Years past 9999 are Qt's to format and not read back, as before.)
        if (time.toUTC().date().year() <= 9999)
            QCOMPARE(RecordJson::timeFromText(text), time);
    }

    void invalidTimeIsEmpty() { QVERIFY(RecordJson::timeText(QDateTime()).isEmpty()); }

    void bookkeepingIsNeverAChange()
    {
        const auto before = TestData::requisition(41, 2);
        auto after = before;
        after.version += 5;
        after.updatedAt = after.updatedAt.addSecs(60);
        QVERIFY(RecordJson::changedFields(WireCodec::toJson(before), WireCodec::toJson(after))
                        .isEmpty());
        const QJsonObject insert = RecordJson::insertFields(WireCodec::toJson(before));
        for (const char *key : {"id", "version", "created_at", "updated_at"})
            QVERIFY2(!insert.contains(QLatin1String(key)), key);
        QCOMPARE(insert.value(QStringLiteral("title")).toString(), before.title);
    }

    void sectionsColumnRoundTrip()
    {
        const auto r = TestData::requisition(41, 3);
        QCOMPARE(RecordJson::sectionsFromJson(RecordJson::toJson(r.sections)), r.sections);
    }

    void changedFieldsApplyOnTheWireBase()
    {
        // An outbox update applied to the server's copy gives the edited record.
        auto before = TestData::requisition(41, 1);
        auto after = before;
        after.title = QStringLiteral("Edited");
        after.employerSize.reset();
        after.bands.clear();
        after.hiringTeam.recruiter = QStringLiteral("New Recruiter");
        if (!before.employerSize)
            before.employerSize = 250;
        const QJsonObject changes
                = RecordJson::changedFields(WireCodec::toJson(before), WireCodec::toJson(after));
        const QJsonObject merged = WireCodec::applyChanges(WireCodec::toJson(before), changes);
        auto decoded = WireCodec::requisitionFromJson(merged, Strictness::Lenient);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QCOMPARE(*decoded, after);
    }
};

QTEST_GUILESS_MAIN(tst_RecordJson)
#include "tst_recordjson.moc"
