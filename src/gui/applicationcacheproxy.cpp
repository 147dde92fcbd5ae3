#include "gui/applicationcacheproxy.h"

#include "gui/applicationtablemodel.h"

#include <algorithm>

namespace Reqdesk::Gui {

ApplicationCacheProxy::ApplicationCacheProxy(ApplicationTableModel *model, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_rows = m_model->loadedRows();
        endResetModel();
    });
    connect(model, &ApplicationTableModel::pageArrived, this, &ApplicationCacheProxy::sync);
    connect(model, &ApplicationTableModel::pageEvicted, this, &ApplicationCacheProxy::sync);
    // Rows of a page that arrived before the count become visible when the count answers.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ApplicationCacheProxy::sync);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ApplicationCacheProxy::sync);
    connect(model, &QAbstractItemModel::dataChanged, this, &ApplicationCacheProxy::onDataChanged);
    m_rows = model->loadedRows();
}

ApplicationCacheProxy::~ApplicationCacheProxy() = default;

QModelIndex ApplicationCacheProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ApplicationCacheProxy::parent(const QModelIndex &) const
{
    return {};
}

int ApplicationCacheProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationCacheProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount();
}

QModelIndex ApplicationCacheProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_model->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ApplicationCacheProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceIndex.row());
    if (it == m_rows.cend() || *it != sourceIndex.row())
        return {};
    return index(int(it - m_rows.cbegin()), sourceIndex.column());
}

QVariant ApplicationCacheProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

bool ApplicationCacheProxy::canFetchMore(const QModelIndex &) const
{
    return false;
}

void ApplicationCacheProxy::sync()
{
    // Both lists are ascending: walk them once, removing and inserting runs of rows.
    const QList<int> next = m_model->loadedRows();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_rows.size() || j < next.size()) {
        if (j == next.size() || (i < m_rows.size() && m_rows.at(i) < next.at(j))) {
            qsizetype k = i;
            while (k < m_rows.size() && (j == next.size() || m_rows.at(k) < next.at(j)))
                ++k;
            beginRemoveRows({}, int(i), int(k - 1));
            m_rows.remove(i, k - i);
            endRemoveRows();
        } else if (i == m_rows.size() || next.at(j) < m_rows.at(i)) {
            qsizetype k = j;
            while (k < next.size() && (i == m_rows.size() || next.at(k) < m_rows.at(i)))
                ++k;
            beginInsertRows({}, int(i), int(i + (k - j) - 1));
            for (qsizetype n = j; n < k; ++n)
                m_rows.insert(i + (n - j), next.at(n));
            endInsertRows();
            i += k - j;
            j = k;
        } else {
            ++i;
            ++j;
        }
    }
}

void ApplicationCacheProxy::onDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    const auto first = std::lower_bound(m_rows.cbegin(), m_rows.cend(), topLeft.row());
    const auto last = std::upper_bound(m_rows.cbegin(), m_rows.cend(), bottomRight.row());
    if (first >= last)
        return;
    emit dataChanged(index(int(first - m_rows.cbegin()), topLeft.column()),
                     index(int(last - m_rows.cbegin()) - 1, bottomRight.column()),
                     roles);
}

} // namespace Reqdesk::Gui
