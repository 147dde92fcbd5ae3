#pragma once

#include "core/error.h"
#include "core/requisition.h"
#include "store/requisitionquery.h"
#include "store/writeorigin.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <memory>

namespace Reqdesk::Store {

class Database;

/// Runs store requests on the thread it lives on; owns that thread's Database. Created and
/// driven by DatabaseClient; every result or failure is a signal carrying the request id.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    DatabaseWorker();
    ~DatabaseWorker() override;

    /// Opens (or creates) the cache; closes any open one first.
    void open(int requestId, const QString &path);
    /// One page of requisitions.
    void fetchPage(int requestId, const Reqdesk::Store::RequisitionQuery &query);
    /// Number of requisitions matching a filter.
    void count(int requestId, const Reqdesk::Store::RequisitionFilter &filter);
    /// One requisition with its bands.
    void find(int requestId, const QUuid &id);
    /// Saves requisitions in one transaction.
    void save(int requestId,
              const QList<Reqdesk::Core::Requisition> &requisitions,
              Reqdesk::Store::WriteOrigin origin);

signals:
    void opened(int requestId, int schemaVersion);
    void pageReady(int requestId, const Reqdesk::Store::RequisitionPage &page);
    void countReady(int requestId, qint64 count);
    void found(int requestId, const Reqdesk::Core::Requisition &requisition);
    /// Ids of the saved rows: the change set views refresh from.
    void saved(int requestId, const QList<QUuid> &ids);
    void failed(int requestId, const Reqdesk::Core::Error &error);

private:
    bool ensureOpen(int requestId);

    std::unique_ptr<Database> m_database;
};

/// The GUI-side handle of a DatabaseWorker on its own QThread: queues requests, returns
/// request ids at once and re-emits the worker's results on the caller's thread. The caller's
/// thread never runs SQL.
class DatabaseClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseClient)

public:
    explicit DatabaseClient(QObject *parent = nullptr);
    /// Stops the worker thread after its queued requests; the Database closes on that thread.
    ~DatabaseClient() override;

    /// Queues opening `path`; answered by opened() or failed().
    int open(const QString &path);
    /// Queues a page request; answered by pageReady() or failed().
    int fetchPage(const RequisitionQuery &query);
    /// Queues a count; answered by countReady() or failed().
    int count(const RequisitionFilter &filter);
    /// Queues reading one requisition; answered by found() or failed().
    int find(const QUuid &id);
    /// Queues saving requisitions; answered by saved() or failed().
    int save(const QList<Core::Requisition> &requisitions, WriteOrigin origin);

signals:
    void opened(int requestId, int schemaVersion);
    void pageReady(int requestId, const Reqdesk::Store::RequisitionPage &page);
    void countReady(int requestId, qint64 count);
    void found(int requestId, const Reqdesk::Core::Requisition &requisition);
    void saved(int requestId, const QList<QUuid> &ids);
    void failed(int requestId, const Reqdesk::Core::Error &error);

private:
    int nextId();

    QThread *m_thread = nullptr;
    DatabaseWorker *m_worker = nullptr;
    int m_lastId = 0;
};

} // namespace Reqdesk::Store
