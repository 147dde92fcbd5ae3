#pragma once

#include "core/error.h"
#include "core/note.h"
#include "core/stage.h"
#include "core/stageevent.h"
#include "store/applicationrepository.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class ApplicationHistoryView;
class ApplicationTableModel;
class KanbanBoard;
class PipelineChartsPane;
class Settings;

/// The applicant pipeline: applications of the followed requisition (or all) as a table or a
/// kanban board, the selected one's history and notes. Every move is checked with the core
/// state machine before it is sent, asks for a reason where one is required and goes through
/// the window's undo stack as a StageMoveCommand.
class ApplicationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationsPane)

public:
    /// How the applications are shown.
    enum ViewMode { TableMode, BoardMode, ChartsMode };
    /// What the pane lists.
    enum ScopeMode { FollowRequisition, AllRequisitions };

    /// `client` and `undoStack` must outlive the pane.
    ApplicationsPane(Store::DatabaseClient *client,
                     QUndoStack *undoStack,
                     QWidget *parent = nullptr);
    ~ApplicationsPane() override;

    /// Loads the first page (call once the database is open).
    void start();
    /// The requisition the Requisitions pane shows; followed while the scope is FollowRequisition.
    void setCurrentRequisition(const QUuid &id, const QString &title);
    /// Restores the table's sort order; call before start().
    void restoreState(const Settings &settings);
    /// Saves the table's sort order.
    void saveState(Settings &settings) const;
    /// Filters the list by stage (none: any stage) and by text in the candidate's name or the
    /// requisition's title; the query runs in SQL. Sets the filter fields too.
    void setFilter(std::optional<Core::Stage> stage, const QString &text);
    /// Lists the followed requisition's applications, or all; reloads.
    void setScopeMode(ScopeMode mode);
    ScopeMode scopeMode() const;
    /// Shows the table, the board (same model, same scope) or the funnel and time-in-stage
    /// charts of the same scope.
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const;

    /// Checks moves of `ids` to `to`, asks for a reason when one is needed (Cancel aborts) and
    /// pushes one undo command for the legal ones. Illegal moves are refused with a message.
    /// Returns the number of moves pushed.
    int requestMoves(const QList<QUuid> &ids, Core::Stage to);
    /// Moves the applications selected in the table, or on the board in board mode (the
    /// "Move to…" menu); the current one when nothing is selected.
    int moveSelected(Core::Stage to);
    /// Shows `id`'s history and notes (and selects its row).
    void selectApplication(const QUuid &id);
    /// Appends a note to the selected application.
    void addNote(const QString &text);
    /// Applications changed in the store (a sync round): the model re-reads its window without
    /// a reset; the selected application stays selected where it now sorts (its history read
    /// again), or the selection clears when it is gone. Answered by applicationsRefreshed().
    void refreshApplications();
    /// Reads the shown application's history and notes again (a sync brought events or notes).
    void refreshHistory();

    /// Where the application will be once every sent move is done; none when unknown.
    std::optional<Core::Stage> expectedStage(const QUuid &id) const;
    /// Sends one move to the worker (used by StageMoveCommand).
    void sendMove(const QUuid &id, Core::Stage from, Core::Stage to, const QString &reason);
    /// Shows a refusal in words and emits moveRefused().
    void refuse(const QString &text);

    ApplicationTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    KanbanBoard *board() const { return m_board; }
    PipelineChartsPane *charts() const { return m_charts; }
    ApplicationHistoryView *historyView() const { return m_history; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *stageFilterCombo() const { return m_stageFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QMenu *moveMenu() const { return m_moveMenu; }
    /// The application whose history is shown; null when none.
    QUuid currentApplication() const { return m_current; }
    /// The text of the pane's message line (the last refusal or confirmation).
    QString lastMessage() const;

signals:
    /// A message for the status bar.
    void message(const QString &text);
    /// A move or undo was refused; `text` says why.
    void moveRefused(const QString &text);
    /// A move was stored.
    void stageMoved(const QUuid &id, Reqdesk::Core::Stage to);
    /// The history view now shows `id`'s history and notes, read from the store.
    void historyShown(const QUuid &id);
    void noteAdded(const QUuid &id);
    /// refreshApplications() knows where the selected application now is (none when gone).
    void applicationsRefreshed();

private:
    void applyFilter();
    void applyScope();
    void onTableCurrentChanged();
    void onMoved(int requestId, const Store::ApplicationRow &row, const Core::StageEvent &event);
    void onNoteAdded(int requestId, const Core::Note &note);
    void onHistory(int requestId,
                   const QUuid &id,
                   const QList<Core::StageEvent> &events,
                   const QList<Core::Note> &notes);
    void onFailed(int requestId, const Core::Error &error);
    void showMessage(const QString &text);
    void requestHistory();
    void onWindowRefreshed(const QList<qint64> &rows);

    Store::DatabaseClient *m_client;
    QUndoStack *m_undoStack;
    ApplicationTableModel *m_model = nullptr;
    QUuid m_refreshing;         ///< the application selected when refreshApplications() was called
    bool m_reselecting = false; ///< moving the current row to where the selection now sorts
    QComboBox *m_scope = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_chartsButton = nullptr;
    QToolButton *m_moveButton = nullptr;
    QMenu *m_moveMenu = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    KanbanBoard *m_board = nullptr;
    PipelineChartsPane *m_charts = nullptr;
    ApplicationHistoryView *m_history = nullptr;
    QLabel *m_messageLabel = nullptr;
    QUuid m_requisition;
    QString m_requisitionTitle;
    QUuid m_current;
    bool m_started = false;
    QHash<QUuid, Core::Stage> m_expected; ///< stage after the moves in flight
    QHash<int, QUuid> m_moveRequests;     ///< move request → application
    QHash<int, QUuid> m_noteRequests;     ///< note request → application
    int m_historyRequest = 0;
};

} // namespace Reqdesk::Gui
