#include "gui/requisitionspane.h"

#include "gui/displaytext.h"
#include "gui/requisitiondetailview.h"
#include "gui/requisitionfilterbar.h"
#include "gui/requisitiontablemodel.h"
#include "gui/settings.h"
#include "store/databaseclient.h"

#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

RequisitionsPane::RequisitionsPane(Store::DatabaseClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_filterBar(new RequisitionFilterBar(this))
    , m_model(new RequisitionTableModel(client, this))
    , m_table(new QTableView(this))
    , m_detail(new RequisitionDetailView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_table->setObjectName(QStringLiteral("requisitionsTable"));
    m_table->setAccessibleName(tr("Requisitions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(RequisitionTableModel::UpdatedColumn,
                                                  Qt::DescendingOrder);
    m_table->setColumnWidth(RequisitionTableModel::TitleColumn, 260);
    m_table->setColumnWidth(RequisitionTableModel::CompanyColumn, 130);
    m_table->setColumnWidth(RequisitionTableModel::OrgColumn, 120);
    m_table->setColumnWidth(RequisitionTableModel::LevelColumn, 60);
    m_table->setColumnWidth(RequisitionTableModel::StatusColumn, 130);
    m_table->setColumnWidth(RequisitionTableModel::LocationColumn, 170);
    m_table->setColumnHidden(RequisitionTableModel::HiringManagerColumn, true);
    connect(m_table->horizontalHeader(),
            &QHeaderView::customContextMenuRequested,
            this,
            &RequisitionsPane::showColumnMenu);
    // Sorting goes to SQL: the header only asks the model.
    connect(m_table->horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            m_model,
            [this](int column, Qt::SortOrder order) {
                if (!RequisitionTableModel::sortColumnFor(column)) {
                    // Not sortable in SQL: put the indicator back where the data is.
                    const QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(
                            RequisitionTableModel::columnFor(m_model->query().sort),
                            m_model->query().order);
                    return;
                }
                m_model->sort(column, order);
            });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RequisitionsPane::onCurrentChanged);

    connect(m_filterBar, &RequisitionFilterBar::filterChanged, m_model, [this](const auto &filter) {
        m_model->setFilter(filter);
    });
    connect(m_model,
            &RequisitionTableModel::firstPageArrived,
            this,
            &RequisitionsPane::onFirstPage);
    connect(m_model, &RequisitionTableModel::totalCountChanged, this, [this](qint64 count) {
        emit message(tr("%n requisition(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
    });
    connect(m_model, &RequisitionTableModel::loadFailed, this, [this](const Core::Error &error) {
        emit message(DisplayText::error(error));
    });
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_table->currentIndex().row();
                if (row >= from.row() && row <= to.row())
                    onCurrentChanged();
            });
    connect(m_model,
            &RequisitionTableModel::requisitionsInserted,
            this,
            [this](const QList<int> &rows) {
                m_pendingSelection = QUuid();
                if (rows.isEmpty())
                    return;
                m_table->setCurrentIndex(
                        m_model->index(rows.constFirst(), RequisitionTableModel::TitleColumn));
                m_table->scrollTo(m_table->currentIndex());
            });
    connect(m_client, &Store::DatabaseClient::found, this, &RequisitionsPane::onFound);
    connect(m_client, &Store::DatabaseClient::failed, this, &RequisitionsPane::onFailed);

    m_splitter->setObjectName(QStringLiteral("requisitionsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
}

RequisitionsPane::~RequisitionsPane() = default;

void RequisitionsPane::start()
{
    m_model->setFilter(m_filterBar->filter());
}

void RequisitionsPane::reload(const QUuid &select)
{
    m_pendingSelection = select;
    m_model->refresh();
}

void RequisitionsPane::insertSaved(const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return;
    m_pendingSelection = ids.constFirst(); // used when the model has to start again
    m_model->insertRequisitions(ids);
}

void RequisitionsPane::select(const QUuid &id)
{
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, RequisitionTableModel::TitleColumn));
        m_table->scrollTo(m_table->currentIndex());
    }
}

void RequisitionsPane::restoreState(const Settings &settings)
{
    if (const QByteArray s = settings.requisitionsSplitter(); !s.isEmpty())
        m_splitter->restoreState(s);
    else
        m_splitter->setSizes({700, 440});
    if (const QByteArray h = settings.requisitionsHeader(); !h.isEmpty())
        m_table->horizontalHeader()->restoreState(h);
    const int column = RequisitionTableModel::columnFor(settings.requisitionsSortColumn());
    const Qt::SortOrder order = settings.requisitionsSortOrder();
    {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column, order);
    }
    // Not started yet: records the order without a query.
    m_model->sort(column, order);
}

void RequisitionsPane::saveState(Settings &settings) const
{
    settings.setRequisitionsSplitter(m_splitter->saveState());
    settings.setRequisitionsHeader(m_table->horizontalHeader()->saveState());
    settings.setRequisitionsSortColumn(m_model->query().sort);
    settings.setRequisitionsSortOrder(m_model->query().order);
}

void RequisitionsPane::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int column = 0; column < RequisitionTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The title identifies the row; it stays.
        action->setEnabled(column != RequisitionTableModel::TitleColumn);
        connect(action, &QAction::toggled, m_table, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void RequisitionsPane::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_findRequest = 0;
        m_detail->clear();
        return;
    }
    const QUuid id = current.data(RequisitionTableModel::IdRole).toUuid();
    if (id.isNull()) {
        // The row's page is still on its way; dataChanged brings us back here.
        m_findRequest = 0;
        return;
    }
    if (id == m_detail->requisitionId())
        return;
    m_findRequest = m_client->find(id);
}

void RequisitionsPane::onFound(int requestId, const Core::Requisition &requisition)
{
    if (requestId != m_findRequest)
        return;
    m_findRequest = 0;
    m_detail->setRequisition(requisition);
    emit detailShown(requisition.id);
    emit requisitionShown(requisition);
}

void RequisitionsPane::onFailed(int requestId, const Core::Error &error)
{
    if (requestId != m_findRequest)
        return;
    m_findRequest = 0;
    m_detail->clear();
    emit message(DisplayText::error(error));
}

void RequisitionsPane::onFirstPage()
{
    int row = 0;
    if (!m_pendingSelection.isNull()) {
        row = qMax(0, m_model->rowOf(m_pendingSelection));
        m_pendingSelection = QUuid();
    }
    if (m_model->rowCount() == 0) {
        m_detail->clear();
        return;
    }
    m_detail->clear();
    m_table->setCurrentIndex(m_model->index(row, RequisitionTableModel::TitleColumn));
    m_table->scrollTo(m_table->currentIndex());
}

} // namespace Reqdesk::Gui
