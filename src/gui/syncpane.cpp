#include "gui/syncpane.h"

#include "gui/conflictcomparisonview.h"
#include "gui/conflicteditdialog.h"
#include "gui/conflictlistmodel.h"
#include "gui/conflictvaluetext.h"
#include "gui/displaytext.h"
#include "gui/refusededitsview.h"
#include "gui/synclogmodel.h"
#include "store/databaseclient.h"

#include <algorithm>

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

using Store::ConflictChoice;

namespace {

QLabel *emptyStateLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(24);
    label->setEnabled(false);
    return label;
}

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    // Tab leaves the table for the next control, as a keyboard user expects in this pane.
    view->setTabKeyNavigation(false);
    return view;
}

// "Requisition “Software Engineer 2”: kept on this computer", or the id when the title is unknown.
QString keptText(const QString &key, const QString &title)
{
    const QString entity = ConflictValueText::entity(key.section(u':', 0, 0));
    const QString name = title.isEmpty() ? key.section(u':', 1)
                                         : QString(QChar(0x201C) + title + QChar(0x201D));
    return SyncPane::tr("%1 %2: kept on this computer").arg(entity, name);
}

} // namespace

SyncPane::SyncPane(Store::DatabaseClient *client, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_undoStack(undoStack)
    , m_conflicts(new ConflictListModel(this))
    , m_log(new SyncLogModel(this))
{
    // Conflicts: the list, and the selected record side by side with the three choices.
    m_conflictView = tableView(m_conflicts, tr("Open conflicts"), this);
    m_conflictView->setObjectName(QStringLiteral("conflictsView"));
    m_conflictView->horizontalHeader()->setSectionResizeMode(ConflictListModel::RecordColumn,
                                                             QHeaderView::Stretch);
    m_conflictView->horizontalHeader()->setStretchLastSection(false);
    for (int column : {int(ConflictListModel::EntityColumn),
                       int(ConflictListModel::FieldColumn),
                       int(ConflictListModel::WhenColumn)})
        m_conflictView->horizontalHeader()->setSectionResizeMode(column,
                                                                 QHeaderView::ResizeToContents);
    m_conflictView->setWordWrap(false);
    m_comparison = new ConflictComparisonView(this);
    m_comparison->setObjectName(QStringLiteral("conflictComparison"));

    m_keepMine = new QPushButton(tr("Keep &mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setAccessibleName(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Keep the value from this computer; it is sent with the next sync."));
    m_keepTheirs = new QPushButton(tr("Keep &theirs"), this);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keepTheirs->setAccessibleName(tr("Keep theirs"));
    m_keepTheirs->setToolTip(tr("Keep the server's value."));
    m_edit = new QPushButton(tr("&Edit\u2026"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setAccessibleName(tr("Edit a merged value"));
    m_edit->setToolTip(tr("Write a value that merges both sides."));
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        resolveSelected(ConflictChoice::KeepMine);
    });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        resolveSelected(ConflictChoice::KeepTheirs);
    });
    connect(m_edit, &QPushButton::clicked, this, &SyncPane::editSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addWidget(m_edit);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_comparison, 1);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_conflictView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_emptyLabel = emptyStateLabel(
            tr("No conflicts. When the same field is changed on this computer and on the server "
               "to different values, it shows up here with both values side by side for you "
               "to choose."),
            this);
    m_emptyLabel->setObjectName(QStringLiteral("conflictsEmptyLabel"));
    m_conflictStack = new QStackedWidget(this);
    m_conflictStack->addWidget(m_emptyLabel);
    m_conflictStack->addWidget(splitter);

    // The sync log: records kept here after the server removed them, then the rounds.
    m_keptWarning = new QLabel(
            tr("\u26a0 These records were deleted on the server, or you can no longer see "
               "them, while they held edits not yet sent. They are kept on this computer so "
               "nothing is lost; export what you need, the server will not take these edits."),
            this);
    m_keptWarning->setObjectName(QStringLiteral("keptLocalWarning"));
    m_keptWarning->setWordWrap(true);
    m_keptWarning->setTextFormat(Qt::PlainText);
    m_keptList = new QListWidget(this);
    m_keptList->setObjectName(QStringLiteral("keptLocalList"));
    m_keptList->setAccessibleName(tr("Records kept on this computer"));
    m_keptList->setMaximumHeight(120);
    m_exportKept = new QPushButton(tr("E&xport these records\u2026"), this);
    m_exportKept->setObjectName(QStringLiteral("exportKeptButton"));
    m_exportKept->setAccessibleName(tr("Export the records kept on this computer"));
    connect(m_exportKept, &QPushButton::clicked, this, &SyncPane::chooseExportFile);
    m_keptWarning->hide();
    m_keptList->hide();
    m_exportKept->hide();

    m_logView = tableView(m_log, tr("Sync log"), this);
    m_logView->setObjectName(QStringLiteral("syncLogView"));
    m_logView->horizontalHeader()->setSectionResizeMode(SyncLogModel::ResultColumn,
                                                        QHeaderView::Stretch);
    m_logView->horizontalHeader()->setStretchLastSection(false);
    m_logView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *logEmpty = emptyStateLabel(tr("No sync has run in this session yet. Rounds and "
                                        "problems will be listed here, newest first."),
                                     this);
    logEmpty->setObjectName(QStringLiteral("syncLogEmptyLabel"));
    m_logStack = new QStackedWidget(this);
    m_logStack->addWidget(logEmpty);
    m_logStack->addWidget(m_logView);
    auto *logPage = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->addWidget(m_keptWarning);
    logLayout->addWidget(m_keptList);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportKept);
    exportRow->addStretch();
    logLayout->addLayout(exportRow);
    logLayout->addWidget(m_logStack, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->setAccessibleName(tr("Sync and conflicts"));
    m_tabs->addTab(m_conflictStack, tr("Conflicts"));
    m_tabs->addTab(logPage, tr("Sync log"));
    m_refused = new RefusedEditsView(m_client, this);
    m_tabs->addTab(m_refused, tr("Refused edits"));
    connect(m_refused, &RefusedEditsView::countChanged, this, &SyncPane::updateEmptyState);
    connect(m_refused, &RefusedEditsView::message, this, &SyncPane::showMessage);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("syncMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_messageLabel);

    setTabOrder(m_tabs, m_conflictView);
    setTabOrder(m_conflictView, m_comparison->table());
    setTabOrder(m_comparison->table(), m_keepMine);
    setTabOrder(m_keepMine, m_keepTheirs);
    setTabOrder(m_keepTheirs, m_edit);

    connect(m_conflictView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SyncPane::showCurrent);
    connect(m_comparison,
            &ConflictComparisonView::currentConflictChanged,
            this,
            [this](const QUuid &id) {
                // The buttons act on the list's current conflict: follow a field picked side by
                // side.
                const int row = m_conflicts->rowOf(id);
                if (!id.isNull() && row >= 0 && id != selectedConflict()) {
                    {
                        const QSignalBlocker blocker(m_conflictView->selectionModel());
                        m_conflictView->selectRow(row);
                    }
                    // The view missed the (blocked) selection signals: repaint it.
                    m_conflictView->viewport()->update();
                }
                updateButtons();
            });
    connect(m_client, &Store::DatabaseClient::conflictsReady, this, &SyncPane::onConflicts);
    connect(m_client, &Store::DatabaseClient::conflictResolved, this, &SyncPane::onResolved);
    connect(m_client, &Store::DatabaseClient::conflictReopened, this, &SyncPane::onReopened);
    connect(m_client, &Store::DatabaseClient::recordTitlesReady, this, &SyncPane::onTitles);
    connect(m_client, &Store::DatabaseClient::recordsExported, this, &SyncPane::onExported);
    connect(m_client, &Store::DatabaseClient::failed, this, &SyncPane::onFailed);
    connect(m_client,
            &Store::DatabaseClient::syncLogReady,
            this,
            [this](int requestId, const QList<Store::SyncLogEntry> &stored) {
                if (requestId != m_logRequest)
                    return;
                m_logRequest = 0;
                QList<SyncLogModel::Entry> entries;
                entries.reserve(stored.size());
                for (const Store::SyncLogEntry &e : stored)
                    entries << SyncLogModel::fromStore(e);
                m_log->addEarlier(entries);
                updateEmptyState();
            });

    updateEmptyState();
    updateButtons();
}

SyncPane::~SyncPane() = default;

void SyncPane::start()
{
    m_started = true;
    // The log of earlier sessions, below anything recorded before it answers.
    m_logRequest = m_client->syncLog(SyncLogModel::maxEntries);
    refresh();
}

void SyncPane::keepLogEntry()
{
    // Written on the worker, trimmed there to the entries the model shows.
    if (m_started && m_log->rowCount() > 0)
        m_client->appendSyncLog(SyncLogModel::toStore(m_log->entryAt(0)), SyncLogModel::maxEntries);
}

void SyncPane::refresh()
{
    if (!m_started)
        return;
    m_refused->refresh();
    if (m_loadRequest != 0) {
        m_reloadAgain = true; // the answer in flight may predate the change
        return;
    }
    m_loadRequest = m_client->openConflicts();
}

QUuid SyncPane::selectedConflict() const
{
    const QModelIndex current = m_conflictView->currentIndex();
    return current.isValid() ? current.data(ConflictListModel::IdRole).toUuid() : QUuid();
}

void SyncPane::selectConflict(const QUuid &id)
{
    const int row = m_conflicts->rowOf(id);
    if (row < 0) {
        m_wanted = id; // selected once it is listed
        return;
    }
    m_conflictView->selectRow(row);
    m_comparison->setCurrentConflict(id);
}

QString SyncPane::describe(const Store::ConflictRow &row) const
{
    return tr("%1 of \u201c%2\u201d")
            .arg(ConflictValueText::field(row.conflict.entity, row.conflict.field),
                 ConflictListModel::recordText(row));
}

bool SyncPane::resolveSelected(ConflictChoice choice)
{
    const QUuid id = selectedConflict();
    if (id.isNull()) {
        refuse(tr("Select a conflict first."));
        return false;
    }
    return resolve(id, choice);
}

bool SyncPane::resolve(const QUuid &id, ConflictChoice choice, const QJsonValue &value)
{
    const int row = m_conflicts->rowOf(id);
    if (row < 0) {
        refuse(tr("That conflict is no longer open."));
        return false;
    }
    const Store::ConflictRow &conflict = m_conflicts->conflictAt(row);
    if (choice == ConflictChoice::UseValue
        && !ConflictValueText::isFieldConflict(conflict.conflict.field)) {
        refuse(tr("A deleted or re-created record can only be kept as mine or as theirs."));
        return false;
    }
    ConflictResolution resolution;
    resolution.conflictId = id;
    resolution.choice = choice;
    resolution.value = value;
    resolution.description = describe(conflict);
    // push() runs redo(), which sends the resolution.
    m_undoStack->push(new ConflictResolutionCommand(this, resolution));
    return true;
}

void SyncPane::editSelected()
{
    const int row = m_conflicts->rowOf(selectedConflict());
    if (row < 0) {
        refuse(tr("Select a conflict first."));
        return;
    }
    const Store::ConflictRow conflict = m_conflicts->conflictAt(row);
    if (!ConflictValueText::isFieldConflict(conflict.conflict.field)) {
        refuse(tr("A deleted or re-created record can only be kept as mine or as theirs."));
        return;
    }
    auto *dialog = new ConflictEditDialog(
            conflict.conflict, ConflictListModel::recordText(conflict), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = conflict.conflict.id] {
        if (const auto value = dialog->value())
            resolve(id, ConflictChoice::UseValue, *value);
    });
    dialog->open(); // window-modal, without a nested event loop
}

void SyncPane::sendResolution(const ConflictResolution &resolution)
{
    m_outcomes.remove(resolution.conflictId);
    const int request
            = m_client->resolveConflict(resolution.conflictId, resolution.choice, resolution.value);
    m_resolveRequests.insert(request, resolution.conflictId);
    m_descriptions.insert(request, resolution.description);
}

void SyncPane::sendReopen(const Store::ConflictOutcome &outcome)
{
    const int request = m_client->reopenConflict(outcome);
    m_outcomes.remove(outcome.conflictId);
    m_reopenRequests.insert(request, outcome);
    m_wanted = outcome.conflictId;
}

std::optional<Store::ConflictOutcome> SyncPane::outcomeOf(const QUuid &id) const
{
    const auto it = m_outcomes.constFind(id);
    if (it == m_outcomes.constEnd())
        return std::nullopt;
    return *it;
}

bool SyncPane::isResolving(const QUuid &id) const
{
    return std::any_of(m_resolveRequests.cbegin(), m_resolveRequests.cend(), [&](const QUuid &r) {
        return r == id;
    });
}

void SyncPane::refuse(const QString &text)
{
    showMessage(text);
    emit refused(text);
}

void SyncPane::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    emit message(text);
}

QString SyncPane::lastMessage() const
{
    return m_messageLabel->text();
}

QString SyncPane::emptyText() const
{
    return m_conflictStack->currentWidget() == m_emptyLabel ? m_emptyLabel->text() : QString();
}

void SyncPane::onConflicts(int requestId, const QList<Store::ConflictRow> &rows)
{
    if (requestId != m_loadRequest)
        return;
    m_loadRequest = 0;
    const QUuid previous = selectedConflict();
    const int previousRow = m_conflictView->currentIndex().row();
    {
        // One explicit showCurrent() below instead of one per removed or moved row.
        const QSignalBlocker blocker(m_conflictView->selectionModel());
        m_conflicts->setRows(rows);
        QUuid target = previous;
        if (!m_wanted.isNull() && m_conflicts->rowOf(m_wanted) >= 0) {
            target = m_wanted;
            m_wanted = QUuid();
        }
        int row = m_conflicts->rowOf(target);
        if (row < 0 && m_conflicts->rowCount() > 0)
            row = qBound(0, previousRow, m_conflicts->rowCount() - 1);
        if (row >= 0)
            m_conflictView->selectRow(row);
        else
            m_conflictView->setCurrentIndex({});
    }
    m_conflictView->viewport()->update();
    showCurrent();
    updateEmptyState();
    emit conflictsLoaded(m_conflicts->rowCount());
    if (m_reloadAgain) {
        m_reloadAgain = false;
        refresh();
    }
}

void SyncPane::onResolved(int requestId, const Store::ConflictOutcome &outcome)
{
    const auto it = m_resolveRequests.constFind(requestId);
    if (it == m_resolveRequests.constEnd())
        return;
    const QUuid id = *it;
    m_resolveRequests.erase(it);
    const QString what = m_descriptions.take(requestId);
    m_outcomes.insert(id, outcome);
    QString text;
    switch (outcome.choice) {
    case ConflictChoice::KeepMine:
        text = tr("Kept your %1; it is sent with the next sync.").arg(what);
        break;
    case ConflictChoice::KeepTheirs:
        text = tr("Kept the server's %1.").arg(what);
        break;
    case ConflictChoice::UseValue:
        text = tr("Saved the merged %1; it is sent with the next sync.").arg(what);
        break;
    }
    if (outcome.deletedLocal)
        text += u' ' + tr("The record was removed from this computer.");
    showMessage(text);
    emit conflictResolved(id);
    if (outcome.edited || outcome.deletedLocal)
        emit recordChanged(outcome.entity, outcome.entityId);
    refresh();
}

void SyncPane::onReopened(int requestId, const QUuid &id)
{
    const auto it = m_reopenRequests.constFind(requestId);
    if (it == m_reopenRequests.constEnd())
        return;
    const Store::ConflictOutcome outcome = *it;
    m_reopenRequests.erase(it);
    showMessage(tr("The conflict is open again; its previous value is back."));
    m_wanted = id;
    emit conflictReopened(id);
    if (outcome.edited)
        emit recordChanged(outcome.entity, outcome.entityId);
    refresh();
}

void SyncPane::onFailed(int requestId, const Core::Error &error)
{
    if (requestId == m_loadRequest) {
        m_loadRequest = 0;
        showMessage(tr("Could not read the conflicts: %1").arg(DisplayText::error(error)));
        return;
    }
    if (requestId == m_exportRequest) {
        m_exportRequest = 0;
        refuse(tr("Could not export the records: %1").arg(DisplayText::error(error)));
        return;
    }
    if (m_resolveRequests.remove(requestId)) {
        refuse(tr("Could not resolve %1: %2")
                       .arg(m_descriptions.take(requestId), DisplayText::error(error)));
        refresh();
        return;
    }
    if (m_reopenRequests.remove(requestId)) {
        refuse(tr("Could not undo the resolution: %1").arg(DisplayText::error(error)));
        refresh();
    }
}

void SyncPane::showCurrent()
{
    const QModelIndex current = m_conflictView->currentIndex();
    if (!current.isValid()) {
        m_comparison->clear();
    } else {
        const Store::ConflictRow &row = m_conflicts->conflictAt(current.row());
        m_comparison->showRecord(
                m_conflicts->conflictsOf(row.conflict.entity, row.conflict.entityId),
                row.conflict.id);
    }
    updateButtons();
}

void SyncPane::updateButtons()
{
    const int row = m_conflicts->rowOf(selectedConflict());
    const bool any = row >= 0;
    m_keepMine->setEnabled(any);
    m_keepTheirs->setEnabled(any);
    m_edit->setEnabled(
            any && ConflictValueText::isFieldConflict(m_conflicts->conflictAt(row).conflict.field));
}

void SyncPane::updateEmptyState()
{
    const int count = m_conflicts->rowCount();
    m_conflictStack->setCurrentIndex(count == 0 ? 0 : 1);
    m_tabs->setTabText(ConflictsTab,
                       count == 0 ? tr("Conflicts") : tr("Conflicts (%1)").arg(count));
    m_logStack->setCurrentIndex(m_log->rowCount() == 0 ? 0 : 1);
    const int refused = m_refused->count();
    m_tabs->setTabText(RefusedTab,
                       refused == 0 ? tr("Refused edits") : tr("Refused edits (%1)").arg(refused));
}

void SyncPane::recordRound(const QDateTime &at, const Sync::RoundReport &report)
{
    m_log->addRound(at, report);
    keepLogEntry();
    QStringList added;
    for (const QString &key : report.keptLocal) {
        if (m_keptLocal.contains(key))
            continue;
        m_keptLocal.insert(key);
        added << key;
        auto *item = new QListWidgetItem(m_keptList);
        item->setData(Qt::UserRole, key);
        item->setText(keptText(key, QString()));
    }
    // Ids say nothing to a person: ask the cache what these records are called.
    if (!added.isEmpty() && m_started)
        m_titlesRequest = m_client->recordTitles(added);
    m_keptWarning->setVisible(!m_keptLocal.isEmpty());
    m_keptList->setVisible(!m_keptLocal.isEmpty());
    m_exportKept->setVisible(!m_keptLocal.isEmpty());
    updateEmptyState();
    // A round can bring conflicts, or close them (resolved elsewhere, or ours sent).
    refresh();
}

void SyncPane::onTitles(int requestId, const QStringList &keys, const QStringList &titles)
{
    if (requestId != m_titlesRequest)
        return;
    m_titlesRequest = 0;
    for (int i = 0; i < m_keptList->count(); ++i) {
        QListWidgetItem *item = m_keptList->item(i);
        const qsizetype at = keys.indexOf(item->data(Qt::UserRole).toString());
        if (at >= 0 && !titles.at(at).isEmpty())
            item->setText(keptText(keys.at(at), titles.at(at)));
    }
}

void SyncPane::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export the records kept here"),
                                                      QStringLiteral("reqdesk-kept-records.json"),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportKeptLocal(path);
}

void SyncPane::exportKeptLocal(const QString &path)
{
    QStringList keys;
    for (int i = 0; i < m_keptList->count(); ++i)
        keys << m_keptList->item(i)->data(Qt::UserRole).toString();
    if (keys.isEmpty()) {
        refuse(tr("There are no records to export."));
        return;
    }
    m_exportRequest = m_client->exportRecords(keys, path);
}

void SyncPane::onExported(int requestId, const QString &path, int count)
{
    if (requestId != m_exportRequest)
        return;
    m_exportRequest = 0;
    showMessage(tr("Exported %1 of the records kept here to %2.")
                        .arg(QLocale().toString(count), QDir::toNativeSeparators(path)));
    emit keptLocalExported(path);
}

void SyncPane::recordFailure(int code, const QString &detail, bool willRetry)
{
    m_log->addFailure(QDateTime::currentDateTime(), code, detail, willRetry);
    keepLogEntry();
    updateEmptyState();
    showMessage(SyncLogModel::failureText(code, detail, willRetry));
}

} // namespace Reqdesk::Gui
