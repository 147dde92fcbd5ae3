// The Sync & conflicts pane against a real reqdesk-server: two users edit the same title
// offline, the second one's sync finds the conflict, the pane resolves it ("keep mine") and
// the next round carries the choice to the server and to the other user.

#include "core/demodatagenerator.h"
#include "gui/conflictcomparisonview.h"
#include "gui/conflictlistmodel.h"
#include "gui/mainwindow.h"
#include "gui/synclogmodel.h"
#include "gui/syncpane.h"
#include "store/conflictrepository.h"
#include "store/conflictresolver.h"
#include "store/database.h"
#include "store/databaseclient.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "sync/syncengine.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "e2esupport.h"

using namespace ReqdeskTest;
using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_SyncPaneServer final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_server;

    QStringList store() const
    {
        return {QStringLiteral("--data"), m_dir->filePath(QStringLiteral("server"))};
    }
    QString db(const QString &name) const { return m_dir->filePath(name + QStringLiteral(".db")); }

    std::unique_ptr<Sync::SyncEngine> engine(const QString &name, const QString &user)
    {
        return signedInEngine(db(name), m_server->url(QString()), user, [](Sync::SyncEngine &e) {
            e.setTimeoutMs(5000);
        });
    }

    static Core::Status setTitle(Sync::SyncEngine &e, const QUuid &id, const QString &title)
    {
        Store::RequisitionRepository repository(*e.database());
        auto r = repository.find(id);
        if (!r)
            return r.error();
        r->title = title;
        return repository.save(*r, Store::WriteOrigin::LocalEdit);
    }

    static QString titleIn(Sync::SyncEngine &e, const QUuid &id)
    {
        auto r = Store::RequisitionRepository(*e.database()).find(id);
        return r ? r->title : QString();
    }

private slots:
    void init()
    {
        qputenv("REQDESK_TOKEN_STORE", "file");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("REQDESK_HOME", m_dir->filePath(QStringLiteral("home")).toUtf8());
        for (const QString &user : {QStringLiteral("ada"), QStringLiteral("bob")}) {
            QCOMPARE(addUser(store(), user), 0);
        }
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->startWith(store()));
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void resolvesARealConflictAndTheChoiceTravels()
    {
        auto ada = engine(QStringLiteral("ada"), QStringLiteral("ada"));
        auto bob = engine(QStringLiteral("bob"), QStringLiteral("bob"));
        QVERIFY(ada && bob);
        Core::Requisition r = Core::DemoDataGenerator(21).requisition(0);
        r.title = QStringLiteral("Engineer");
        QVERIFY(Store::RequisitionRepository(*ada->database())
                        .save(r, Store::WriteOrigin::LocalEdit)
                        .ok());
        QVERIFY(ada->syncOnce().ok());
        QVERIFY(bob->syncOnce().ok());
        QCOMPARE(titleIn(*bob, r.id), QStringLiteral("Engineer"));

        // Both offline, the same field: Ada's lands first, Bob's clashes.
        QVERIFY(setTitle(*ada, r.id, QStringLiteral("Principal Engineer")).ok());
        QVERIFY(setTitle(*bob, r.id, QStringLiteral("Lead Engineer")).ok());
        QVERIFY(ada->syncOnce().ok());
        auto round = bob->syncOnce();
        QVERIFY(round.ok());
        QCOMPARE(round->conflicts, 1);
        QCOMPARE(titleIn(*bob, r.id), QStringLiteral("Principal Engineer"));

        // Bob opens the desktop app on his cache.
        Store::DatabaseClient client;
        MainWindow window(&client);
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.show();
        window.openDatabase(db(QStringLiteral("bob")));
        QTRY_COMPARE(opened.size(), 1);
        window.setCurrentPane(MainWindow::SyncPaneIndex);
        SyncPane *pane = window.syncPane();
        // The wiring the app does: one connect each.
        connect(bob.get(), &Sync::SyncEngine::synced, pane, &SyncPane::recordRound);
        connect(bob.get(), &Sync::SyncEngine::syncFailed, pane, &SyncPane::recordFailure);
        QTRY_COMPARE(pane->conflictModel()->rowCount(), 1);
        ConflictComparisonView *view = pane->comparisonView();
        QCOMPARE(view->cellText(0, ConflictComparisonView::BaseColumn), QStringLiteral("Engineer"));
        QCOMPARE(view->cellText(0, ConflictComparisonView::MineColumn),
                 QStringLiteral("Lead Engineer"));
        QCOMPARE(view->cellText(0, ConflictComparisonView::TheirsColumn),
                 QStringLiteral("Principal Engineer"));

        QSignalSpy resolved(pane, &SyncPane::conflictResolved);
        QTest::mouseClick(pane->keepMineButton(), Qt::LeftButton);
        QTRY_COMPARE(resolved.size(), 1);
        QTRY_COMPARE(pane->conflictModel()->rowCount(), 0);
        QCOMPARE(titleIn(*bob, r.id), QStringLiteral("Lead Engineer"));

        // The next round pushes the edit and closes the server's conflict record.
        auto next = bob->syncOnce();
        QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message()));
        QCOMPARE(next->pushed, 1);
        QCOMPARE(next->conflicts, 0);
        QCOMPARE(pane->logModel()->rowCount(), 1);
        QCOMPARE(pane->logModel()->entryAt(0).report.pushed, 1);
        QCOMPARE(*Store::OutboxRepository(*bob->database()).pendingCount(), 0);
        auto queue = Store::SyncStateRepository(*bob->database())
                             .value(QLatin1String(Store::ConflictResolver::pendingResolutionsKey));
        QVERIFY(queue.ok());
        QVERIFY(!*queue || **queue == QLatin1String("[]"));
        QCOMPARE(QLatin1String(Store::ConflictResolver::pendingResolutionsKey),
                 QLatin1String(Sync::SyncEngine::pendingResolutionsKey));

        QVERIFY(ada->syncOnce().ok());
        QCOMPARE(titleIn(*ada, r.id), QStringLiteral("Lead Engineer"));
        QVERIFY(Store::ConflictRepository(*ada->database()).open()->isEmpty());
        // A fresh device snapshots the open conflicts: none is left on the server.
        auto fresh = engine(QStringLiteral("fresh"), QStringLiteral("ada"));
        QVERIFY(fresh);
        QVERIFY(fresh->syncOnce().ok());
        QCOMPARE(titleIn(*fresh, r.id), QStringLiteral("Lead Engineer"));
        QVERIFY(Store::ConflictRepository(*fresh->database()).open()->isEmpty());

        // The server goes away: the log says so in words, and that the edits are kept.
        m_server->stop();
        bob->setBackoff(10, 20, 2);
        bob->requestSync();
        QTRY_VERIFY(pane->logModel()->rowCount() >= 2 && pane->logModel()->entryAt(0).failed);
        // Newest first: the oldest failure sits just above the successful round.
        SyncLogModel *log = pane->logModel();
        const QString first
                = log->index(log->rowCount() - 2, SyncLogModel::ResultColumn).data().toString();
        QVERIFY2(first.startsWith(QStringLiteral("Cannot reach the server; your edits are kept "
                                                 "and will sync when it is back.")),
                 qPrintable(first));
    }
};

QTEST_MAIN(tst_SyncPaneServer)
#include "tst_syncpaneserver.moc"
