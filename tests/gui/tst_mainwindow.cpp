#include "core/requisitionexport.h"
#include "gui/charts/paybandchartmodel.h"
#include "gui/charts/paybandspane.h"
#include "gui/importpreviewdialog.h"
#include "gui/mainwindow.h"
#include "gui/requisitiondetailview.h"
#include "gui/requisitioneditor.h"
#include "gui/requisitionfilterbar.h"
#include "gui/requisitionspane.h"
#include "gui/requisitiontablemodel.h"
#include "guitestsupport.h"
#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {
QString seedFile()
{
    return QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt");
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Store::DatabaseClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QList<Core::Requisition> m_seeded;

    QString cachePath() const { return m_home->filePath(QStringLiteral("cache.sqlite")); }

    // A window on a cache holding `count` demo requisitions, first page loaded.
    void openWindow(int count)
    {
        if (count > 0) {
            Store::DatabaseClient seeder;
            QVERIFY(TestSupport::open(seeder, cachePath()));
            m_seeded = TestSupport::seed(seeder, count);
        }
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_window->requisitionsPane()->filterBar()->setDebounceInterval(0);
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        QSignalSpy first(m_window->requisitionsPane()->model(),
                         &RequisitionTableModel::firstPageArrived);
        m_window->show();
        m_window->openDatabase(cachePath());
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(first.size(), 1);
    }

    RequisitionTableModel *model() const { return m_window->requisitionsPane()->model(); }

    // Imports the seed posting through the preview dialog and waits for the save.
    void importSeedThroughPreview()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importFiles({seedFile()});
        // Parsing runs off the GUI thread: the preview appears when it is done.
        QTRY_VERIFY(m_window->previewDialog());
        ImportPreviewDialog *dialog = m_window->previewDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->requisitionList()->count(), 1);
        QCOMPARE(dialog->bandsTable()->rowCount(), 4);
        QVERIFY(dialog->warningsList()->count() >= 1); // the IC4 line names no metro
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        TestSupport::useHome(*m_home);
        m_client = std::make_unique<Store::DatabaseClient>();
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_home.reset();
    }

    void searchDuringAFirstSyncSaysWhyItFindsNothing()
    {
        {
            Store::DatabaseClient seeder;
            QVERIFY(TestSupport::open(seeder, cachePath()));
            TestSupport::seed(seeder, 3);
        }
        {
            // As a first sync leaves the cache between its first and last snapshot page.
            auto db = Store::Database::open(cachePath());
            QVERIFY(db.ok());
            Store::Transaction tx((*db)->connection());
            QVERIFY(tx.begin().ok());
            QVERIFY(Store::DeferredIndexes::drop((*db)->connection()).ok());
            QVERIFY(tx.commit().ok());
        }
        openWindow(0);
        RequisitionsPane *pane = m_window->requisitionsPane();
        QTRY_VERIFY(pane->isSearchIndexPending());
        QLineEdit *search = pane->filterBar()->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("qqzx"));
        QTRY_COMPARE(model()->totalCount(), 0);
        const auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QTRY_VERIFY2(count->text().contains(QStringLiteral("first sync")),
                     qPrintable(count->text()));
        // Without search words the count says nothing about it.
        search->clear();
        QTRY_COMPARE(model()->totalCount(), 3);
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("3 requisition")));
        QVERIFY(!count->text().contains(QStringLiteral("first sync")));
    }

    void importsTheSeedAndShowsItsFourBands()
    {
        openWindow(0);
        QCOMPARE(model()->rowCount(), 0);
        importSeedThroughPreview();
        QTRY_COMPARE(model()->rowCount(), 1);
        RequisitionDetailView *detail = m_window->requisitionsPane()->detailView();
        QTRY_COMPARE(detail->bandsTable()->rowCount(), 4);
        QCOMPARE(detail->bandsTable()->item(0, RequisitionDetailView::LevelColumn)->text(),
                 QStringLiteral("IC3"));
        const QString html = detail->browser()->toPlainText();
        QVERIFY(html.contains(QStringLiteral("Responsibilities")));
        QVERIFY(html.contains(QStringLiteral("Required qualifications")));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("pendingLabel"))->text().isEmpty(),
                 false);
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("pendingLabel"))
                            ->text()
                            .startsWith(QStringLiteral("1 ")));

        // The same file again: nothing new, the posting is named as skipped.
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importFiles({seedFile()});
        QTRY_VERIFY(m_window->previewDialog() && m_window->previewDialog()->isVisible());
        QTest::mouseClick(m_window->previewDialog()->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.at(0).at(0).value<Store::ImportOutcome>();
        QVERIFY(outcome.savedIds.isEmpty());
        QCOMPARE(outcome.skipped.size(), 1);
        QTRY_COMPARE(model()->rowCount(), 1);
    }

    void pastedTextOpensThePreview()
    {
        openWindow(0);
        QFile file(seedFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));
        auto *paste = m_window->findChild<QAction *>(QStringLiteral("pastePostingAction"));
        QVERIFY(paste);
        paste->trigger();
        QTRY_VERIFY(m_window->previewDialog() && m_window->previewDialog()->isVisible());
        QCOMPARE(m_window->previewDialog()->bandsTable()->rowCount(), 4);
        m_window->previewDialog()->reject();
    }

    void droppedFilesOpenThePreview()
    {
        openWindow(0);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(seedFile())});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_VERIFY(m_window->previewDialog() && m_window->previewDialog()->isVisible());
        QCOMPARE(m_window->previewDialog()->bandsTable()->rowCount(), 4);
    }

    void malformedInputIsExplainedAndNothingIsSaved()
    {
        openWindow(0);
        QSignalSpy failedImport(m_window.get(), &MainWindow::importFailed);
        m_window->importText(QStringLiteral("{\"title\": broken json"));
        QTRY_COMPARE(failedImport.size(), 1);
        QVERIFY(!failedImport.at(0).at(0).toString().isEmpty());
        QVERIFY(!m_window->previewDialog());
    }

    void typingInTheSearchBoxFilters()
    {
        openWindow(60);
        importSeedThroughPreview();
        QTRY_COMPARE(model()->totalCount(), 61);
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QLineEdit *search = m_window->requisitionsPane()->filterBar()->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Microsoft softw"));
        QTRY_COMPARE(model()->totalCount(), 1);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, RequisitionTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Software Engineer 2"));
        QTRY_COMPARE(m_window->requisitionsPane()->detailView()->bandsTable()->rowCount(), 4);

        search->clear();
        QTRY_COMPARE(model()->totalCount(), 61);
    }

    void filteringByStatusFromTheMenu()
    {
        openWindow(80);
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto expected = std::count_if(m_seeded.cbegin(), m_seeded.cend(), [](const auto &r) {
            return r.status == Core::RequisitionStatus::OnHold;
        });
        QVERIFY(expected > 0);
        QToolButton *button = m_window->requisitionsPane()->filterBar()->statusButton();
        QAction *onHold = nullptr;
        for (QAction *action : button->menu()->actions()) {
            if (action->data().toInt() == int(Core::RequisitionStatus::OnHold))
                onHold = action;
        }
        QVERIFY(onHold);
        onHold->trigger();
        QCOMPARE(button->text(), QStringLiteral("On hold"));
        QTRY_COMPARE(model()->totalCount(), qint64(expected));
        QTRY_COMPARE(model()->rowCount(), int(expected));
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(model()->index(row, RequisitionTableModel::StatusColumn).data().toString(),
                     QStringLiteral("On hold"));
        }
    }

    void exportsTheCurrentViewAsCsv()
    {
        openWindow(40);
        importSeedThroughPreview();
        QTRY_COMPARE(model()->totalCount(), 41);
        QTest::keyClicks(m_window->requisitionsPane()->filterBar()->searchEdit(),
                         QStringLiteral("Microsoft"));
        QTRY_COMPARE(model()->totalCount(), 1);

        QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
        const QString path = m_home->filePath(QStringLiteral("view.csv"));
        m_window->exportCsv(path);
        QTRY_COMPARE(exported.size(), 1);
        const auto outcome = exported.at(0).at(0).value<Store::ExportOutcome>();
        QCOMPARE(outcome.requisitions, 1);
        QCOMPARE(outcome.lines, 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                          .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), Core::RequisitionExport::csvHeader());
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(QStringLiteral("Software Engineer 2")));

        // Without the search, every requisition goes out, however few rows the model holds.
        m_window->requisitionsPane()->filterBar()->searchEdit()->clear();
        QTRY_COMPARE(model()->totalCount(), 41);
        m_window->exportCsv(path);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(exported.at(1).at(0).value<Store::ExportOutcome>().requisitions, 41);
    }

    void ctrlEndLoadsOnlyTheLastRows()
    {
        openWindow(1000);
        QTRY_COMPARE(model()->rowCount(), 1000);
        QTableView *table = m_window->requisitionsPane()->tableView();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), 999);
        QTRY_VERIFY(model()->isRowLoaded(999));
        // The first page and the last one: nothing in between was read.
        QVERIFY2(model()->loadedRowCount() <= 400,
                 qPrintable(QString::number(model()->loadedRowCount())));
        QVERIFY(!model()->isRowLoaded(500));
        QTRY_COMPARE(m_window->requisitionsPane()->detailView()->requisitionId(),
                     model()->idAt(999));
    }

    void layoutPersistsAcrossWindows()
    {
        openWindow(30);
        RequisitionsPane *pane = m_window->requisitionsPane();
        QHeaderView *header = pane->tableView()->horizontalHeader();
        QSignalSpy first(model(), &RequisitionTableModel::firstPageArrived);
        header->setSortIndicator(RequisitionTableModel::TitleColumn, Qt::AscendingOrder);
        QTRY_COMPARE(first.size(), 1);
        QCOMPARE(model()->query().sort, Store::SortColumn::Title);
        pane->tableView()->setColumnHidden(RequisitionTableModel::OrgColumn, true);
        m_window->resize(1111, 777);
        pane->splitter()->setSizes({700, 300});
        QCoreApplication::processEvents();
        const QList<int> sizes = pane->splitter()->sizes();
        m_window->setCurrentPane(MainWindow::ApplicationsPaneIndex);
        m_window->close();
        m_window.reset();

        openWindow(0);
        pane = m_window->requisitionsPane();
        QCOMPARE(m_window->currentPane(), int(MainWindow::ApplicationsPaneIndex));
        QCOMPARE(m_window->size(), QSize(1111, 777));
        QVERIFY(pane->tableView()->isColumnHidden(RequisitionTableModel::OrgColumn));
        QCOMPARE(model()->query().sort, Store::SortColumn::Title);
        QCOMPARE(model()->query().order, Qt::AscendingOrder);
        m_window->setCurrentPane(MainWindow::RequisitionsPaneIndex);
        QTRY_COMPARE(pane->splitter()->sizes(), sizes);
        const QString a = model()->index(0, RequisitionTableModel::TitleColumn).data().toString();
        const QString b = model()->index(1, RequisitionTableModel::TitleColumn).data().toString();
        QVERIFY(a.compare(b, Qt::CaseInsensitive) <= 0);
    }

    void panesSwitchFromTheKeyboard()
    {
        openWindow(0);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), int(MainWindow::ApplicationsPaneIndex));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), int(MainWindow::RequisitionsPaneIndex));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->requisitionsPane()->filterBar()->searchEdit()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->paneWidget(MainWindow::PayBandsPaneIndex),
                 static_cast<QWidget *>(m_window->payBandsPane()));
        QCOMPARE(m_window->currentPane(), int(MainWindow::PayBandsPaneIndex));
    }

    void payBandsFollowTheDetailAndCompare()
    {
        openWindow(0);
        importSeedThroughPreview();
        QTRY_COMPARE(model()->rowCount(), 1);
        // The imported posting is selected: its four bands reach the chart's figures table.
        PayBandChartModel *figures = m_window->payBandsPane()->model();
        QTRY_COMPARE(figures->rowCount(), 4);
        QSet<qint64> minima;
        for (int row = 0; row < figures->rowCount(); ++row)
            minima.insert(figures->index(row, PayBandChartModel::MinColumn)
                                  .data(PayBandChartModel::SortRole)
                                  .toLongLong());
        QCOMPARE(minima, (QSet<qint64>{10060000, 13140000, 11980000, 15840000}));

        // Pinning it and clearing the comparison keep the shown posting in the chart once.
        auto *compare = m_window->findChild<QAction *>(QStringLiteral("comparePayBandsAction"));
        QVERIFY(compare);
        compare->trigger();
        QCOMPARE(m_window->currentPane(), int(MainWindow::PayBandsPaneIndex));
        QCOMPARE(figures->rowCount(), 4);
        m_window->clearPayBandComparison();
        QCOMPARE(figures->rowCount(), 4);
    }

    void editNewAndReportFromTheMenus()
    {
        openWindow(3);
        RequisitionsPane *pane = m_window->requisitionsPane();
        QTRY_VERIFY(pane->currentRequisition().has_value());
        auto *edit = m_window->findChild<QAction *>(QStringLiteral("editRequisitionAction"));
        QVERIFY(edit);
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        edit->trigger();
        QTRY_VERIFY(pane->editor() && pane->editor()->isVisible());
        pane->editor()->titleEdit()->setText(QStringLiteral("Edited in the window"));
        QTest::mouseClick(pane->editor()->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(pane->currentRequisition()->title, QStringLiteral("Edited in the window"));
        QCOMPARE(m_window->undoStack()->count(), 1);
        // The edit waits in the outbox: the status bar counts it.
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("pendingLabel"))
                            ->text()
                            .startsWith(QStringLiteral("1 ")));

        auto *create = m_window->findChild<QAction *>(QStringLiteral("newRequisitionAction"));
        QVERIFY(create);
        QCOMPARE(create->shortcut(), QKeySequence(QKeySequence::New));
        create->trigger();
        QTRY_VERIFY(pane->editor() && pane->editor()->isVisible() && pane->editor()->isNew());
        pane->editor()->reject();

        // The report of the shown requisition: rendered here, written on a pool thread.
        const QString path = m_home->filePath(QStringLiteral("report.pdf"));
        QSignalSpy done(m_window.get(), &MainWindow::reportExported);
        m_window->exportReport(path);
        QTRY_COMPARE(done.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        // The document info carries the title as UTF-16BE after a byte order mark.
        QByteArray title("\xfe\xff");
        for (const QChar c : QStringLiteral("Edited in the window"))
            title.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QVERIFY(pdf.contains(title));
    }

    void aForeignFileIsRefusedAndLeftAlone()
    {
        const QString path = m_home->filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes(4096, 'x');
        file.write(bytes);
        file.close();
        m_window = std::make_unique<MainWindow>(m_client.get());
        QSignalSpy failed(m_window.get(), &MainWindow::databaseFailed);
        m_window->openDatabase(path);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("not a Reqdesk cache")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
