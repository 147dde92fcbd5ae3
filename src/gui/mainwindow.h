#pragma once

#include "core/error.h"
#include "core/import/importresult.h"
#include "gui/charts/postingbands.h"
#include "store/databaseworker.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class ApplicationsPane;
class ImportPreviewDialog;
class PayBandsPane;
class PreferencesDialog;
class RequisitionsPane;
class Settings;
class SyncPane;
class SignInDialog;
class SyncConnection;
class SyncStatusWidget;

/// The desktop app's window: a side bar switching panes, menus, tool bar and status bar.
/// Talks to the cache only through the DatabaseClient it is given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The panes, in side-bar order (Ctrl+1 … Ctrl+4).
    enum Pane {
        RequisitionsPaneIndex,
        PayBandsPaneIndex,
        ApplicationsPaneIndex,
        SyncPaneIndex,
        PaneCount
    };

    /// `client` must outlive the window. Restores layout from Settings at once.
    explicit MainWindow(Store::DatabaseClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the cache at `path` through the client; databaseOpened() or databaseFailed() answers.
    void openDatabase(const QString &path);

    /// Shows pane `pane`.
    void setCurrentPane(int pane);
    int currentPane() const;
    /// A stable file-name-friendly name of the pane ("requisitions", "pay-bands"...).
    static QString paneName(int pane);
    /// The widget of pane `pane`.
    QWidget *paneWidget(int pane) const;

    /// Reads and parses posting files and shows the preview dialog (File > Import…, drops).
    void importFiles(const QStringList &paths);
    /// Parses pasted posting text (or HTML / JSON) and shows the preview dialog.
    void importText(const QString &text);
    /// Writes the current requisitions view (filter and order, all rows) as CSV on the worker.
    void exportCsv(const QString &path);
    /// Writes a PDF report of the shown requisition with its band chart to `path` (rendered on
    /// the GUI thread, written to disk on a pool thread); reportExported() or reportFailed().
    void exportReport(const QString &path);
    /// Saves window geometry, splitter, columns and sort order.
    void saveSettings();

    RequisitionsPane *requisitionsPane() const { return m_requisitions; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The open preview dialog, if any.
    ImportPreviewDialog *previewDialog() const;

    PayBandsPane *payBandsPane() const { return m_payBands; }
    ApplicationsPane *applicationsPane() const { return m_applications; }
    /// The "Sync & conflicts" pane; the sync engine's signals connect to its slots.
    SyncPane *syncPane() const { return m_sync; }
    /// Adds the requisition shown in the detail pane to the pay-band comparison and shows it.
    void compareCurrentPayBands();
    /// Empties the comparison: the pay-bands pane follows the detail pane alone again.
    void clearPayBandComparison();

    /// Sync UI: status bar widgets, File > Sign in… / Sign out, Tools > Preferences…, Sync >
    /// Sync now; local edits start a debounced round, changes of a round refresh the panes.
    /// `connection` (null: sync is off, `--offline`) is started, syncing with `server` when
    /// valid, once the cache is open; it must outlive the window.
    void setupSync(SyncConnection *connection, const QUrl &server = QUrl());
    SyncConnection *syncConnection() const;
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    /// Opens the sign-in dialog (window-modal), offering `server` or the remembered one.
    void showSignIn(const QUrl &server = QUrl());
    /// Opens the preferences dialog (window-modal).
    void showPreferences();
    /// The open sign-in / preferences dialog, if any.
    SignInDialog *signInDialog() const;
    PreferencesDialog *preferencesDialog() const;
    /// Refreshes what a sync round changed ("entity:id", "*" for everything; connected to
    /// SyncConnection::changed): the requisitions query again, the applications window re-read
    /// in place, the shown history.
    void applySyncChanges(const QStringList &ids);

signals:
    void databaseOpened(int schemaVersion);
    void databaseFailed(const Reqdesk::Core::Error &error, const QString &text);
    /// An import was saved (or everything in it was already stored).
    void importFinished(const Reqdesk::Store::ImportOutcome &outcome);
    /// An import could not be read or saved; `text` says why in words.
    void importFailed(const QString &text);
    void exportFinished(const Reqdesk::Store::ExportOutcome &outcome);
    void exportFailed(const QString &text);
    void reportExported(const QString &path);
    void reportFailed(const QString &text);
    /// Preferences were saved (palette, interval, language...).
    void preferencesApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updatePayBands();
    /// Shows the preview of a background parse, or its error.
    void
    finishParse(const Core::ImportResult &result, const QStringList &sources, const QString &error);
    void createActions();
    void createPanes();
    void createStatusBar();
    void showPreview(const Core::ImportResult &result, const QStringList &sources);
    void chooseImportFiles();
    void chooseExportFile();
    void chooseReportFile();
    void pasteFromClipboard();
    void showAbout();
    void refreshStatistics();
    void reportImportError(const QString &text);
    void onOpened(int requestId, int schemaVersion);
    void onImported(int requestId, const Store::ImportOutcome &outcome);
    void onExported(int requestId, const Store::ExportOutcome &outcome);
    void onStatistics(int requestId, const Store::StoreStatistics &statistics);
    void onFailed(int requestId, const Core::Error &error);
    void showPendingCount(qint64 count);
    /// Ends the sync thread without waiting (closing the window).
    void shutdownSync();
    void createSyncActions();

    Store::DatabaseClient *m_client;
    std::unique_ptr<Settings> m_settings;
    QListWidget *m_sideBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    RequisitionsPane *m_requisitions = nullptr;
    PayBandsPane *m_payBands = nullptr;
    ApplicationsPane *m_applications = nullptr;
    SyncPane *m_sync = nullptr;
    std::optional<PostingBands> m_shownBands; ///< the detail pane's requisition
    QList<PostingBands> m_comparedBands;      ///< pinned with "Compare pay bands"
    QUndoStack *m_undoStack = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QPointer<SyncConnection> m_syncConnection;
    QUrl m_syncServer;
    bool m_syncSetUp = false;
    QList<QAction *> m_paneActions;
    QString m_databasePath;
    QString m_syncPhase; ///< of the running sync round, empty between rounds
    int m_schemaVersion = 0;
    int m_openRequest = 0;
    int m_importRequest = 0;
    int m_exportRequest = 0;
    int m_statisticsRequest = 0;
    QUuid m_firstImported;
};

} // namespace Reqdesk::Gui
