#pragma once

#include "server/apihandlers.h"
#include "server/apirequest.h"
#include "server/apiresponse.h"
#include "server/apirouter.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <unordered_map>

namespace Reqdesk::Server {

class Metrics;
class WorkerPool;

/// The HTTP front: parses on the listening thread, answers /healthz and /metrics itself, and
/// queues everything that needs the database on the worker pool. A worker's answer comes back
/// by a queued call and is written on the listening thread, through the responder kept for it
/// (only if the client is still connected).
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /// Limits the front enforces itself.
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
    };

    /// A front that queues database work on `pool` and answers it with `handlers`.
    ApiServer(Limits limits,
              WorkerPool &pool,
              const ApiHandlers &handlers,
              Metrics &metrics,
              QObject *parent = nullptr);
    ~ApiServer() override;
    Q_DISABLE_COPY_MOVE(ApiServer)

    /// Stops accepting connections and answers new requests on open ones with 503; drained()
    /// follows once nothing is in flight.
    void beginDrain();
    /// Writes the buffered request log lines to standard error now (before other log lines
    /// that must come after them).
    void flushLog();
    /// Requests handed to workers and not yet answered.
    int inFlight() const { return int(m_pending.size()); }

Q_SIGNALS:
    /// Emitted after beginDrain() once the last in-flight request is answered and every
    /// connection is closed.
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        ApiRequest request;
        QString route;
        QElapsedTimer timer;
    };

    void finish(quint64 serial, ApiResponse response);
    /// Adds one request line to the log buffer, written at the end of this event-loop pass.
    void logRequest(const ApiRequest &request,
                    const QString &route,
                    const ApiResponse &response,
                    double seconds);
    void closeConnections();
    void write(QHttpServerResponder &responder,
               const ApiRequest &request,
               const QString &route,
               const ApiResponse &response,
               const QElapsedTimer &timer);
    static QString requestIdFor(const QByteArray &sent);

    Limits m_limits;
    WorkerPool &m_pool;
    const ApiHandlers &m_handlers;
    Metrics &m_metrics;
    ApiRouter m_router;
    std::unordered_map<quint64, Pending> m_pending;
    quint64 m_nextSerial = 1;
    /// The last client address and its text: formatting an address costs more than the rest
    /// of copying a request, and consecutive requests mostly come from the same address.
    QHostAddress m_lastRemote;
    QString m_lastRemoteText;
    /// Request log lines not yet written: one write per event-loop pass instead of one per
    /// request. Each line stays whole.
    QByteArray m_logBuffer;
    bool m_logFlushQueued = false;
    bool m_draining = false;
};

} // namespace Reqdesk::Server
