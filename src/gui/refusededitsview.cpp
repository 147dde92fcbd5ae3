#include "gui/refusededitsview.h"

#include "gui/refusededitsmodel.h"
#include "store/databaseclient.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

RefusedEditsView::RefusedEditsView(Store::DatabaseClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new RefusedEditsModel(this))
{
    auto *intro = new QLabel(tr("The server refused these edits. They stay on this computer, "
                                "set aside so your other edits keep going. Once the cause is "
                                "fixed (a permission granted, a record restored), try them "
                                "again; or export the records to keep what you wrote."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("refusedEditsView"));
    m_view->setAccessibleName(tr("Refused edits"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RefusedEditsModel::ReasonColumn,
                                                     QHeaderView::Stretch);

    auto *empty = new QLabel(tr("No refused edits. If the server ever refuses one of your "
                                "edits, it is kept here with the reason, never dropped."),
                             this);
    empty->setObjectName(QStringLiteral("refusedEditsEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(24);
    empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);

    m_retry = new QPushButton(tr("&Try Again"), this);
    m_retry->setObjectName(QStringLiteral("retryRefusedButton"));
    m_retry->setAccessibleName(tr("Try the selected refused edits again"));
    m_retry->setToolTip(tr("Send the selected edits (all, when none is selected) with the next "
                           "sync."));
    connect(m_retry, &QPushButton::clicked, this, &RefusedEditsView::retrySelected);
    m_export = new QPushButton(tr("E&xport Records\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportRefusedButton"));
    m_export->setAccessibleName(tr("Export the records of the refused edits"));
    connect(m_export, &QPushButton::clicked, this, &RefusedEditsView::chooseExportFile);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_export);
    setTabOrder(m_export, m_retry);

    connect(m_client,
            &Store::DatabaseClient::refusedEditsReady,
            this,
            [this](int requestId, const QList<Store::OutboxEntry> &edits) {
                if (requestId != m_loadRequest)
                    return;
                m_loadRequest = 0;
                if (m_loadAgain) {
                    m_loadAgain = false;
                    refresh();
                    return;
                }
                const int before = count();
                m_model->setEdits(edits);
                if (!edits.isEmpty())
                    m_titlesRequest = m_client->recordTitles(m_model->recordKeys());
                updateState();
                if (before != count())
                    emit countChanged(count());
            });
    connect(m_client,
            &Store::DatabaseClient::recordTitlesReady,
            this,
            [this](int requestId, const QStringList &keys, const QStringList &titles) {
                if (requestId != m_titlesRequest)
                    return;
                m_titlesRequest = 0;
                m_model->setTitles(keys, titles);
                m_view->resizeColumnsToContents();
                m_view->horizontalHeader()->setSectionResizeMode(RefusedEditsModel::ReasonColumn,
                                                                 QHeaderView::Stretch);
            });
    connect(m_client, &Store::DatabaseClient::editsReleased, this, [this](int requestId, int n) {
        if (requestId != m_releaseRequest)
            return;
        m_releaseRequest = 0;
        emit message(tr("%n edit(s) will be sent again with the next sync.", nullptr, n));
        emit released(n);
        refresh();
    });
    connect(m_client,
            &Store::DatabaseClient::recordsExported,
            this,
            [this](int requestId, const QString &path, int n) {
                if (requestId != m_exportRequest)
                    return;
                m_exportRequest = 0;
                emit message(tr("Exported %1 record(s) of refused edits to %2.")
                                     .arg(QLocale().toString(n), QDir::toNativeSeparators(path)));
            });
    connect(m_client, &Store::DatabaseClient::failed, this, [this](int requestId) {
        if (requestId == m_loadRequest)
            m_loadRequest = 0;
        else if (requestId == m_releaseRequest)
            m_releaseRequest = 0;
        else if (requestId == m_exportRequest)
            m_exportRequest = 0;
        else
            return;
        emit message(tr("The refused edits could not be read or changed; they are still kept."));
        updateState();
    });
    updateState();
}

int RefusedEditsView::count() const
{
    return m_model->rowCount();
}

void RefusedEditsView::refresh()
{
    if (m_loadRequest != 0) {
        m_loadAgain = true; // the answer in flight may predate the change
        return;
    }
    m_loadRequest = m_client->refusedEdits();
}

void RefusedEditsView::retrySelected()
{
    QList<qint64> seqs;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            seqs << m_model->entryAt(row).seq;
    } else {
        for (const QModelIndex &row : rows)
            seqs << row.data(RefusedEditsModel::SeqRole).toLongLong();
    }
    if (seqs.isEmpty() || m_releaseRequest != 0)
        return;
    m_releaseRequest = m_client->releaseEdits(seqs);
    updateState();
}

void RefusedEditsView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export the records of refused edits"),
                                                      QStringLiteral("reqdesk-refused-edits.json"),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportRecords(path);
}

void RefusedEditsView::exportRecords(const QString &path)
{
    const QStringList keys = m_model->recordKeys();
    if (keys.isEmpty() || m_exportRequest != 0)
        return;
    m_exportRequest = m_client->exportRecords(keys, path);
}

void RefusedEditsView::updateState()
{
    const bool any = count() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    m_retry->setEnabled(any && m_releaseRequest == 0);
    m_export->setEnabled(any);
}

} // namespace Reqdesk::Gui
