#pragma once

#include "core/error.h"
#include "gui/conflictresolutioncommand.h"
#include "store/conflictresolver.h"
#include "sync/roundreport.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class ConflictComparisonView;
class ConflictListModel;
class RefusedEditsView;
class SyncLogModel;

/// "Sync & conflicts": the open conflicts (list, base | mine | theirs side by side, Keep mine /
/// Keep theirs / Edit… through the window's undo stack) and the session's sync log (rounds and
/// failures in plain words, records kept here after the server removed them). Reads and writes
/// only through the DatabaseClient; the sync engine's signals arrive through recordRound() and
/// recordFailure().
class SyncPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPane)

public:
    /// The pane's tabs.
    enum Tab { ConflictsTab, LogTab, RefusedTab };

    /// `client` and `undoStack` must outlive the pane.
    SyncPane(Store::DatabaseClient *client, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SyncPane() override;

    /// Loads the open conflicts (call once the database is open).
    void start();
    /// Reads the open conflicts again (after a sync, or another window resolved some).
    void refresh();

    /// Resolves the selected conflict with `choice` through the undo stack; false when none is
    /// selected or the choice does not fit it.
    bool resolveSelected(Store::ConflictChoice choice);
    /// Resolves conflict `id` through the undo stack (UseValue takes `value`).
    bool resolve(const QUuid &id, Store::ConflictChoice choice, const QJsonValue &value = {});
    /// Opens the editor for a merged value of the selected conflict; resolves on OK.
    void editSelected();
    /// Selects conflict `id` in the list and shows its record side by side.
    void selectConflict(const QUuid &id);
    /// The selected conflict; null when none.
    QUuid selectedConflict() const;

    /// Sends a resolution to the store (used by ConflictResolutionCommand).
    void sendResolution(const ConflictResolution &resolution);
    /// Sends the undo of a resolution (used by ConflictResolutionCommand).
    void sendReopen(const Store::ConflictOutcome &outcome);
    /// What the store did for the last resolution of `id`; none while it is in flight.
    std::optional<Store::ConflictOutcome> outcomeOf(const QUuid &id) const;
    /// True while a resolution of `id` is sent and not yet answered.
    bool isResolving(const QUuid &id) const;
    /// Writes the records kept here after the server removed them to `path` as JSON.
    void exportKeptLocal(const QString &path);
    /// Shows a refusal in words and emits refused().
    void refuse(const QString &text);

    ConflictListModel *conflictModel() const { return m_conflicts; }
    SyncLogModel *logModel() const { return m_log; }
    QTableView *conflictView() const { return m_conflictView; }
    QTableView *logView() const { return m_logView; }
    ConflictComparisonView *comparisonView() const { return m_comparison; }
    QTabWidget *tabs() const { return m_tabs; }
    RefusedEditsView *refusedEditsView() const { return m_refused; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *editButton() const { return m_edit; }
    QListWidget *keptLocalList() const { return m_keptList; }
    QPushButton *exportKeptButton() const { return m_exportKept; }
    /// The text shown when there is no open conflict, or empty while conflicts are listed.
    QString emptyText() const;
    /// The text of the pane's message line.
    QString lastMessage() const;

public slots:
    /// A sync round finished (SyncEngine::synced): logs it, lists kept records, reloads.
    void recordRound(const QDateTime &at, const Reqdesk::Sync::RoundReport &report);
    /// A sync round failed (SyncEngine::syncFailed): logs it in words.
    void recordFailure(int code, const QString &detail, bool willRetry);

signals:
    /// A message for the status bar.
    void message(const QString &text);
    /// An action or undo was refused; `text` says why.
    void refused(const QString &text);
    /// The open conflicts were read; `count` of them.
    void conflictsLoaded(int count);
    /// The store resolved `id`.
    void conflictResolved(const QUuid &id);
    /// The store reopened `id` (an undo).
    void conflictReopened(const QUuid &id);
    /// The kept records were written to `path`.
    void keptLocalExported(const QString &path);
    /// A resolution or its undo changed (or removed) a record in the cache: views showing it
    /// should read it again.
    void recordChanged(const QString &entity, const QUuid &id);

private:
    void keepLogEntry();
    void onConflicts(int requestId, const QList<Store::ConflictRow> &rows);
    void onResolved(int requestId, const Store::ConflictOutcome &outcome);
    void onReopened(int requestId, const QUuid &id);
    void onFailed(int requestId, const Core::Error &error);
    void onTitles(int requestId, const QStringList &keys, const QStringList &titles);
    void onExported(int requestId, const QString &path, int count);
    void chooseExportFile();
    void showCurrent();
    void updateButtons();
    void updateEmptyState();
    void showMessage(const QString &text);
    QString describe(const Store::ConflictRow &row) const;

    Store::DatabaseClient *m_client;
    QUndoStack *m_undoStack;
    ConflictListModel *m_conflicts = nullptr;
    SyncLogModel *m_log = nullptr;
    QTabWidget *m_tabs = nullptr;
    RefusedEditsView *m_refused = nullptr;
    QStackedWidget *m_conflictStack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTableView *m_conflictView = nullptr;
    ConflictComparisonView *m_comparison = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_edit = nullptr;
    QStackedWidget *m_logStack = nullptr;
    QTableView *m_logView = nullptr;
    QLabel *m_keptWarning = nullptr;
    QListWidget *m_keptList = nullptr;
    QPushButton *m_exportKept = nullptr;
    QLabel *m_messageLabel = nullptr;
    QSet<QString> m_keptLocal; ///< "entity:id" kept here after the server removed them
    QHash<QUuid, Store::ConflictOutcome> m_outcomes;
    QHash<int, QUuid> m_resolveRequests;
    QHash<int, Store::ConflictOutcome> m_reopenRequests;
    QHash<int, QString> m_descriptions; ///< request → what it was about, for messages
    int m_loadRequest = 0;
    int m_logRequest = 0; ///< reading the log of earlier sessions
    int m_titlesRequest = 0;
    int m_exportRequest = 0;
    bool m_started = false;
    bool m_reloadAgain = false;
    QUuid m_wanted; ///< the conflict to select once the list has it
};

} // namespace Reqdesk::Gui
