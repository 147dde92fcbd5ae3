#include "core/demodatagenerator.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/conflictresolver.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

// A cache after a push found clashes: the records hold the server's values, the conflicts base,
// mine and theirs — as Sync::PullApplier records them.
class tst_ConflictResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Core::Requisition m_requisition;

    Conflict record(const QString &field, QJsonValue base, QJsonValue mine, QJsonValue theirs)
    {
        Conflict c;
        c.entity = QStringLiteral("requisition");
        c.entityId = m_requisition.id;
        c.field = field;
        c.baseValue = base;
        c.localValue = mine;
        c.serverValue = theirs;
        if (!ConflictRepository(*m_db).record(c).ok())
            qWarning("cannot record the test conflict");
        return c;
    }
    QString title() const { return RequisitionRepository(*m_db).find(m_requisition.id)->title; }
    qint64 pending() const { return *OutboxRepository(*m_db).pendingCount(); }
    QJsonArray queue() const
    {
        auto v = SyncStateRepository(*m_db).value(
                QLatin1String(ConflictResolver::pendingResolutionsKey));
        return QJsonDocument::fromJson(v->value_or(QString()).toUtf8()).array();
    }
    bool isOpen(const QUuid &id) const { return !(*ConflictRepository(*m_db).find(id))->resolved; }

private slots:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.db").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_requisition = Core::DemoDataGenerator(3).requisition(0);
        m_requisition.title = QStringLiteral("Engineer II");
        m_requisition.version = 7;
        QVERIFY(RequisitionRepository(*m_db).save(m_requisition, WriteOrigin::Sync).ok());
    }

    void openRowsCarryTitleAndCurrentValue()
    {
        const Conflict c = record(QStringLiteral("openings"), 1, 3, 2);
        auto rows = ConflictResolver(*m_db).openRows();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().conflict.id, c.id);
        QCOMPARE(rows->first().recordTitle, QStringLiteral("Engineer II"));
        QVERIFY(rows->first().recordExists);
        QCOMPARE(rows->first().currentValue, QJsonValue(m_requisition.openings));
    }

    void keepMineIsOneTransactionAndReopenUndoesIt()
    {
        const Conflict c = record(QStringLiteral("title"),
                                  QStringLiteral("Engineer"),
                                  QStringLiteral("Senior Engineer"),
                                  QStringLiteral("Engineer II"));
        ConflictResolver resolver(*m_db);
        auto outcome = resolver.resolve(c.id, ConflictChoice::KeepMine);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->edited);
        QCOMPARE(outcome->before, QJsonValue(QStringLiteral("Engineer II")));
        QCOMPARE(outcome->after, QJsonValue(QStringLiteral("Senior Engineer")));
        QCOMPARE(title(), QStringLiteral("Senior Engineer"));
        QCOMPARE(pending(), 1);
        QVERIFY(!isOpen(c.id));
        QCOMPARE(queue().size(), 1);
        QCOMPARE(queue().at(0).toObject().value(QStringLiteral("resolution")).toString(),
                 QStringLiteral("server"));
        // Resolving twice is refused: it is no longer open.
        QCOMPARE(resolver.resolve(c.id, ConflictChoice::KeepMine).error().code,
                 Core::ErrorCode::NotFound);

        QVERIFY(resolver.reopen(*outcome).ok());
        QVERIFY(isOpen(c.id));
        QCOMPARE(title(), QStringLiteral("Engineer II"));
        QCOMPARE(queue().size(), 0);
        QCOMPARE(pending(), 2); // the revert travels too: the first edit may have left already
        QCOMPARE(resolver.reopen(*outcome).error().code, Core::ErrorCode::IllegalTransition);
    }

    void aWrongValueChangesNothing()
    {
        const Conflict c = record(QStringLiteral("openings"), 1, 3, 2);
        auto outcome = ConflictResolver(*m_db).resolve(
                c.id, ConflictChoice::UseValue, QStringLiteral("three"));
        QVERIFY(!outcome.ok());
        QVERIFY(isOpen(c.id));
        QCOMPARE(pending(), 0);
        QCOMPARE(queue().size(), 0);
        QVERIFY(ConflictResolver(*m_db).resolve(c.id, ConflictChoice::UseValue, 4).ok());
        QCOMPARE(RequisitionRepository(*m_db).find(m_requisition.id)->openings, 4);
    }

    void serverSideKindsOnlyQueue()
    {
        const Conflict c = record(QStringLiteral("delete_edit"),
                                  QJsonValue(),
                                  QJsonValue(),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("X")}});
        auto outcome = ConflictResolver(*m_db).resolve(c.id, ConflictChoice::KeepMine);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->edited);
        QCOMPARE(pending(), 0);
        QCOMPARE(queue().at(0).toObject().value(QStringLiteral("resolution")).toString(),
                 QStringLiteral("client"));
        QVERIFY(!ConflictResolver(*m_db)
                         .resolve(record(QStringLiteral("edit_delete"), {}, {}, {}).id,
                                  ConflictChoice::UseValue,
                                  1)
                         .ok());
    }

    void editAgainstDeleteKeepTheirsRemovesTheRow()
    {
        const Conflict c = record(QStringLiteral("edit_delete"),
                                  QJsonValue(),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("Y")}},
                                  QJsonValue());
        auto outcome = ConflictResolver(*m_db).resolve(c.id, ConflictChoice::KeepTheirs);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->deletedLocal);
        QCOMPARE(RequisitionRepository(*m_db).find(m_requisition.id).error().code,
                 Core::ErrorCode::NotFound);
        QCOMPARE(ConflictResolver(*m_db).reopen(*outcome).error().code,
                 Core::ErrorCode::IllegalTransition);
    }
};

QTEST_GUILESS_MAIN(tst_ConflictResolver)
#include "tst_conflictresolver.moc"
