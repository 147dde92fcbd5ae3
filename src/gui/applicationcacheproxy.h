#pragma once

#include <QAbstractProxyModel>
#include <QList>

namespace Reqdesk::Gui {

class ApplicationTableModel;

/// The rows an ApplicationTableModel holds in memory, as one flat list in the model's order,
/// for views that filter every row (the kanban board's per-stage proxies): they see the cached
/// window, never the whole result, so their memory is bounded by the cache too. Pages that
/// arrive are inserted, evicted ones removed. It never fetches by itself (canFetchMore() is
/// false): a column with few cards would otherwise page through the whole list.
class ApplicationCacheProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationCacheProxy)

public:
    /// `model` must outlive the proxy.
    explicit ApplicationCacheProxy(ApplicationTableModel *model, QObject *parent = nullptr);
    ~ApplicationCacheProxy() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;

private:
    void sync();
    void onDataChanged(const QModelIndex &topLeft,
                       const QModelIndex &bottomRight,
                       const QList<int> &roles);

    ApplicationTableModel *m_model;
    QList<int> m_rows; ///< source rows, ascending
};

} // namespace Reqdesk::Gui
