#include "core/requisition.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "sync/recordeditor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;

class tst_RecordEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setsOneFieldThroughTheOutbox()
    {
        QTemporaryDir dir;
        auto db = Store::Database::open(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        Core::Requisition r;
        r.id = QUuid::createUuid();
        r.title = QStringLiteral("Engineer");
        r.company = QStringLiteral("Acme");
        r.version = 7;
        QVERIFY(Store::RequisitionRepository(**db).save(r, Store::WriteOrigin::Sync));

        QVERIFY(Sync::RecordEditor::setField(**db,
                                             QStringLiteral("requisition"),
                                             r.id,
                                             QStringLiteral("title"),
                                             QStringLiteral("Lead")));
        QCOMPARE(Store::RequisitionRepository(**db).find(r.id)->title, QStringLiteral("Lead"));
        const auto pending = *Store::OutboxRepository(**db).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().op, Store::OutboxOp::Update);
        QCOMPARE(pending.first().baseVersion, 7);
        QCOMPARE(pending.first().changes,
                 QJsonObject({{QStringLiteral("title"), QStringLiteral("Lead")}}));

        // A value of the wrong type is refused before anything is written.
        const auto wrong = Sync::RecordEditor::setField(**db,
                                                        QStringLiteral("requisition"),
                                                        r.id,
                                                        QStringLiteral("openings"),
                                                        QStringLiteral("two"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Core::ErrorCode::ParseError);
        QCOMPARE(*Store::OutboxRepository(**db).pendingCount(), 1);

        QCOMPARE(Sync::RecordEditor::setField(
                         **db, QStringLiteral("note"), r.id, QStringLiteral("text"), 1)
                         .error()
                         .code,
                 Core::ErrorCode::InvalidArgument);
        QCOMPARE(Sync::RecordEditor::setField(**db,
                                              QStringLiteral("requisition"),
                                              QUuid::createUuid(),
                                              QStringLiteral("title"),
                                              1)
                         .error()
                         .code,
                 Core::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_RecordEditor)
#include "tst_recordeditor.moc"
