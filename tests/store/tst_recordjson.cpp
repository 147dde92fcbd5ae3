#include "core/wire/wirecodec.h"
#include "store/recordjson.h"
#include "storetestdata.h"

#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;
using Core::Strictness;
using Core::WireCodec;

/// The store's JSON (outbox payloads, base copies) must be what the wire codec reads.
class tst_RecordJson : public QObject
{
    Q_OBJECT

private slots:
    void wireCodecReadsStoreJson()
    {
        for (int i = 0; i < 50; ++i) {
            const auto r = TestData::requisition(40, i);
            auto decoded
                    = WireCodec::requisitionFromJson(RecordJson::toJson(r), Strictness::Strict);
            QVERIFY2(decoded.ok(),
                     qPrintable(decoded.ok() ? QString() : decoded.error().message()));
            QCOMPARE(*decoded, r);

            const auto c = TestData::candidate(40, i);
            auto candidate
                    = WireCodec::candidateFromJson(RecordJson::toJson(c), Strictness::Strict);
            QVERIFY2(candidate.ok(),
                     qPrintable(candidate.ok() ? QString() : candidate.error().message()));
            QCOMPARE(*candidate, c);

            const auto a = TestData::application(40, i, c.id, r.id);
            auto application
                    = WireCodec::applicationFromJson(RecordJson::toJson(a), Strictness::Strict);
            QVERIFY2(application.ok(),
                     qPrintable(application.ok() ? QString() : application.error().message()));
            QCOMPARE(*application, a);
        }
        Core::StageEvent e{QUuid::createUuid(),
                           QUuid::createUuid(),
                           Core::Stage::Onsite,
                           Core::Stage::Offer,
                           QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC),
                           QStringLiteral("sam"),
                           QStringLiteral("great loop"),
                           3};
        auto event = WireCodec::stageEventFromJson(RecordJson::toJson(e), Strictness::Strict);
        QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().message()));
        QCOMPARE(*event, e);
        Core::Note n{QUuid::createUuid(),
                     e.applicationId,
                     QStringLiteral("kim"),
                     e.at,
                     QStringLiteral("ok"),
                     4};
        auto note = WireCodec::noteFromJson(RecordJson::toJson(n), Strictness::Strict);
        QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error().message()));
        QCOMPARE(*note, n);
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
                = RecordJson::changedFields(RecordJson::toJson(before), RecordJson::toJson(after));
        const QJsonObject merged = WireCodec::applyChanges(WireCodec::toJson(before), changes);
        auto decoded = WireCodec::requisitionFromJson(merged, Strictness::Lenient);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QCOMPARE(*decoded, after);
    }
};

QTEST_GUILESS_MAIN(tst_RecordJson)
#include "tst_recordjson.moc"
