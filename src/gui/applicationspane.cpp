#include "gui/applicationspane.h"

#include "core/rules/applicationstatemachine.h"
#include "gui/applicationcacheproxy.h"
#include "gui/applicationhistoryview.h"
#include "gui/applicationtablemodel.h"
#include "gui/charts/pipelinechartspane.h"
#include "gui/displaytext.h"
#include "gui/kanbanboard.h"
#include "gui/settings.h"
#include "gui/stagemovecommand.h"
#include "gui/stagereasondialog.h"
#include "store/databaseclient.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace Reqdesk::Gui {

using Core::ApplicationStateMachine;
using Core::Stage;

namespace {

// Who the history says made a move: the account name, as the CLI records it too.
QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

ApplicationsPane::ApplicationsPane(Store::DatabaseClient *client,
                                   QUndoStack *undoStack,
                                   QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_undoStack(undoStack)
    , m_model(new ApplicationTableModel(client, this))
{
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->setAccessibleName(tr("Show applications of"));
    m_scope->addItem(tr("The selected requisition"));
    m_scope->addItem(tr("All requisitions"));
    m_scope->setCurrentIndex(AllRequisitions);

    m_stageFilter = new QComboBox(this);
    m_stageFilter->setObjectName(QStringLiteral("stageFilterCombo"));
    m_stageFilter->setAccessibleName(tr("Stage filter"));
    m_stageFilter->addItem(tr("Any stage"), -1);
    for (Stage stage : ApplicationStateMachine::allStages())
        m_stageFilter->addItem(ApplicationTableModel::stageText(stage), int(stage));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("applicationSearchEdit"));
    m_search->setPlaceholderText(tr("Candidate or requisition"));
    m_search->setAccessibleName(tr("Search applications by candidate or requisition"));
    m_search->setClearButtonEnabled(true);
    // One query once typing pauses, not one per keystroke.
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_searchDebounce, &QTimer::timeout, this, &ApplicationsPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, &ApplicationsPane::applyFilter);

    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(QStringLiteral("tableModeButton"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setChecked(true);
    m_boardButton = new QToolButton(this);
    m_boardButton->setObjectName(QStringLiteral("boardModeButton"));
    m_boardButton->setText(tr("Board"));
    m_boardButton->setCheckable(true);
    m_chartsButton = new QToolButton(this);
    m_chartsButton->setObjectName(QStringLiteral("chartsModeButton"));
    m_chartsButton->setText(tr("Charts"));
    m_chartsButton->setCheckable(true);
    // Whole sentences: lowercasing a button label breaks languages that capitalise nouns.
    m_tableButton->setAccessibleName(tr("Show as table"));
    m_boardButton->setAccessibleName(tr("Show as board"));
    m_chartsButton->setAccessibleName(tr("Show as charts"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_tableButton, TableMode);
    modes->addButton(m_boardButton, BoardMode);
    modes->addButton(m_chartsButton, ChartsMode);

    m_moveMenu = new QMenu(tr("Move to"), this);
    m_moveMenu->setObjectName(QStringLiteral("moveToMenu"));
    for (Stage stage : ApplicationStateMachine::allStages()) {
        QAction *a = m_moveMenu->addAction(ApplicationTableModel::stageText(stage));
        a->setObjectName(QStringLiteral("moveTo_") + Core::stageName(stage));
        connect(a, &QAction::triggered, this, [this, stage] { moveSelected(stage); });
    }
    m_moveButton = new QToolButton(this);
    m_moveButton->setObjectName(QStringLiteral("moveToButton"));
    m_moveButton->setText(tr("Move to\u2026"));
    m_moveButton->setMenu(m_moveMenu);
    m_moveButton->setPopupMode(QToolButton::InstantPopup);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_scope);
    bar->addWidget(m_stageFilter);
    bar->addWidget(m_search);
    bar->addSpacing(12);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_boardButton);
    bar->addWidget(m_chartsButton);
    bar->addSpacing(12);
    bar->addWidget(m_moveButton);
    bar->addWidget(m_messageLabel, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setAccessibleName(tr("Applications"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // One line a row: a fixed height. ResizeToContents measured every cell of every loaded row
    // on each page appended, so paging down grew slower with every page (P7).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Sorting runs in SQL on raw values: the header only asks the model.
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicator(ApplicationTableModel::AppliedColumn,
                                                  Qt::AscendingOrder);
    connect(m_table->horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            m_model,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_moveMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    // The board filters every row it is given: it gets the cached window, not the whole list.
    m_board = new KanbanBoard(new ApplicationCacheProxy(m_model, this), this);
    m_board->setObjectName(QStringLiteral("kanbanBoard"));
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    // Eight columns are wide: scroll rather than force a minimum size on the whole window.
    auto *boardScroll = new QScrollArea(this);
    boardScroll->setWidgetResizable(true);
    boardScroll->setFrameShape(QFrame::NoFrame);
    boardScroll->setWidget(m_board);
    m_views->addWidget(boardScroll);
    m_charts = new PipelineChartsPane(m_client, this);
    m_charts->setObjectName(QStringLiteral("pipelineCharts"));
    m_views->addWidget(m_charts);

    m_history = new ApplicationHistoryView(this);
    m_history->setObjectName(QStringLiteral("applicationHistory"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_views);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The timeline has five columns: give it room to be read without scrolling.
    m_history->setMinimumWidth(240);
    splitter->setSizes({900, 420});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(modes, &QButtonGroup::idClicked, this, [this](int id) { setViewMode(ViewMode(id)); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { applyScope(); });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ApplicationsPane::onTableCurrentChanged);
    connect(m_board, &KanbanBoard::moveRequested, this, [this](const QList<QUuid> &ids, Stage to) {
        requestMoves(ids, to);
    });
    connect(m_board,
            &KanbanBoard::applicationActivated,
            this,
            &ApplicationsPane::selectApplication);
    connect(m_history,
            &ApplicationHistoryView::noteRequested,
            this,
            [this](const QUuid &, const QString &text) { addNote(text); });
    connect(m_client, &Store::DatabaseClient::stageMoved, this, &ApplicationsPane::onMoved);
    connect(m_client, &Store::DatabaseClient::noteAdded, this, &ApplicationsPane::onNoteAdded);
    connect(m_client,
            &Store::DatabaseClient::applicationHistoryReady,
            this,
            &ApplicationsPane::onHistory);
    connect(m_client, &Store::DatabaseClient::failed, this, &ApplicationsPane::onFailed);
    connect(m_model, &ApplicationTableModel::firstPageArrived, this, [this] {
        m_table->resizeColumnsToContents();
    });
    connect(m_model,
            &ApplicationTableModel::windowRefreshed,
            this,
            &ApplicationsPane::onWindowRefreshed);
    connect(m_model, &ApplicationTableModel::loadFailed, this, [this](const Core::Error &error) {
        showMessage(DisplayText::error(error));
    });
}

ApplicationsPane::~ApplicationsPane() = default;

void ApplicationsPane::restoreState(const Settings &settings)
{
    const int column = ApplicationTableModel::columnFor(settings.applicationsSortColumn());
    const Qt::SortOrder order = settings.applicationsSortOrder();
    {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column, order);
    }
    m_model->sort(column, order); // before start(): recorded, no query
}

void ApplicationsPane::saveState(Settings &settings) const
{
    settings.setApplicationsSortColumn(m_model->query().sort);
    settings.setApplicationsSortOrder(m_model->query().order);
}

void ApplicationsPane::setFilter(std::optional<Stage> stage, const QString &text)
{
    {
        const QSignalBlocker b1(m_stageFilter);
        const QSignalBlocker b2(m_search);
        m_stageFilter->setCurrentIndex(stage ? m_stageFilter->findData(int(*stage)) : 0);
        m_search->setText(text);
    }
    m_searchDebounce->stop();
    applyFilter();
}

void ApplicationsPane::applyFilter()
{
    m_searchDebounce->stop();
    QList<Stage> stages;
    if (const int stage = m_stageFilter->currentData().toInt(); stage >= 0)
        stages << Stage(stage);
    const QString text = m_search->text().trimmed();
    const Store::ApplicationQuery current = m_model->query();
    if (current.filter.stages == stages && current.filter.text == text)
        return;
    m_current = QUuid();
    m_history->clear();
    m_model->setFilter(stages, text);
}

void ApplicationsPane::start()
{
    m_started = true;
    applyScope();
}

void ApplicationsPane::setCurrentRequisition(const QUuid &id, const QString &title)
{
    if (id == m_requisition)
        return;
    m_requisition = id;
    m_requisitionTitle = title;
    m_scope->setItemText(FollowRequisition,
                         title.isEmpty() ? tr("The selected requisition") : title);
    if (scopeMode() == FollowRequisition)
        applyScope();
}

void ApplicationsPane::setScopeMode(ScopeMode mode)
{
    m_scope->setCurrentIndex(mode); // applyScope() runs on the change
}

ApplicationsPane::ScopeMode ApplicationsPane::scopeMode() const
{
    return ScopeMode(m_scope->currentIndex());
}

void ApplicationsPane::setViewMode(ViewMode mode)
{
    m_views->setCurrentIndex(mode);
    m_tableButton->setChecked(mode == TableMode);
    m_boardButton->setChecked(mode == BoardMode);
    m_chartsButton->setChecked(mode == ChartsMode);
    // Charts count the whole scope: one application's history beside them would mislead, and
    // there is no selection to move.
    m_history->setVisible(mode != ChartsMode);
    m_moveButton->setEnabled(mode != ChartsMode);
}

ApplicationsPane::ViewMode ApplicationsPane::viewMode() const
{
    return ViewMode(m_views->currentIndex());
}

void ApplicationsPane::applyScope()
{
    if (!m_started)
        return;
    m_current = QUuid();
    m_history->clear();
    if (scopeMode() == FollowRequisition) {
        m_model->setScope(m_requisition); // a null id lists nothing until one is selected
        m_charts->setScope(m_requisition, m_requisitionTitle);
    } else {
        m_model->setScope(std::nullopt);
        m_charts->setScope(std::nullopt, QString());
    }
}

std::optional<Stage> ApplicationsPane::expectedStage(const QUuid &id) const
{
    if (const auto it = m_expected.constFind(id); it != m_expected.constEnd())
        return *it;
    if (const Store::ApplicationRow *row = m_model->row(id))
        return row->application.stage;
    return std::nullopt;
}

int ApplicationsPane::requestMoves(const QList<QUuid> &ids, Stage to)
{
    QList<StageMove> moves;
    QStringList refused;
    bool needsReason = false;
    for (const QUuid &id : ids) {
        const Store::ApplicationRow *row = m_model->row(id);
        const auto from = expectedStage(id);
        if (!row || !from)
            continue;
        if (*from == to)
            continue; // dropped where it already is: not a move
        if (!ApplicationStateMachine::isLegal(*from, to)) {
            refused << tr("%1 cannot move from %2 to %3.")
                               .arg(row->candidateName,
                                    ApplicationTableModel::stageText(*from),
                                    ApplicationTableModel::stageText(to));
            continue;
        }
        needsReason = needsReason || ApplicationStateMachine::requiresReason(*from, to);
        moves << StageMove{id, row->candidateName, *from, to, QString()};
    }
    if (!refused.isEmpty())
        refuse(refused.join(u' '));
    if (moves.isEmpty())
        return 0;

    if (needsReason) {
        const QString what
                = moves.size() == 1
                          ? tr("Move %1 from %2 to %3.")
                                    .arg(moves.first().candidateName,
                                         ApplicationTableModel::stageText(moves.first().from),
                                         ApplicationTableModel::stageText(to))
                          : tr("Move %n applications to %1.", nullptr, int(moves.size()))
                                    .arg(ApplicationTableModel::stageText(to));
        StageReasonDialog dialog(what, true, this);
        if (dialog.exec() != QDialog::Accepted) {
            showMessage(tr("Move cancelled."));
            return 0;
        }
        for (StageMove &m : moves)
            m.reason = dialog.reason();
    }

    if (moves.size() == 1) {
        m_undoStack->push(new StageMoveCommand(this, moves.first()));
    } else {
        auto *bulk = new QUndoCommand(tr("move %n applications to %1", nullptr, int(moves.size()))
                                              .arg(ApplicationTableModel::stageText(to)));
        for (const StageMove &m : std::as_const(moves))
            new StageMoveCommand(this, m, bulk);
        m_undoStack->push(bulk);
    }
    return int(moves.size());
}

int ApplicationsPane::moveSelected(Stage to)
{
    QList<QUuid> ids;
    if (viewMode() == BoardMode) {
        ids = m_board->selectedApplications();
    } else {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows)
            ids << i.data(ApplicationTableModel::IdRole).toUuid();
    }
    if (ids.isEmpty() && !m_current.isNull())
        ids << m_current;
    return requestMoves(ids, to);
}

void ApplicationsPane::sendMove(const QUuid &id, Stage from, Stage to, const QString &reason)
{
    m_expected.insert(id, to);
    m_moveRequests.insert(m_client->moveStage(id, from, to, reason, userName()), id);
}

void ApplicationsPane::refuse(const QString &text)
{
    showMessage(text);
    emit moveRefused(text);
}

QString ApplicationsPane::lastMessage() const
{
    return m_messageLabel->text();
}

void ApplicationsPane::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    emit message(text);
}

void ApplicationsPane::selectApplication(const QUuid &id)
{
    if (id == m_current)
        return;
    m_current = id;
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_table->currentIndex().row() != row)
        m_table->setCurrentIndex(m_model->index(row, ApplicationTableModel::CandidateColumn));
    const Store::ApplicationRow *r = m_model->row(id);
    m_history->setApplication(
            id, r ? tr("%1 for %2").arg(r->candidateName, r->requisitionTitle) : QString());
    requestHistory();
}

void ApplicationsPane::requestHistory()
{
    m_historyRequest = m_current.isNull() ? 0 : m_client->applicationHistory(m_current);
}

void ApplicationsPane::addNote(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_current.isNull() || trimmed.isEmpty())
        return;
    Core::Note note;
    note.id = QUuid::createUuid();
    note.applicationId = m_current;
    note.author = userName();
    note.at = QDateTime::currentDateTimeUtc();
    note.text = trimmed;
    m_noteRequests.insert(m_client->addNote(note), m_current);
}

void ApplicationsPane::refreshApplications()
{
    m_refreshing = m_current;
    m_model->refreshWindow(m_current.isNull() ? QList<QUuid>() : QList<QUuid>{m_current});
    if (m_current.isNull())
        emit applicationsRefreshed();
}

void ApplicationsPane::refreshHistory()
{
    requestHistory();
}

void ApplicationsPane::onWindowRefreshed(const QList<qint64> &rows)
{
    const QUuid id = std::exchange(m_refreshing, QUuid());
    if (id.isNull() || id != m_current) {
        emit applicationsRefreshed(); // the user moved on meanwhile
        return;
    }
    const qint64 row = rows.value(0, -1);
    if (row < 0 || row >= m_model->rowCount()) {
        // Gone (removed by the sync, or no longer matching the filter): nothing is selected.
        m_current = QUuid();
        m_history->clear();
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(int(row), ApplicationTableModel::CandidateColumn);
        if (m_table->currentIndex().row() != row) {
            // Its page may still hold the rows from before the round: keep the id, not the
            // row's old occupant.
            m_reselecting = true;
            m_table->setCurrentIndex(index);
            m_reselecting = false;
        }
        requestHistory(); // the round may have brought stage events or notes
    }
    emit applicationsRefreshed();
}

void ApplicationsPane::onTableCurrentChanged()
{
    if (m_reselecting)
        return;
    const QModelIndex current = m_table->currentIndex();
    const QUuid id = current.data(ApplicationTableModel::IdRole).toUuid();
    if (!id.isNull()) // a row still loading has no id yet
        selectApplication(id);
}

void ApplicationsPane::onMoved(int requestId,
                               const Store::ApplicationRow &row,
                               const Core::StageEvent &event)
{
    const QUuid id = m_moveRequests.take(requestId);
    if (id.isNull()) {
        // Moved by someone else through the same client: the shown history may be stale.
        if (row.application.id == m_current)
            requestHistory();
        return;
    }
    // The model updated its row already; forget the expectation once nothing else is in flight.
    if (!m_moveRequests.values().contains(id))
        m_expected.remove(id);
    showMessage(tr("%1 moved to %2.")
                        .arg(row.candidateName, ApplicationTableModel::stageText(event.to)));
    emit stageMoved(id, event.to);
    if (id == m_current)
        requestHistory();
}

void ApplicationsPane::onNoteAdded(int requestId, const Core::Note &note)
{
    const QUuid id = m_noteRequests.take(requestId);
    if (id.isNull())
        return;
    showMessage(tr("Note added."));
    emit noteAdded(note.applicationId);
    if (id == m_current)
        requestHistory();
}

void ApplicationsPane::onHistory(int requestId,
                                 const QUuid &id,
                                 const QList<Core::StageEvent> &events,
                                 const QList<Core::Note> &notes)
{
    if (requestId != m_historyRequest)
        return;
    m_historyRequest = 0;
    if (id != m_current)
        return;
    m_history->setHistory(events, notes);
    emit historyShown(id);
}

void ApplicationsPane::onFailed(int requestId, const Core::Error &error)
{
    if (const QUuid id = m_moveRequests.take(requestId); !id.isNull()) {
        // The store refused (moved elsewhere meanwhile): trust the loaded row again.
        if (!m_moveRequests.values().contains(id))
            m_expected.remove(id);
        const Store::ApplicationRow *row = m_model->row(id);
        const QString name = row ? row->candidateName : tr("The application");
        if (error.code == Core::ErrorCode::IllegalTransition)
            refuse(tr("%1 was not moved: it was changed elsewhere meanwhile (%2).")
                           .arg(name, error.detail));
        else
            refuse(tr("%1 was not moved: %2").arg(name, DisplayText::error(error)));
        // Show where the store says it is, so the next move starts from the truth.
        m_model->refreshRow(id);
        if (id == m_current)
            requestHistory();
        return;
    }
    if (m_noteRequests.remove(requestId) > 0) {
        showMessage(tr("The note was not saved: %1").arg(DisplayText::error(error)));
        return;
    }
    if (requestId == m_historyRequest) {
        m_historyRequest = 0;
        showMessage(DisplayText::error(error));
    }
}

} // namespace Reqdesk::Gui
