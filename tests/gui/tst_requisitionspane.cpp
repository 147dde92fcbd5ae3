#include "core/demodatagenerator.h"
#include "core/rules/requisitionlifecycle.h"
#include "gui/displaytext.h"
#include "gui/requisitiondetailview.h"
#include "gui/requisitioneditor.h"
#include "gui/requisitionfilterbar.h"
#include "gui/requisitionspane.h"
#include "gui/requisitiontablemodel.h"
#include "gui/settings.h"
#include "guitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Core::RequisitionStatus;

class tst_RequisitionsPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Store::DatabaseClient> m_client;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RequisitionsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Core::Requisition> m_seeded;

    RequisitionTableModel *model() const { return m_pane->model(); }

    // The row of `id` among the loaded rows, with its title; -1 when not loaded.
    QString titleInTable(const QUuid &id) const
    {
        const int row = model()->rowOf(id);
        return row < 0 ? QString()
                       : model()->index(row, RequisitionTableModel::TitleColumn).data().toString();
    }

    qint64 outboxPending() const
    {
        QSignalSpy stats(m_client.get(), &Store::DatabaseClient::statisticsReady);
        m_client->statistics();
        if (!stats.wait(10000))
            return -1;
        return stats.at(0).at(1).value<Store::StoreStatistics>().outboxPending;
    }

    QString bandCell(int row, int column) const
    {
        const QTableWidgetItem *item = m_pane->detailView()->bandsTable()->item(row, column);
        return item ? item->text() : QString();
    }

    // Waits until the detail pane shows the requisition `id` as stored.
    void waitForShown(const QUuid &id)
    {
        QTRY_VERIFY(m_pane->currentRequisition() && m_pane->currentRequisition()->id == id);
    }

    // Opens the form on the shown requisition; null when it did not appear.
    RequisitionEditor *openEditor()
    {
        m_pane->editCurrent();
        RequisitionEditor *editor = m_pane->editor();
        if (!editor || !QTest::qWaitFor([editor] { return editor->isVisible(); }, 5000))
            return nullptr;
        return editor;
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        TestSupport::useHome(*m_home);
        m_client = std::make_unique<Store::DatabaseClient>();
        QVERIFY(TestSupport::open(*m_client, m_home->filePath(QStringLiteral("cache.sqlite"))));
        // Five open requisitions with one seat each, as server data (no outbox).
        const Core::DemoDataGenerator generator(5);
        m_seeded.clear();
        for (int i = 0; i < 5; ++i) {
            Core::Requisition r = generator.requisition(i);
            r.status = RequisitionStatus::Open;
            r.headcount = 1;
            r.openings = 1;
            m_seeded << r;
        }
        QSignalSpy saved(m_client.get(), &Store::DatabaseClient::saved);
        m_client->save(m_seeded, Store::WriteOrigin::Sync);
        QVERIFY(saved.wait(30000));
        QCOMPARE(outboxPending(), 0);

        m_settings = std::make_unique<Settings>(m_home->filePath(QStringLiteral("test.ini")));
        m_stack = std::make_unique<QUndoStack>();
        m_pane = std::make_unique<RequisitionsPane>(m_client.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->setUndoStack(m_stack.get());
        m_pane->setSettings(m_settings.get());
        m_pane->filterBar()->setDebounceInterval(0);
        m_pane->resize(1200, 700);
        m_pane->show();
        QSignalSpy first(m_pane->model(), &RequisitionTableModel::firstPageArrived);
        m_pane->start();
        QTRY_COMPARE(first.size(), 1);
        QTRY_COMPARE(model()->totalCount(), 5);
        QTRY_VERIFY(m_pane->currentRequisition().has_value());
    }

    void cleanup()
    {
        m_tester.reset();
        m_pane.reset();
        m_stack.reset();
        m_settings.reset();
        m_client.reset();
        m_home.reset();
    }

    void editsTitleAndBandWithUndoAndRedo()
    {
        const Core::Requisition before = *m_pane->currentRequisition();
        QVERIFY(!before.bands.isEmpty());
        const Core::PayBand band = before.bands.constFirst();
        const qint64 newMin = band.minMinor + 250000; // 2,500 more
        const QString newTitle = before.title + QStringLiteral(" (remote)");

        RequisitionEditor *editor = openEditor();
        QVERIFY(editor);
        editor->titleEdit()->setText(newTitle);
        editor->setBandText(0,
                            RequisitionEditor::MinColumn,
                            RequisitionEditor::formatAmount(newMin, band.currency, QLocale()));
        QSignalSpy written(m_pane.get(), &RequisitionsPane::requisitionWritten);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QCOMPARE(m_stack->count(), 1);
        QTRY_COMPARE(written.size(), 1);

        // The detail and the table show the stored edit.
        QTRY_COMPARE(m_pane->currentRequisition()->title, newTitle);
        QCOMPARE(m_pane->currentRequisition()->bands.constFirst().minMinor, newMin);
        QTRY_COMPARE(bandCell(0, RequisitionDetailView::MinColumn),
                     DisplayText::money(newMin, band.currency));
        QTRY_COMPARE(titleInTable(before.id), newTitle);
        QCOMPARE(model()->totalCount(), 5);
        QCOMPARE(outboxPending(), 1);

        m_stack->undo();
        QTRY_COMPARE(written.size(), 2);
        QTRY_COMPARE(m_pane->currentRequisition()->title, before.title);
        QCOMPARE(m_pane->currentRequisition()->bands.constFirst().minMinor, band.minMinor);
        QTRY_COMPARE(bandCell(0, RequisitionDetailView::MinColumn),
                     DisplayText::money(band.minMinor, band.currency));
        QTRY_COMPARE(titleInTable(before.id), before.title);
        // The undo is a local edit of its own, queued for upload.
        QCOMPARE(outboxPending(), 2);

        m_stack->redo();
        QTRY_COMPARE(written.size(), 3);
        QTRY_COMPARE(m_pane->currentRequisition()->title, newTitle);
        QTRY_COMPARE(titleInTable(before.id), newTitle);
        QCOMPARE(outboxPending(), 3);
    }

    void undoOfAnEditChangedElsewhereIsRefusedAndDropped()
    {
        const Core::Requisition before = *m_pane->currentRequisition();
        RequisitionEditor *editor = openEditor();
        QVERIFY(editor);
        editor->titleEdit()->setText(before.title + QStringLiteral(" v2"));
        QSignalSpy written(m_pane.get(), &RequisitionsPane::requisitionWritten);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(written.size(), 1);

        // Meanwhile a sync (here: a second client on the same file) changes the requisition.
        {
            Store::DatabaseClient other;
            QVERIFY(TestSupport::open(other, m_home->filePath(QStringLiteral("cache.sqlite"))));
            Core::Requisition changed = before;
            changed.title = QStringLiteral("Changed elsewhere");
            changed.version = 7;
            QSignalSpy saved(&other, &Store::DatabaseClient::saved);
            other.save({changed}, Store::WriteOrigin::Sync);
            QVERIFY(saved.wait(10000));
        }
        const qint64 pending = outboxPending();
        QSignalSpy failed(m_pane.get(), &RequisitionsPane::editFailed);
        m_stack->undo();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("changed elsewhere")));
        // Nothing was overwritten, nothing queued; the pane shows the stored record.
        QCOMPARE(outboxPending(), pending);
        QTRY_COMPARE(m_pane->currentRequisition()->title, QStringLiteral("Changed elsewhere"));
        QCOMPARE(m_stack->count(), 1);
        // The command is dropped instead of replayed.
        m_stack->redo();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(outboxPending(), pending);
    }

    void illegalStatusesAreNotOffered()
    {
        const Core::Requisition shown = *m_pane->currentRequisition();
        QCOMPARE(shown.status, RequisitionStatus::Open);
        QList<RequisitionStatus> menu;
        for (QAction *action : m_pane->detailView()->statusMenu()->actions())
            menu << RequisitionStatus(action->data().toInt());
        QCOMPARE(menu, Core::RequisitionLifecycle::legalTargets(RequisitionStatus::Open));
        QVERIFY(!menu.contains(RequisitionStatus::Draft));
        QVERIFY(!menu.contains(RequisitionStatus::PendingApproval));

        RequisitionEditor *editor = openEditor();
        QVERIFY(editor);
        QVERIFY(!editor->offeredStatuses().contains(RequisitionStatus::Draft));
        QVERIFY(!editor->setStatus(RequisitionStatus::PendingApproval));
        editor->reject();

        // Asked anyway (an API call): refused in words, nothing pushed.
        QSignalSpy failed(m_pane.get(), &RequisitionsPane::editFailed);
        QVERIFY(!m_pane->changeStatus(RequisitionStatus::Draft, QStringLiteral("why not")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("A requisition cannot move from Open to Draft."));
        QCOMPARE(m_stack->count(), 0);
    }

    void statusChangeFromTheDetailIsUndoable()
    {
        const QUuid id = m_pane->currentRequisition()->id;
        QSignalSpy written(m_pane.get(), &RequisitionsPane::requisitionWritten);
        QVERIFY(m_pane->changeStatus(RequisitionStatus::OnHold, QStringLiteral("Budget review")));
        QTRY_COMPARE(written.size(), 1);
        QTRY_COMPARE(m_pane->currentRequisition()->status, RequisitionStatus::OnHold);
        QCOMPARE(m_pane->currentRequisition()->statusReason, QStringLiteral("Budget review"));
        QCOMPARE(m_stack->text(0),
                 QStringLiteral("set “%1” to On hold").arg(m_pane->currentRequisition()->title));
        // The menu now offers the moves out of On hold.
        QList<RequisitionStatus> menu;
        for (QAction *action : m_pane->detailView()->statusMenu()->actions())
            menu << RequisitionStatus(action->data().toInt());
        QCOMPARE(menu, Core::RequisitionLifecycle::legalTargets(RequisitionStatus::OnHold));

        m_stack->undo();
        QTRY_COMPARE(written.size(), 2);
        waitForShown(id);
        QTRY_COMPARE(m_pane->currentRequisition()->status, RequisitionStatus::Open);
    }

    void invalidBandIsRefusedAndNothingIsWritten()
    {
        RequisitionEditor *editor = openEditor();
        QVERIFY(editor);
        const Core::PayBand band = m_pane->currentRequisition()->bands.constFirst();
        editor->setBandText(
                0,
                RequisitionEditor::MinColumn,
                RequisitionEditor::formatAmount(band.maxMinor + 100, band.currency, QLocale()));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->message().contains(QStringLiteral("is above the maximum")));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(outboxPending(), 0);
    }

    void deleteAndUndoDelete()
    {
        const Core::Requisition shown = *m_pane->currentRequisition();
        QSignalSpy written(m_pane.get(), &RequisitionsPane::requisitionWritten);
        m_pane->deleteCurrent(false);
        QTRY_COMPARE(written.size(), 1);
        QTRY_COMPARE(model()->totalCount(), 4);
        QTRY_COMPARE(model()->rowCount(), 4);
        QTRY_VERIFY(model()->rowOf(shown.id) < 0 && model()->loadedRowCount() == 4);
        QCOMPARE(outboxPending(), 1);

        m_stack->undo();
        QTRY_COMPARE(written.size(), 2);
        QTRY_COMPARE(model()->totalCount(), 5);
        QTRY_COMPARE(titleInTable(shown.id), shown.title);
        waitForShown(shown.id);
        QCOMPARE(m_pane->currentRequisition()->bands.size(), shown.bands.size());
    }

    void deleteAsksFirst()
    {
        const QUuid id = m_pane->currentRequisition()->id;
        // Answers the confirmation box once it is up.
        const auto answer = [this](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box) {
                    qWarning("no confirmation box");
                    return;
                }
                QVERIFY(box->text().contains(QStringLiteral("Undo")));
                box->button(button)->click();
            });
        };
        QSignalSpy written(m_pane.get(), &RequisitionsPane::requisitionWritten);
        answer(QMessageBox::No);
        QTest::mouseClick(m_pane->detailView()->deleteButton(), Qt::LeftButton);
        QCOMPARE(m_stack->count(), 0);
        answer(QMessageBox::Yes);
        QTest::mouseClick(m_pane->detailView()->deleteButton(), Qt::LeftButton);
        QCOMPARE(m_stack->count(), 1);
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.at(0).at(0).toUuid(), id);
        QTRY_COMPARE(model()->totalCount(), 4);
    }

    void createsARequisition()
    {
        m_pane->newRequisition();
        RequisitionEditor *editor = m_pane->editor();
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        QCOMPARE(editor->offeredStatuses(), QList<RequisitionStatus>{RequisitionStatus::Draft});
        editor->titleEdit()->setText(QStringLiteral("Data Engineer"));
        editor->orgEdit()->setText(QStringLiteral("Analytics"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addBandButton")),
                          Qt::LeftButton);
        const QLocale locale;
        editor->setBandText(0, RequisitionEditor::LevelColumn, QStringLiteral("L2"));
        editor->setBandText(0, RequisitionEditor::LocationColumn, QStringLiteral("Remote"));
        editor->setBandText(
                0,
                RequisitionEditor::MinColumn,
                RequisitionEditor::formatAmount(9000000, QStringLiteral("USD"), locale));
        editor->setBandText(
                0,
                RequisitionEditor::MaxColumn,
                RequisitionEditor::formatAmount(12000000, QStringLiteral("USD"), locale));
        QSignalSpy written(m_pane.get(), &RequisitionsPane::requisitionWritten);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(written.size(), 1);
        const QUuid id = written.at(0).at(0).toUuid();
        QTRY_COMPARE(model()->totalCount(), 6);
        QTRY_COMPARE(titleInTable(id), QStringLiteral("Data Engineer"));
        waitForShown(id);
        QCOMPARE(m_pane->currentRequisition()->status, RequisitionStatus::Draft);
        QCOMPARE(m_pane->currentRequisition()->bands.size(), 1);
        QCOMPARE(outboxPending(), 1);

        m_stack->undo(); // a creation undone is a delete
        QTRY_COMPARE(model()->totalCount(), 5);
    }

    void savedViewRoundTrip()
    {
        RequisitionFilterBar *bar = m_pane->filterBar();
        bar->setStatuses({RequisitionStatus::Open});
        bar->searchEdit()->setText(QStringLiteral("engineer"));
        m_pane->tableView()->horizontalHeader()->setSortIndicator(
                RequisitionTableModel::TitleColumn, Qt::AscendingOrder);
        QTRY_COMPARE(model()->query().filter.text, QStringLiteral("engineer"));
        QCOMPARE(model()->query().sort, Store::SortColumn::Title);
        m_pane->saveView(QStringLiteral("Open engineering"));

        // Stored by name in the settings file.
        {
            const Settings reread(m_settings->fileName());
            const QList<SavedView> views = reread.savedViews();
            QCOMPARE(views.size(), 1);
            QCOMPARE(views.at(0).name, QStringLiteral("Open engineering"));
            QCOMPARE(views.at(0).filter.text, QStringLiteral("engineer"));
            QCOMPARE(views.at(0).filter.statuses,
                     QList<RequisitionStatus>{RequisitionStatus::Open});
            QCOMPARE(views.at(0).sort, Store::SortColumn::Title);
            QCOMPARE(views.at(0).order, Qt::AscendingOrder);
        }
        QCOMPARE(bar->viewsMenu()->actions().constFirst()->text(),
                 QStringLiteral("Open engineering"));

        // Elsewhere, then back in one click.
        bar->clear();
        m_pane->tableView()->horizontalHeader()->setSortIndicator(
                RequisitionTableModel::UpdatedColumn, Qt::DescendingOrder);
        QTRY_VERIFY(model()->query().filter.isEmpty());
        QSignalSpy first(model(), &RequisitionTableModel::firstPageArrived);
        bar->viewsMenu()->actions().constFirst()->trigger();
        QTRY_COMPARE(first.size(), 1);
        QCOMPARE(model()->query().filter.text, QStringLiteral("engineer"));
        QCOMPARE(model()->query().filter.statuses,
                 QList<RequisitionStatus>{RequisitionStatus::Open});
        QCOMPARE(model()->query().sort, Store::SortColumn::Title);
        QCOMPARE(model()->query().order, Qt::AscendingOrder);
        QCOMPARE(bar->searchEdit()->text(), QStringLiteral("engineer"));
        QCOMPARE(bar->filter().statuses, QList<RequisitionStatus>{RequisitionStatus::Open});
        QCOMPARE(m_pane->tableView()->horizontalHeader()->sortIndicatorSection(),
                 int(RequisitionTableModel::TitleColumn));
        // One query for the whole view, not one per field.
        QTest::qWait(20);
        QCOMPARE(first.size(), 1);

        QVERIFY(m_pane->renameView(QStringLiteral("Open engineering"), QStringLiteral("Eng")));
        QVERIFY(!m_pane->renameView(QStringLiteral("missing"), QStringLiteral("x")));
        QCOMPARE(Settings(m_settings->fileName()).savedViews().at(0).name, QStringLiteral("Eng"));
        // Deleted from the Views menu: the menu rebuilds itself from inside its own action.
        QMenu *deleteMenu = nullptr;
        for (QAction *action : bar->viewsMenu()->actions()) {
            if (action->menu() && action->text() == QStringLiteral("&Delete view"))
                deleteMenu = action->menu();
        }
        QVERIFY(deleteMenu);
        QCOMPARE(deleteMenu->actions().size(), 1);
        deleteMenu->actions().constFirst()->trigger();
        QVERIFY(Settings(m_settings->fileName()).savedViews().isEmpty());
        QTest::qWait(0); // the old entries are deleted once control is back
        QCOMPARE(bar->viewsMenu()->actions().size(), 1); // "Save current view…" only
        QVERIFY(!m_pane->deleteView(QStringLiteral("Eng")));
        QVERIFY(!m_pane->applyView(QStringLiteral("Eng")));
    }
};

QTEST_MAIN(tst_RequisitionsPane)
#include "tst_requisitionspane.moc"
