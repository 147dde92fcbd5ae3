#include "store/databaseworker.h"

#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QThread>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

DatabaseWorker::DatabaseWorker() = default;

DatabaseWorker::~DatabaseWorker() = default;

bool DatabaseWorker::ensureOpen(int requestId)
{
    if (m_database)
        return true;
    emit failed(requestId,
                makeError(ErrorCode::DatabaseOpenFailed, QStringLiteral("no database is open")));
    return false;
}

void DatabaseWorker::open(int requestId, const QString &path)
{
    m_database.reset();
    auto db = Database::open(path);
    if (!db) {
        emit failed(requestId, db.error());
        return;
    }
    m_database = std::move(*db);
    emit opened(requestId, m_database->schemaVersion());
}

void DatabaseWorker::fetchPage(int requestId, const RequisitionQuery &query)
{
    if (!ensureOpen(requestId))
        return;
    auto page = RequisitionRepository(*m_database).page(query);
    if (!page)
        emit failed(requestId, page.error());
    else
        emit pageReady(requestId, *page);
}

void DatabaseWorker::count(int requestId, const RequisitionFilter &filter)
{
    if (!ensureOpen(requestId))
        return;
    auto n = RequisitionRepository(*m_database).count(filter);
    if (!n)
        emit failed(requestId, n.error());
    else
        emit countReady(requestId, *n);
}

void DatabaseWorker::find(int requestId, const QUuid &id)
{
    if (!ensureOpen(requestId))
        return;
    auto r = RequisitionRepository(*m_database).find(id);
    if (!r)
        emit failed(requestId, r.error());
    else
        emit found(requestId, *r);
}

void DatabaseWorker::save(int requestId, const QList<Requisition> &requisitions, WriteOrigin origin)
{
    if (!ensureOpen(requestId))
        return;
    if (auto s = RequisitionRepository(*m_database).saveAll(requisitions, origin); !s) {
        emit failed(requestId, s.error());
        return;
    }
    QList<QUuid> ids;
    ids.reserve(requisitions.size());
    for (const Requisition &r : requisitions)
        ids << r.id;
    emit saved(requestId, ids);
}

DatabaseClient::DatabaseClient(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new DatabaseWorker)
{
    m_thread->setObjectName(QStringLiteral("reqdesk-store"));
    m_worker->moveToThread(m_thread);
    // The worker, and with it the Database, is destroyed on its own thread when it stops.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DatabaseWorker::opened, this, &DatabaseClient::opened);
    connect(m_worker, &DatabaseWorker::pageReady, this, &DatabaseClient::pageReady);
    connect(m_worker, &DatabaseWorker::countReady, this, &DatabaseClient::countReady);
    connect(m_worker, &DatabaseWorker::found, this, &DatabaseClient::found);
    connect(m_worker, &DatabaseWorker::saved, this, &DatabaseClient::saved);
    connect(m_worker, &DatabaseWorker::failed, this, &DatabaseClient::failed);
    m_thread->start();
}

DatabaseClient::~DatabaseClient()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

int DatabaseClient::nextId()
{
    return ++m_lastId;
}

int DatabaseClient::open(const QString &path)
{
    const int id = nextId();
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker, id, path] { w->open(id, path); }, Qt::QueuedConnection);
    return id;
}

int DatabaseClient::fetchPage(const RequisitionQuery &query)
{
    const int id = nextId();
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker, id, query] { w->fetchPage(id, query); }, Qt::QueuedConnection);
    return id;
}

int DatabaseClient::count(const RequisitionFilter &filter)
{
    const int id = nextId();
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker, id, filter] { w->count(id, filter); }, Qt::QueuedConnection);
    return id;
}

int DatabaseClient::find(const QUuid &requisitionId)
{
    const int id = nextId();
    QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, id, requisitionId] { w->find(id, requisitionId); },
            Qt::QueuedConnection);
    return id;
}

int DatabaseClient::save(const QList<Requisition> &requisitions, WriteOrigin origin)
{
    const int id = nextId();
    QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, id, requisitions, origin] { w->save(id, requisitions, origin); },
            Qt::QueuedConnection);
    return id;
}

} // namespace Reqdesk::Store
