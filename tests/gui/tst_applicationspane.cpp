#include "gui/applicationhistoryview.h"
#include "gui/applicationspane.h"
#include "gui/applicationtablemodel.h"
#include "gui/kanbanboard.h"
#include "gui/kanbancolumnview.h"
#include "gui/mainwindow.h"
#include "gui/requisitionspane.h"
#include "gui/requisitiontablemodel.h"
#include "gui/stagereasondialog.h"
#include "guitestsupport.h"
#include "pipelinetestdata.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Core::Stage;

class tst_ApplicationsPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Store::DatabaseClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    TestSupport::Pipeline m_pipeline;

    ApplicationsPane *pane() const { return m_window->applicationsPane(); }
    ApplicationTableModel *model() const { return pane()->model(); }
    QUuid app(int i) const { return m_pipeline.applications.at(i).id; }
    Stage stageOf(int i) const { return model()->row(app(i))->application.stage; }
    int historyCount() const { return pane()->historyView()->timeline()->topLevelItemCount(); }
    QString historyCell(int row, int column) const
    {
        return pane()->historyView()->timeline()->topLevelItem(row)->text(column);
    }

    qint64 outboxPending() const
    {
        QSignalSpy ready(m_client.get(), &Store::DatabaseClient::statisticsReady);
        const int id = m_client->statistics();
        for (int guard = 0; guard < 100; ++guard) {
            for (const auto &args : std::as_const(ready)) {
                if (args.at(0).toInt() == id)
                    return args.at(1).value<Store::StoreStatistics>().outboxPending;
            }
            ready.wait(200);
        }
        return -1;
    }

    // Selects application i and waits until its history is read.
    void showHistoryOf(int i)
    {
        QSignalSpy shown(pane(), &ApplicationsPane::historyShown);
        pane()->selectApplication(app(i));
        QTRY_VERIFY(!shown.isEmpty());
    }

    // Answers the next reason dialog with `reason` (or cancels it when empty).
    void answerReasonDialog(const QString &reason, bool *sawDisabledOk = nullptr)
    {
        QTimer::singleShot(0, this, [reason, sawDisabledOk] {
            auto *dialog = qobject_cast<StageReasonDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                qWarning("no reason dialog");
                return;
            }
            if (sawDisabledOk)
                *sawDisabledOk = !dialog->okButton()->isEnabled();
            if (reason.isEmpty()) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(dialog->reasonEdit(), reason);
            dialog->okButton()->click();
        });
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        TestSupport::useHome(*m_home);
        const QString path = m_home->filePath(QStringLiteral("cache.sqlite"));
        m_pipeline = TestSupport::seedPipeline(
                path, {Stage::Applied, Stage::Applied, Stage::Onsite, Stage::Offer, Stage::Hired});
        QCOMPARE(m_pipeline.applications.size(), 5);
        m_client = std::make_unique<Store::DatabaseClient>();
        m_window = std::make_unique<MainWindow>(m_client.get());
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openDatabase(path);
        QTRY_COMPARE(opened.size(), 1);
        m_window->setCurrentPane(MainWindow::ApplicationsPaneIndex);
        QCOMPARE(m_window->paneWidget(MainWindow::ApplicationsPaneIndex), pane());
        QTRY_COMPARE(model()->rowCount(), 5);
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_home.reset();
    }

    void followsTheSelectedRequisition()
    {
        pane()->setScopeMode(ApplicationsPane::FollowRequisition);
        // Through the window: the requisition shown in the Requisitions pane is followed.
        RequisitionsPane *requisitions = m_window->requisitionsPane();
        QTRY_COMPARE(requisitions->model()->rowCount(), 2);
        requisitions->select(m_pipeline.requisitions.at(1).id);
        QTRY_COMPARE(pane()->scopeCombo()->currentText(), m_pipeline.requisitions.at(1).title);
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->index(0, 0).data(ApplicationTableModel::IdRole).toUuid(), app(1));
        QCOMPARE(model()->index(1, 0).data(ApplicationTableModel::IdRole).toUuid(), app(3));
        requisitions->select(m_pipeline.requisitions.at(0).id);
        QTRY_COMPARE(pane()->scopeCombo()->currentText(), m_pipeline.requisitions.at(0).title);
        QTRY_COMPARE(model()->rowCount(), 3);
        pane()->setScopeMode(ApplicationsPane::AllRequisitions);
        QTRY_COMPARE(model()->rowCount(), 5);
    }

    void tableFilterAndSortArePushedToSqlAndTheOrderPersists()
    {
        // The stage box and the search box (debounced) filter in SQL.
        pane()->stageFilterCombo()->setCurrentIndex(
                pane()->stageFilterCombo()->findData(int(Stage::Applied)));
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->query().filter.stages, QList<Stage>{Stage::Applied});
        const QString name = m_pipeline.candidates.at(1).name;
        QTest::keyClicks(pane()->searchEdit(), name);
        QTRY_COMPARE(model()->query().filter.text, name);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, 0).data(ApplicationTableModel::IdRole).toUuid(), app(1));
        pane()->setFilter(std::nullopt, QString());
        QTRY_COMPARE(model()->rowCount(), 5);

        // A header click sorts on the raw value in SQL: stage in pipeline order, descending.
        QHeaderView *header = pane()->tableView()->horizontalHeader();
        header->setSortIndicator(ApplicationTableModel::StageColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model()->query().sort, Store::ApplicationSort::Stage);
        QTRY_COMPARE(model()->rowCount(), 5);
        QCOMPARE(model()->index(0, 0).data(ApplicationTableModel::StageRole).toInt(),
                 int(Stage::Hired));
        QCOMPARE(model()->index(4, 0).data(ApplicationTableModel::StageRole).toInt(),
                 int(Stage::Applied));

        // The order survives a restart of the window.
        m_window->saveSettings();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_client.get());
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->openDatabase(m_home->filePath(QStringLiteral("cache.sqlite")));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(model()->rowCount(), 5);
        QCOMPARE(model()->query().sort, Store::ApplicationSort::Stage);
        QCOMPARE(model()->query().order, Qt::DescendingOrder);
        QCOMPARE(pane()->tableView()->horizontalHeader()->sortIndicatorSection(),
                 int(ApplicationTableModel::StageColumn));
        QCOMPARE(model()->index(0, 0).data(ApplicationTableModel::StageRole).toInt(),
                 int(Stage::Hired));
    }

    void moveThroughTheApiWritesHistoryAndOutbox()
    {
        showHistoryOf(0);
        QCOMPARE(historyCount(), 0); // server data: no local history yet
        const qint64 before = outboxPending();
        QVERIFY(before >= 0);
        QCOMPARE(pane()->requestMoves({app(0)}, Stage::RecruiterScreen), 1);
        QTRY_COMPARE(stageOf(0), Stage::RecruiterScreen);
        QTRY_COMPARE(historyCount(), 1);
        QCOMPARE(historyCell(0, 0), ApplicationTableModel::stageText(Stage::Applied));
        QCOMPARE(historyCell(0, 1), ApplicationTableModel::stageText(Stage::RecruiterScreen));
        // The application's changed fields and the new stage event wait for the server.
        QCOMPARE(outboxPending(), before + 2);
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    void moveByDropOnTheBoard()
    {
        pane()->setViewMode(ApplicationsPane::BoardMode);
        KanbanBoard *board = pane()->board();
        QVERIFY(board->isVisible());
        QCOMPARE(board->cardCount(Stage::Applied), 2);
        QCOMPARE(board->cardCount(Stage::RecruiterScreen), 0);
        KanbanColumnView *target = board->column(Stage::RecruiterScreen);
        std::unique_ptr<QMimeData> mime(model()->mimeData({model()->index(1, 0)}));
        QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(target->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(target->viewport(), &drop);
        QTRY_COMPARE(stageOf(1), Stage::RecruiterScreen);
        QTRY_COMPARE(board->cardCount(Stage::RecruiterScreen), 1);
        QCOMPARE(board->cardCount(Stage::Applied), 1);
        QCOMPARE(model()->rowCount(), 5); // a drop moves the stage, never removes rows

        // "Move to…" acts on the cards selected on the board.
        KanbanColumnView *applied = board->column(Stage::Applied);
        applied->selectionModel()->select(applied->model()->index(0, 0),
                                          QItemSelectionModel::ClearAndSelect);
        QCOMPARE(board->selectedApplications(), QList<QUuid>{app(0)});
        QCOMPARE(pane()->moveSelected(Stage::HiringManagerScreen), 1);
        QTRY_COMPARE(stageOf(0), Stage::HiringManagerScreen);
        QTRY_COMPARE(board->cardCount(Stage::Applied), 0);
    }

    void undoAndRedoWithTheKeyboard()
    {
        showHistoryOf(0);
        QCOMPARE(pane()->requestMoves({app(0)}, Stage::RecruiterScreen), 1);
        QTRY_COMPARE(historyCount(), 1);
        const qint64 afterMove = outboxPending();

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(stageOf(0), Stage::Applied);
        QTRY_COMPARE(historyCount(), 2);
        QVERIFY(historyCell(1, 4).startsWith(QStringLiteral("Undo of")));
        QCOMPARE(m_window->undoStack()->index(), 0);
        QCOMPARE(outboxPending(), afterMove + 2); // an undo is a move too: it syncs

        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QTRY_COMPARE(stageOf(0), Stage::RecruiterScreen);
        QTRY_COMPARE(historyCount(), 3);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(stageOf(0), Stage::Applied);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(stageOf(0), Stage::RecruiterScreen);
        QTRY_COMPARE(historyCount(), 5);
        QCOMPARE(m_window->undoStack()->index(), 1);
    }

    void illegalMoveIsRefusedAndWritesNothing()
    {
        const qint64 before = outboxPending();
        QSignalSpy refused(pane(), &ApplicationsPane::moveRefused);
        // Hired is the end of the pipeline; dragging it back to Applied is refused in words.
        QCOMPARE(pane()->requestMoves({app(4)}, Stage::Applied), 0);
        QCOMPARE(refused.size(), 1);
        QVERIFY(pane()->lastMessage().contains(m_pipeline.candidates.at(4).name));
        QVERIFY(pane()->lastMessage().contains(QStringLiteral("cannot move")));
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(stageOf(4), Stage::Hired);
        QCOMPARE(outboxPending(), before);
    }

    void rejectionAsksForAReason()
    {
        showHistoryOf(2);
        // Cancel aborts: nothing pushed, nothing written.
        answerReasonDialog(QString());
        QCOMPARE(pane()->requestMoves({app(2)}, Stage::Rejected), 0);
        QCOMPARE(m_window->undoStack()->count(), 0);

        bool okWasDisabled = false;
        answerReasonDialog(QStringLiteral("Chose another offer"), &okWasDisabled);
        QCOMPARE(pane()->requestMoves({app(2)}, Stage::Rejected), 1);
        QVERIFY(okWasDisabled); // a required reason cannot be left blank
        QTRY_COMPARE(stageOf(2), Stage::Rejected);
        QCOMPARE(model()->row(app(2))->application.exitReason,
                 QStringLiteral("Chose another offer"));
        QTRY_COMPARE(historyCount(), 1);
        QCOMPARE(historyCell(0, 4), QStringLiteral("Chose another offer"));

        // Undo reopens with the "Undo of" reason, which the state machine accepts.
        m_window->undoStack()->undo();
        QTRY_COMPARE(stageOf(2), Stage::Onsite);
    }

    void undoOfAStaleMoveIsRefused()
    {
        QCOMPARE(pane()->requestMoves({app(3)}, Stage::Hired), 1);
        QTRY_COMPARE(stageOf(3), Stage::Hired);
        // Moved on elsewhere (another window, a sync): the undo would lie, so it is refused.
        QSignalSpy moved(m_client.get(), &Store::DatabaseClient::stageMoved);
        m_client->moveStage(
                app(3), Stage::Hired, Stage::Offer, QStringLiteral("mistake"), QString());
        QTRY_COMPARE(moved.size(), 1);
        QTRY_COMPARE(stageOf(3), Stage::Offer);
        QSignalSpy refused(pane(), &ApplicationsPane::moveRefused);
        m_window->undoStack()->undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(m_window->undoStack()->count(), 0); // dropped, not left claiming a state
        QCOMPARE(stageOf(3), Stage::Offer);
    }

    void moveRefusedByTheStoreIsReportedAndItsUndoDropped()
    {
        // Another program (here a second client on the same file) moves it behind our back.
        {
            Store::DatabaseClient other;
            QVERIFY(TestSupport::open(other, m_home->filePath(QStringLiteral("cache.sqlite"))));
            QSignalSpy moved(&other, &Store::DatabaseClient::stageMoved);
            other.moveStage(app(0), Stage::Applied, Stage::Onsite, QString(), QString());
            QTRY_COMPARE(moved.size(), 1);
        }
        QCOMPARE(stageOf(0), Stage::Applied); // this window has not seen it
        const qint64 before = outboxPending();
        QSignalSpy refused(pane(), &ApplicationsPane::moveRefused);
        QCOMPARE(pane()->requestMoves({app(0)}, Stage::RecruiterScreen), 1);
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(pane()->lastMessage().contains(m_pipeline.candidates.at(0).name));
        QCOMPARE(outboxPending(), before);
        QTRY_COMPARE(stageOf(0), Stage::Onsite); // the row is read again after the refusal
        m_window->undoStack()->undo();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(outboxPending(), before);
    }

    void bulkMoveIsOneUndo()
    {
        QTableView *table = pane()->tableView();
        table->selectionModel()->select(model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const qint64 before = outboxPending();
        QAction *moveTo = pane()->moveMenu()->findChild<QAction *>(QStringLiteral("moveTo_onsite"));
        QVERIFY(moveTo);
        moveTo->trigger();
        QTRY_COMPARE(stageOf(0), Stage::Onsite);
        QTRY_COMPARE(stageOf(1), Stage::Onsite);
        QCOMPARE(m_window->undoStack()->count(), 1);
        QCOMPARE(outboxPending(), before + 4);
        m_window->undoStack()->undo();
        QTRY_COMPARE(stageOf(0), Stage::Applied);
        QTRY_COMPARE(stageOf(1), Stage::Applied);
        m_window->undoStack()->redo();
        QTRY_COMPARE(stageOf(0), Stage::Onsite);
        QTRY_COMPARE(stageOf(1), Stage::Onsite);
    }

    void addANote()
    {
        showHistoryOf(1);
        QCOMPARE(pane()->requestMoves({app(1)}, Stage::Onsite), 1);
        QTRY_COMPARE(historyCount(), 1);
        const qint64 before = outboxPending();
        ApplicationHistoryView *view = pane()->historyView();
        QVERIFY(!view->addNoteButton()->isEnabled());
        QTest::keyClicks(view->noteEdit(), QStringLiteral("Strong on SQL."));
        QVERIFY(view->addNoteButton()->isEnabled());
        view->addNoteButton()->click();
        QTRY_COMPARE(view->notesList()->count(), 1);
        QVERIFY(view->notesList()->item(0)->text().contains(QStringLiteral("Strong on SQL.")));
        QVERIFY(view->noteEdit()->toPlainText().isEmpty());
        QCOMPARE(outboxPending(), before + 1);
    }

    void syncRoundRefreshesTheWindowKeepingTheSelection()
    {
        QTableView *table = pane()->tableView();
        showHistoryOf(3);
        QCOMPARE(table->currentIndex().row(), 3);
        QCOMPARE(pane()->board()->cardCount(Stage::Applied), 2);
        const int scroll = table->verticalScrollBar()->value();
        // A sync round on its own connection, as the engine writes: application 1 deleted by
        // the server, application 2 moved on by someone else.
        const QString path = m_home->filePath(QStringLiteral("cache.sqlite"));
        {
            auto db = Store::Database::open(path);
            QVERIFY(db);
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
            q.addBindValue(app(1).toString(QUuid::WithoutBraces));
            QVERIFY(q.exec());
            Core::Application moved = m_pipeline.applications.at(2);
            moved.stage = Stage::Offer;
            moved.version = 9;
            QVERIFY(Store::ApplicationRepository(**db).save(moved, Store::WriteOrigin::Sync).ok());
        }
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(pane(), &ApplicationsPane::applicationsRefreshed);
        m_window->applySyncChanges(
                {QStringLiteral("application:") + app(1).toString(QUuid::WithoutBraces),
                 QStringLiteral("application:") + app(2).toString(QUuid::WithoutBraces)});
        QTRY_COMPARE(refreshed.size(), 1);
        QTRY_COMPARE(model()->rowCount(), 4);
        QTRY_VERIFY(model()->isRowLoaded(3));
        QCOMPARE(model()->rowOf(app(1)), -1);
        QCOMPARE(stageOf(2), Stage::Offer);
        // The selection follows application 3 to where it now is; nothing was reset.
        QCOMPARE(pane()->currentApplication(), app(3));
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(table->currentIndex().data(ApplicationTableModel::IdRole).toUuid(), app(3));
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(reset.size(), 0);
        QTRY_COMPARE(pane()->board()->cardCount(Stage::Applied), 1);
        QCOMPARE(pane()->board()->cardCount(Stage::Offer), 2);

        // "Everything changed" and the selected application is gone: the selection clears.
        {
            auto db = Store::Database::open(path);
            QVERIFY(db);
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
            q.addBindValue(app(3).toString(QUuid::WithoutBraces));
            QVERIFY(q.exec());
        }
        m_window->applySyncChanges({QStringLiteral("*")});
        QTRY_COMPARE(refreshed.size(), 2);
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(pane()->currentApplication().isNull());
        QCOMPARE(pane()->historyView()->timeline()->topLevelItemCount(), 0);
        QTRY_COMPARE(model()->rowOf(app(3)), -1);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(tst_ApplicationsPane)
#include "tst_applicationspane.moc"
