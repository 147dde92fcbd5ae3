#include "core/wire/wirecodec.h"
#include "store/recordjson.h"
#include "storetestdata.h"

#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;
using Core::Strictness;
using Core::WireCodec;

/// Outbox payloads are wire-format changes: applied to the server's copy they give the edit.
class tst_RecordJson : public QObject
{
    Q_OBJECT

private slots:
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
