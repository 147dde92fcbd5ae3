#include "store/databaseclient.h"

#include "store/database.h"

#include <QThread>

#include <sqlite3.h>

namespace Reqdesk::Store {

DatabaseClient::DatabaseClient(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new DatabaseWorker)
{
    m_thread->setObjectName(QStringLiteral("reqdesk-store"));
    m_worker->moveToThread(m_thread);
    // The worker, and with it the Database, is destroyed on its own thread when it stops.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DatabaseWorker::opened, this, [this](int requestId, int schemaVersion) {
        emit opened(requestId, schemaVersion);
        if (requestId != m_openRequest)
            return;
        // Queued behind the requests made on opened() (the first page, the count...): the
        // check starts once they are answered, so it never slows the first rows (P6).
        QMetaObject::invokeMethod(
                m_worker,
                [this, requestId] {
                    QMetaObject::invokeMethod(
                            this,
                            [this, requestId] {
                                if (requestId == m_openRequest && !m_verifier)
                                    startVerify(requestId, m_openPath);
                            },
                            Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
    });
    connect(m_worker, &DatabaseWorker::pageReady, this, &DatabaseClient::pageReady);
    connect(m_worker, &DatabaseWorker::countReady, this, &DatabaseClient::countReady);
    connect(m_worker, &DatabaseWorker::anchorsReady, this, &DatabaseClient::anchorsReady);
    connect(m_worker, &DatabaseWorker::rowsFound, this, &DatabaseClient::rowsFound);
    connect(m_worker, &DatabaseWorker::found, this, &DatabaseClient::found);
    connect(m_worker, &DatabaseWorker::saved, this, &DatabaseClient::saved);
    connect(m_worker, &DatabaseWorker::removed, this, &DatabaseClient::removed);
    connect(m_worker, &DatabaseWorker::requisitionEdited, this, &DatabaseClient::requisitionEdited);
    connect(m_worker, &DatabaseWorker::imported, this, &DatabaseClient::imported);
    connect(m_worker, &DatabaseWorker::statisticsReady, this, &DatabaseClient::statisticsReady);
    connect(m_worker, &DatabaseWorker::exported, this, &DatabaseClient::exported);
    connect(m_worker, &DatabaseWorker::applicationsReady, this, &DatabaseClient::applicationsReady);
    connect(m_worker, &DatabaseWorker::stageMoved, this, &DatabaseClient::stageMoved);
    connect(m_worker, &DatabaseWorker::applicationFound, this, &DatabaseClient::applicationFound);
    connect(m_worker, &DatabaseWorker::noteAdded, this, &DatabaseClient::noteAdded);
    connect(m_worker,
            &DatabaseWorker::applicationHistoryReady,
            this,
            &DatabaseClient::applicationHistoryReady);
    connect(m_worker,
            &DatabaseWorker::pipelineStatisticsReady,
            this,
            &DatabaseClient::pipelineStatisticsReady);
    connect(m_worker, &DatabaseWorker::conflictsReady, this, &DatabaseClient::conflictsReady);
    connect(m_worker, &DatabaseWorker::conflictResolved, this, &DatabaseClient::conflictResolved);
    connect(m_worker, &DatabaseWorker::conflictReopened, this, &DatabaseClient::conflictReopened);
    connect(m_worker, &DatabaseWorker::recordTitlesReady, this, &DatabaseClient::recordTitlesReady);
    connect(m_worker, &DatabaseWorker::refusedEditsReady, this, &DatabaseClient::refusedEditsReady);
    connect(m_worker, &DatabaseWorker::editsReleased, this, &DatabaseClient::editsReleased);
    connect(m_worker, &DatabaseWorker::recordsExported, this, &DatabaseClient::recordsExported);
    connect(m_worker, &DatabaseWorker::syncLogAppended, this, &DatabaseClient::syncLogAppended);
    connect(m_worker, &DatabaseWorker::syncLogReady, this, &DatabaseClient::syncLogReady);
    connect(m_worker, &DatabaseWorker::failed, this, &DatabaseClient::failed);
    m_thread->start();
}

DatabaseClient::~DatabaseClient()
{
    stopVerify();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString DatabaseClient::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

int DatabaseClient::nextId()
{
    return ++m_lastId;
}

template<typename F>
int DatabaseClient::post(F &&request)
{
    const int id = nextId();
    QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, id, request = std::forward<F>(request)] { request(w, id); },
            Qt::QueuedConnection);
    return id;
}

int DatabaseClient::open(const QString &path)
{
    stopVerify(); // the file it checks is about to be closed
    m_openRequest = post([path](DatabaseWorker *w, int id) { w->open(id, path); });
    m_openPath = path;
    return m_openRequest;
}

void DatabaseClient::startVerify(int requestId, const QString &path)
{
    stopVerify();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelVerify = cancel;
    m_verifier = QThread::create([this, requestId, path, cancel] {
        const Core::Status status = Database::verify(path, cancel.get());
        if (cancel->load())
            return;
        // Answered on the client's thread; the destructor waits for this thread first.
        QMetaObject::invokeMethod(
                this,
                [this, requestId, status] {
                    if (status)
                        emit verified(requestId);
                    else
                        emit damaged(requestId, status.error());
                },
                Qt::QueuedConnection);
    });
    m_verifier->setObjectName(QStringLiteral("reqdesk-verify"));
    m_verifier->start(QThread::LowPriority);
}

void DatabaseClient::stopVerify()
{
    if (!m_verifier)
        return;
    m_cancelVerify->store(true);
    m_verifier->wait();
    delete m_verifier;
    m_verifier = nullptr;
    m_cancelVerify.reset();
}

int DatabaseClient::fetchPage(const RequisitionQuery &query)
{
    return post([query](DatabaseWorker *w, int id) { w->fetchPage(id, query); });
}

int DatabaseClient::fetchPageAtRow(const RequisitionQuery &query, qint64 row)
{
    return post([query, row](DatabaseWorker *w, int id) { w->fetchPageAtRow(id, query, row); });
}

int DatabaseClient::anchors(const RequisitionQuery &query, qint64 stride)
{
    return post([query, stride](DatabaseWorker *w, int id) { w->anchors(id, query, stride); });
}

int DatabaseClient::rowsOf(const RequisitionQuery &query, const QList<QUuid> &ids)
{
    return post([query, ids](DatabaseWorker *w, int id) { w->rowsOf(id, query, ids); });
}

int DatabaseClient::count(const RequisitionFilter &filter)
{
    return post([filter](DatabaseWorker *w, int id) { w->count(id, filter); });
}

int DatabaseClient::find(const QUuid &requisitionId)
{
    return post([requisitionId](DatabaseWorker *w, int id) { w->find(id, requisitionId); });
}

int DatabaseClient::save(const QList<Core::Requisition> &requisitions, WriteOrigin origin)
{
    return post([requisitions, origin](DatabaseWorker *w, int id) {
        w->save(id, requisitions, origin);
    });
}

int DatabaseClient::editRequisition(const QUuid &requisitionId,
                                    const std::optional<Core::Requisition> &expected,
                                    const std::optional<Core::Requisition> &next)
{
    return post([requisitionId, expected, next](DatabaseWorker *w, int id) {
        w->editRequisition(id, requisitionId, expected, next);
    });
}

int DatabaseClient::removeRequisition(const QUuid &requisitionId)
{
    return post([requisitionId](DatabaseWorker *w, int id) {
        w->removeRequisition(id, requisitionId);
    });
}

int DatabaseClient::importRequisitions(const QList<Core::Requisition> &requisitions)
{
    return post(
            [requisitions](DatabaseWorker *w, int id) { w->importRequisitions(id, requisitions); });
}

int DatabaseClient::statistics(StoreStatistics::Scope scope)
{
    return post([scope](DatabaseWorker *w, int id) { w->statistics(id, scope); });
}

int DatabaseClient::exportCsv(const RequisitionQuery &query, const QString &path)
{
    return post([query, path](DatabaseWorker *w, int id) { w->exportCsv(id, query, path); });
}

int DatabaseClient::fetchApplications(const std::optional<QUuid> &requisitionId,
                                      const std::optional<PageCursor> &after,
                                      int limit)
{
    return post([requisitionId, after, limit](DatabaseWorker *w, int id) {
        w->fetchApplications(id, requisitionId, after, limit);
    });
}

int DatabaseClient::fetchApplications(const ApplicationQuery &query)
{
    return post([query](DatabaseWorker *w, int id) { w->fetchApplicationRows(id, query); });
}

int DatabaseClient::fetchApplicationsAtRow(const ApplicationQuery &query, qint64 row)
{
    return post(
            [query, row](DatabaseWorker *w, int id) { w->fetchApplicationsAtRow(id, query, row); });
}

int DatabaseClient::countApplications(const ApplicationFilter &filter)
{
    return post([filter](DatabaseWorker *w, int id) { w->countApplications(id, filter); });
}

int DatabaseClient::applicationAnchors(const ApplicationQuery &query, qint64 stride)
{
    return post([query, stride](DatabaseWorker *w, int id) {
        w->applicationAnchors(id, query, stride);
    });
}

int DatabaseClient::applicationRowsOf(const ApplicationQuery &query, const QList<QUuid> &ids)
{
    return post([query, ids](DatabaseWorker *w, int id) { w->applicationRowsOf(id, query, ids); });
}

int DatabaseClient::moveStage(const QUuid &applicationId,
                              Core::Stage from,
                              Core::Stage to,
                              const QString &reason,
                              const QString &by)
{
    return post([applicationId, from, to, reason, by](DatabaseWorker *w, int id) {
        w->moveStage(id, applicationId, from, to, reason, by);
    });
}

int DatabaseClient::findApplication(const QUuid &applicationId)
{
    return post(
            [applicationId](DatabaseWorker *w, int id) { w->findApplication(id, applicationId); });
}

int DatabaseClient::addNote(const Core::Note &note)
{
    return post([note](DatabaseWorker *w, int id) { w->addNote(id, note); });
}

int DatabaseClient::applicationHistory(const QUuid &applicationId)
{
    return post([applicationId](DatabaseWorker *w, int id) {
        w->applicationHistory(id, applicationId);
    });
}

int DatabaseClient::pipelineStatistics(const std::optional<QUuid> &requisitionId)
{
    return post([requisitionId](DatabaseWorker *w, int id) {
        w->pipelineStatistics(id, requisitionId);
    });
}

int DatabaseClient::openConflicts()
{
    return post([](DatabaseWorker *w, int id) { w->openConflicts(id); });
}

int DatabaseClient::resolveConflict(const QUuid &conflictId,
                                    ConflictChoice choice,
                                    const QJsonValue &value)
{
    return post([conflictId, choice, value](DatabaseWorker *w, int id) {
        w->resolveConflict(id, conflictId, choice, value);
    });
}

int DatabaseClient::reopenConflict(const ConflictOutcome &outcome)
{
    return post([outcome](DatabaseWorker *w, int id) { w->reopenConflict(id, outcome); });
}

int DatabaseClient::recordTitles(const QStringList &keys)
{
    return post([keys](DatabaseWorker *w, int id) { w->recordTitles(id, keys); });
}

int DatabaseClient::refusedEdits()
{
    return post([](DatabaseWorker *w, int id) { w->refusedEdits(id); });
}

int DatabaseClient::releaseEdits(const QList<qint64> &seqs)
{
    return post([seqs](DatabaseWorker *w, int id) { w->releaseEdits(id, seqs); });
}

int DatabaseClient::exportRecords(const QStringList &keys, const QString &path)
{
    return post([keys, path](DatabaseWorker *w, int id) { w->exportRecords(id, keys, path); });
}

int DatabaseClient::appendSyncLog(const SyncLogEntry &entry, int keep)
{
    return post([entry, keep](DatabaseWorker *w, int id) { w->appendSyncLog(id, entry, keep); });
}

int DatabaseClient::syncLog(int limit)
{
    return post([limit](DatabaseWorker *w, int id) { w->syncLog(id, limit); });
}

} // namespace Reqdesk::Store
