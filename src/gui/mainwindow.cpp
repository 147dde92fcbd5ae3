#include "gui/mainwindow.h"

#include "gui/charts/paybandspane.h"
#include "gui/charts/requisitionreportwriter.h"

#include "core/import/postingformatdetector.h"
#include "core/import/postingimporter.h"
#include "gui/appearance.h"
#include "gui/applicationspane.h"
#include "gui/displaytext.h"
#include "gui/guilogging.h"
#include "gui/importpreviewdialog.h"
#include "gui/requisitionfilterbar.h"
#include "gui/requisitionspane.h"
#include "gui/requisitiontablemodel.h"
#include "gui/settings.h"
#include "gui/syncpane.h"
#include "reqdeskversion.h"
#include "store/databaseclient.h"

#include <algorithm>

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

MainWindow::MainWindow(Store::DatabaseClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_settings(std::make_unique<Settings>())
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Reqdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reqdesk.svg")));
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    createPanes();
    createActions();
    createStatusBar();

    connect(m_client, &Store::DatabaseClient::opened, this, &MainWindow::onOpened);
    connect(m_client, &Store::DatabaseClient::imported, this, &MainWindow::onImported);
    connect(m_client, &Store::DatabaseClient::exported, this, &MainWindow::onExported);
    connect(m_client, &Store::DatabaseClient::statisticsReady, this, &MainWindow::onStatistics);
    connect(m_client, &Store::DatabaseClient::failed, this, &MainWindow::onFailed);
    // The full check runs after the first rows are shown (P6); damage it finds ends the
    // session the same way as a file refused at open.
    connect(m_client, &Store::DatabaseClient::damaged, this, [this](int, const Core::Error &error) {
        const QString text = DisplayText::error(error);
        statusBar()->showMessage(text);
        emit databaseFailed(error, text);
    });

    resize(1280, 800);
    if (const QByteArray g = m_settings->windowGeometry(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = m_settings->windowState(); !s.isEmpty())
        restoreState(s);
    m_requisitions->restoreState(*m_settings);
    m_applications->restoreState(*m_settings);
    setCurrentPane(m_settings->currentPane());
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_sideBar = new QListWidget(this);
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setAccessibleName(tr("Panes"));
    m_sideBar->setIconSize(QSize(24, 24));
    m_sideBar->setFrameShape(QFrame::NoFrame);
    m_sideBar->setSpacing(3);
    m_sideBar->setUniformItemSizes(true);
    m_sideBar->setFocusPolicy(Qt::TabFocus);
    m_sideBar->setBackgroundRole(QPalette::AlternateBase);

    m_stack = new QStackedWidget(this);
    m_requisitions = new RequisitionsPane(m_client, m_stack);
    m_requisitions->setObjectName(QStringLiteral("requisitionsPane"));
    m_requisitions->setUndoStack(m_undoStack);
    m_requisitions->setSettings(m_settings.get());
    m_stack->addWidget(m_requisitions);
    m_payBands = new PayBandsPane(m_stack);
    m_payBands->setObjectName(QStringLiteral("payBandsPane"));
    m_stack->addWidget(m_payBands);
    m_applications = new ApplicationsPane(m_client, m_undoStack, m_stack);
    m_applications->setObjectName(QStringLiteral("applicationsPane"));
    m_stack->addWidget(m_applications);
    m_sync = new SyncPane(m_client, m_undoStack, m_stack);
    m_sync->setObjectName(QStringLiteral("syncPane"));
    m_stack->addWidget(m_sync);

    const QStringList icons{QStringLiteral(":/icons/requisitions.svg"),
                            QStringLiteral(":/icons/paybands.svg"),
                            QStringLiteral(":/icons/applications.svg"),
                            QStringLiteral(":/icons/sync.svg")};
    const QStringList names{tr("Requisitions"), tr("Pay bands"), tr("Applications"), tr("Sync")};
    for (int i = 0; i < PaneCount; ++i) {
        auto *item = new QListWidgetItem(QIcon(icons.at(i)), names.at(i), m_sideBar);
        item->setSizeHint(QSize(0, 40));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(names.at(i)).arg(i + 1));
    }
    connect(m_sideBar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentPane(row);
    });

    int widest = 0;
    for (const QString &name : names)
        widest = qMax(widest, m_sideBar->fontMetrics().horizontalAdvance(name));
    m_sideBar->setFixedWidth(widest + m_sideBar->iconSize().width() + 40);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_requisitions, &RequisitionsPane::message, this, [this](const QString &text) {
        m_countLabel->setText(text);
    });
    connect(m_requisitions,
            &RequisitionsPane::requisitionShown,
            this,
            [this](const Core::Requisition &requisition) {
                m_shownBands = PostingBands{requisition.id, requisition.title, requisition.bands};
                updatePayBands();
            });
    connect(m_requisitions,
            &RequisitionsPane::requisitionShown,
            m_applications,
            [this](const Core::Requisition &requisition) {
                m_applications->setCurrentRequisition(requisition.id, requisition.title);
            });
    connect(m_applications, &ApplicationsPane::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    // Moves, notes and requisition edits fill the outbox: the pending count follows.
    connect(m_requisitions,
            &RequisitionsPane::requisitionWritten,
            this,
            &MainWindow::refreshStatistics);
    connect(m_requisitions, &RequisitionsPane::editFailed, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    connect(m_applications, &ApplicationsPane::stageMoved, this, &MainWindow::refreshStatistics);
    connect(m_applications, &ApplicationsPane::noteAdded, this, &MainWindow::refreshStatistics);
    connect(m_sync, &SyncPane::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    connect(m_sync, &SyncPane::conflictResolved, this, &MainWindow::refreshStatistics);
    connect(m_sync, &SyncPane::conflictReopened, this, &MainWindow::refreshStatistics);
}

void MainWindow::updatePayBands()
{
    // The shown requisition first, then the pinned ones, each once.
    QList<PostingBands> postings;
    if (m_shownBands) {
        const bool pinned = std::any_of(
                m_comparedBands.cbegin(), m_comparedBands.cend(), [this](const PostingBands &p) {
                    return p.requisitionId == m_shownBands->requisitionId;
                });
        if (!pinned)
            postings << *m_shownBands;
    }
    postings << m_comparedBands;
    m_payBands->setBands(postings);
}

void MainWindow::compareCurrentPayBands()
{
    if (!m_shownBands) {
        statusBar()->showMessage(tr("Select a requisition to compare its pay bands."), 5000);
        return;
    }
    const bool pinned = std::any_of(
            m_comparedBands.cbegin(), m_comparedBands.cend(), [this](const PostingBands &p) {
                return p.requisitionId == m_shownBands->requisitionId;
            });
    if (!pinned)
        m_comparedBands << *m_shownBands;
    updatePayBands();
    statusBar()->showMessage(
            tr("%n posting(s) in the pay-band comparison.", nullptr, int(m_comparedBands.size())),
            5000);
}

void MainWindow::clearPayBandComparison()
{
    m_comparedBands.clear();
    updatePayBands();
}

void MainWindow::createActions()
{
    auto *importAction
            = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence::Open);
    importAction->setStatusTip(tr("Import postings from text, HTML, Greenhouse or Lever files"));
    connect(importAction, &QAction::triggered, this, &MainWindow::chooseImportFiles);

    auto *exportAction
            = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export CSV…"), this);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setStatusTip(tr("Export the requisitions in view, one line per pay band"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);

    auto *newAction = new QAction(tr("&New requisition…"), this);
    newAction->setObjectName(QStringLiteral("newRequisitionAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] {
        setCurrentPane(RequisitionsPaneIndex);
        m_requisitions->newRequisition();
    });
    auto *reportAction = new QAction(tr("Export &report as PDF…"), this);
    reportAction->setObjectName(QStringLiteral("exportReportAction"));
    reportAction->setStatusTip(
            tr("The shown requisition with its pay bands, flags and band chart"));
    connect(reportAction, &QAction::triggered, this, &MainWindow::chooseReportFile);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction);
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(importAction);
    file->addAction(exportAction);
    file->addAction(reportAction);
    file->addSeparator();
    file->addAction(quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y and Ctrl+Shift+Z both redo, whatever the platform's own binding is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto *paste = edit->addAction(tr("&Paste posting"));
    paste->setObjectName(QStringLiteral("pastePostingAction"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    auto *find = edit->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        setCurrentPane(RequisitionsPaneIndex);
        m_requisitions->filterBar()->focusSearch();
    });
    edit->addSeparator();
    auto *editRequisition = edit->addAction(tr("&Edit requisition…"));
    editRequisition->setObjectName(QStringLiteral("editRequisitionAction"));
    editRequisition->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(editRequisition, &QAction::triggered, this, [this] {
        setCurrentPane(RequisitionsPaneIndex);
        m_requisitions->editCurrent();
    });
    auto *deleteRequisition = edit->addAction(tr("&Delete requisition…"));
    deleteRequisition->setObjectName(QStringLiteral("deleteRequisitionAction"));
    connect(deleteRequisition, &QAction::triggered, this, [this] {
        m_requisitions->deleteCurrent();
    });
    edit->addSeparator();
    auto *compare = edit->addAction(QIcon(QStringLiteral(":/icons/paybands.svg")),
                                    tr("&Compare pay bands"));
    compare->setObjectName(QStringLiteral("comparePayBandsAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    compare->setToolTip(tr("Add the shown requisition's bands to the pay-band comparison"));
    connect(compare, &QAction::triggered, this, [this] {
        compareCurrentPayBands();
        setCurrentPane(PayBandsPaneIndex);
    });
    auto *clearCompare = edit->addAction(tr("C&lear pay-band comparison"));
    clearCompare->setObjectName(QStringLiteral("clearComparisonAction"));
    connect(clearCompare, &QAction::triggered, this, &MainWindow::clearPayBandComparison);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PaneCount; ++i) {
        QAction *action = view->addAction(m_sideBar->item(i)->icon(), m_sideBar->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentPane(i); });
        m_paneActions << action;
    }
    view->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Reqdesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(importAction);
    toolBar->addAction(exportAction);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    view->addAction(toolBar->toggleViewAction());
    view->addMenu(Appearance::instance()->createMenu(view));
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_connectionLabel = new QLabel(tr("Offline"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setToolTip(
            tr("Sync is not set up yet: everything stays in the local cache."));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::openDatabase(const QString &path)
{
    m_databasePath = path;
    m_openRequest = m_client->open(path);
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::setCurrentPane(int pane)
{
    if (pane < 0 || pane >= PaneCount)
        pane = RequisitionsPaneIndex;
    m_stack->setCurrentIndex(pane);
    {
        const QSignalBlocker block(m_sideBar);
        m_sideBar->setCurrentRow(pane);
    }
    for (int i = 0; i < m_paneActions.size(); ++i)
        m_paneActions.at(i)->setChecked(i == pane);
}

int MainWindow::currentPane() const
{
    return m_stack->currentIndex();
}

QString MainWindow::paneName(int pane)
{
    switch (pane) {
    case RequisitionsPaneIndex:
        return QStringLiteral("requisitions");
    case PayBandsPaneIndex:
        return QStringLiteral("pay-bands");
    case ApplicationsPaneIndex:
        return QStringLiteral("applications");
    case SyncPaneIndex:
        return QStringLiteral("sync");
    default:
        return QString();
    }
}

QWidget *MainWindow::paneWidget(int pane) const
{
    return m_stack->widget(pane);
}

ImportPreviewDialog *MainWindow::previewDialog() const
{
    return findChild<ImportPreviewDialog *>();
}

namespace {

// What a background parse hands back to the window: the combined result or one error in words.
struct ParsedImport
{
    Core::ImportResult result;
    QStringList sources;
    QString error;
};

// Runs on a pool thread: reading and parsing a large job-board file must not freeze the window.
// Pure functions of core only; translate() is thread-safe.
ParsedImport parsePostingFiles(const QStringList &paths)
{
    ParsedImport parsed;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            parsed.error = MainWindow::tr("%1 could not be read: %2").arg(path, file.errorString());
            return parsed;
        }
        const QByteArray data = file.readAll();
        const QString name = QFileInfo(path).fileName();
        const auto format = Core::PostingFormatDetector::detect(data, name);
        const auto result = Core::PostingImporter::import(data, format, path);
        if (!result) {
            parsed.error = MainWindow::tr("%1: %2").arg(name, DisplayText::error(result.error()));
            return parsed;
        }
        parsed.result.requisitions += result->requisitions;
        for (Core::ImportWarning w : result->warnings) {
            if (paths.size() > 1)
                w.message = name + u": " + w.message;
            parsed.result.warnings << w;
        }
        parsed.sources << name;
    }
    return parsed;
}

ParsedImport parsePastedText(const QString &text)
{
    ParsedImport parsed;
    const QByteArray data = text.toUtf8();
    const auto result = Core::PostingImporter::import(
            data, Core::PostingFormatDetector::detect(data), QStringLiteral("clipboard"));
    if (!result) {
        parsed.error
                = MainWindow::tr("The pasted text: %1").arg(DisplayText::error(result.error()));
        return parsed;
    }
    parsed.result = *result;
    parsed.sources << MainWindow::tr("Pasted text");
    return parsed;
}

} // namespace

// The watcher lives with the window: closing it mid-parse drops the answer, never a dangling
// pointer.
template<typename Done>
void watchParse(QObject *owner, QFuture<ParsedImport> future, Done done)
{
    auto *watcher = new QFutureWatcher<ParsedImport>(owner);
    QObject::connect(watcher, &QFutureWatcher<ParsedImport>::finished, owner, [watcher, done] {
        const ParsedImport parsed = watcher->result();
        watcher->deleteLater();
        done(parsed);
    });
    watcher->setFuture(future);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    statusBar()->showMessage(tr("Reading %n posting file(s)…", nullptr, int(paths.size())));
    watchParse(this,
               QtConcurrent::run(&parsePostingFiles, paths),
               [this, paths](const ParsedImport &p) {
                   if (p.error.isEmpty())
                       m_settings->setLastFolder(QFileInfo(paths.constFirst()).absolutePath());
                   finishParse(p.result, p.sources, p.error);
               });
}

void MainWindow::importText(const QString &text)
{
    watchParse(this, QtConcurrent::run(&parsePastedText, text), [this](const ParsedImport &p) {
        finishParse(p.result, p.sources, p.error);
    });
}

void MainWindow::finishParse(const Core::ImportResult &result,
                             const QStringList &sources,
                             const QString &error)
{
    statusBar()->clearMessage();
    if (!error.isEmpty()) {
        reportImportError(error);
        return;
    }
    showPreview(result, sources);
}

void MainWindow::showPreview(const Core::ImportResult &result, const QStringList &sources)
{
    if (ImportPreviewDialog *old = previewDialog())
        old->deleteLater();
    auto *dialog = new ImportPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResult(result, sources);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<Core::Requisition> list = dialog->result().requisitions;
        m_firstImported = list.isEmpty() ? QUuid() : list.constFirst().id;
        m_importRequest = m_client->importRequisitions(list);
        statusBar()->showMessage(tr("Saving %n requisition(s)…", nullptr, int(list.size())));
    });
    // Window-modal and non-blocking: the event loop keeps running (and tests can drive it).
    dialog->open();
}

void MainWindow::exportCsv(const QString &path)
{
    m_exportRequest = m_client->exportCsv(m_requisitions->model()->query(), path);
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportReport(const QString &path)
{
    const auto shown = m_requisitions->currentRequisition();
    if (!shown) {
        const QString text = tr("Select a requisition to report on.");
        statusBar()->showMessage(text, 5000);
        emit reportFailed(text);
        return;
    }
    // The chart is a widget, so rendering stays here (a few milliseconds); the disk does not.
    const auto bytes = RequisitionReportWriter(*shown).render();
    if (!bytes) {
        emit reportFailed(DisplayText::error(bytes.error()));
        return;
    }
    auto *watcher = new QFutureWatcher<Core::Status>(this);
    connect(watcher, &QFutureWatcher<Core::Status>::finished, this, [this, watcher, path] {
        const Core::Status status = watcher->result();
        watcher->deleteLater();
        if (!status) {
            const QString text = tr("Report failed: %1").arg(DisplayText::error(status.error()));
            statusBar()->showMessage(text, 15000);
            emit reportFailed(text);
            return;
        }
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)),
                                 10000);
        emit reportExported(path);
    });
    watcher->setFuture(QtConcurrent::run(&RequisitionReportWriter::writeFile, path, *bytes));
}

void MainWindow::chooseReportFile()
{
    const auto shown = m_requisitions->currentRequisition();
    const QString name = shown ? shown->title : tr("requisition");
    const QString start
            = QDir(m_settings->lastFolder().isEmpty() ? QDir::homePath() : m_settings->lastFolder())
                      .filePath(name + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export report as PDF"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    exportReport(path);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
            this,
            tr("Import postings"),
            m_settings->lastFolder(),
            tr("Postings (*.txt *.html *.htm *.json);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::chooseExportFile()
{
    const QString start
            = QDir(m_settings->lastFolder().isEmpty() ? QDir::homePath() : m_settings->lastFolder())
                      .filePath(QStringLiteral("requisitions.csv"));
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export requisitions as CSV"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    exportCsv(path);
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (const QStringList files = localFiles(mime); !files.isEmpty()) {
        importFiles(files);
        return;
    }
    const QString text = mime && mime->hasHtml() ? mime->html() : QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        reportImportError(tr("The clipboard holds no text to import."));
        return;
    }
    importText(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this,
            tr("About Reqdesk"),
            tr("<h3>Reqdesk %1</h3><p>Requisitions, pay bands and hiring pipelines, offline "
               "first.</p><p>Qt %2 (built with %3)<br>SQLite %4<br>Cache schema version %5<br>"
               "Cache: %6</p>")
                    .arg(QStringLiteral(REQDESK_VERSION_STRING),
                         QString::fromLatin1(qVersion()),
                         QStringLiteral(QT_VERSION_STR),
                         Store::DatabaseClient::sqliteVersion())
                    .arg(m_schemaVersion)
                    .arg(QDir::toNativeSeparators(m_databasePath).toHtmlEscaped()));
}

void MainWindow::refreshStatistics()
{
    // Only the pending count is shown: counting every table read whole indexes (about 30 s
    // at 10 million applications, at start and after every edit, blocking the worker).
    m_statisticsRequest = m_client->statistics(Store::StoreStatistics::Scope::Sync);
}

void MainWindow::reportImportError(const QString &text)
{
    qCWarning(lcGui) << "import:" << text;
    statusBar()->showMessage(text, 10000);
    emit importFailed(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onOpened(int requestId, int schemaVersion)
{
    if (requestId != m_openRequest)
        return;
    m_openRequest = 0;
    m_schemaVersion = schemaVersion;
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_databasePath)), 4000);
    m_requisitions->start();
    m_applications->start();
    m_sync->start();
    refreshStatistics();
    emit databaseOpened(schemaVersion);
}

void MainWindow::onImported(int requestId, const Store::ImportOutcome &outcome)
{
    if (requestId != m_importRequest)
        return;
    m_importRequest = 0;
    QString text = tr("Imported %n requisition(s).", nullptr, int(outcome.savedIds.size()));
    if (!outcome.skipped.isEmpty()) {
        QStringList titles;
        for (const Store::SkippedPosting &s : outcome.skipped)
            titles << s.title;
        text += u' '
                + tr("Skipped %n already in the cache: %1", nullptr, int(outcome.skipped.size()))
                          .arg(titles.join(QStringLiteral(", ")));
    }
    statusBar()->showMessage(text, 15000);
    // The new rows go where they sort (a delta); a posting that was already stored is shown.
    if (!outcome.savedIds.isEmpty())
        m_requisitions->insertSaved(outcome.savedIds);
    else if (!outcome.skipped.isEmpty())
        m_requisitions->select(outcome.skipped.constFirst().existingId);
    refreshStatistics();
    emit importFinished(outcome);
}

void MainWindow::onExported(int requestId, const Store::ExportOutcome &outcome)
{
    if (requestId != m_exportRequest)
        return;
    m_exportRequest = 0;
    statusBar()->showMessage(
            tr("Exported %n requisition(s) to %1", nullptr, int(outcome.requisitions))
                    .arg(QDir::toNativeSeparators(outcome.path)),
            10000);
    emit exportFinished(outcome);
}

void MainWindow::onStatistics(int requestId, const Store::StoreStatistics &statistics)
{
    if (requestId != m_statisticsRequest)
        return;
    m_statisticsRequest = 0;
    showPendingCount(statistics.outboxPending);
    m_requisitions->setSearchIndexPending(statistics.searchIndexPending);
}

void MainWindow::showPendingCount(qint64 count)
{
    m_pendingLabel->setText(
            count == 0
                    ? tr("All edits synced")
                    : tr("%n edit(s) waiting to sync", nullptr, int(qMin<qint64>(count, INT_MAX))));
}

void MainWindow::onFailed(int requestId, const Core::Error &error)
{
    const QString text = DisplayText::error(error);
    if (requestId == m_openRequest) {
        m_openRequest = 0;
        statusBar()->showMessage(text);
        emit databaseFailed(error, text);
    } else if (requestId == m_importRequest) {
        m_importRequest = 0;
        reportImportError(tr("Nothing was saved: %1").arg(text));
    } else if (requestId == m_exportRequest) {
        m_exportRequest = 0;
        statusBar()->showMessage(tr("Export failed: %1").arg(text), 15000);
        emit exportFailed(text);
        auto *box
                = new QMessageBox(QMessageBox::Warning, tr("Export"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (requestId == m_statisticsRequest) {
        m_statisticsRequest = 0;
        m_pendingLabel->clear();
    }
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setCurrentPane(currentPane());
    m_requisitions->saveState(*m_settings);
    m_applications->saveState(*m_settings);
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    shutdownSync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QStringList files = localFiles(event->mimeData()); !files.isEmpty())
        importFiles(files);
    else if (event->mimeData()->hasText())
        importText(event->mimeData()->text());
    event->acceptProposedAction();
}

} // namespace Reqdesk::Gui
