#include "server/apiserver.h"

#include "server/jsontext.h"
#include "server/metrics.h"
#include "server/workerpool.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace Reqdesk::Server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

/// One JSON line per request. Holds no token, password or body: only who, what, how it ended
/// and how long it took. Built as bytes: it runs on the listening thread for every request.
void appendRequestLine(QByteArray &line,
                       const ApiRequest &request,
                       const QString &route,
                       const ApiResponse &response,
                       double seconds)
{
    bool first = true;
    const auto field = [&line, &first](const char *name) {
        line += first ? "{\"" : ",\"";
        first = false;
        line += name;
        line += "\":";
    };
    field("time");
    JsonText::appendString(line,
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1());
    field("level");
    line += response.status >= 500 ? "\"error\"" : "\"info\"";
    field("event");
    line += "\"request\"";
    field("request_id");
    JsonText::appendString(line, request.requestId);
    field("method");
    JsonText::appendString(line, request.method);
    field("route");
    JsonText::appendString(line, route);
    field("path");
    JsonText::appendString(line, request.path);
    field("status");
    line += QByteArray::number(response.status);
    field("duration_ms");
    line += QByteArray::number(qRound64(seconds * 1e6) / 1e3, 'g', QLocale::FloatingPointShortest);
    field("remote");
    JsonText::appendString(line, request.remoteAddress);
    field("bytes_in");
    line += QByteArray::number(request.body.size());
    if (!response.user.isEmpty()) {
        field("user");
        JsonText::appendString(line, response.user);
    }
    if (!response.device.isEmpty()) {
        field("device");
        JsonText::appendString(line, response.device);
    }
    if (response.isError()) {
        field("error");
        JsonText::appendString(line, response.errorCode);
    }
    line += "}\n";
}

} // namespace

ApiServer::ApiServer(Limits limits,
                     WorkerPool &pool,
                     const ApiHandlers &handlers,
                     Metrics &metrics,
                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_limits(limits)
    , m_pool(pool)
    , m_handlers(handlers)
    , m_metrics(metrics)
{}

ApiServer::~ApiServer()
{
    flushLog();
}

void ApiServer::logRequest(const ApiRequest &request,
                           const QString &route,
                           const ApiResponse &response,
                           double seconds)
{
    appendRequestLine(m_logBuffer, request, route, response, seconds);
    if (m_logBuffer.size() > 64 * 1024) {
        flushLog();
    } else if (!m_logFlushQueued) {
        m_logFlushQueued = true;
        QMetaObject::invokeMethod(this, &ApiServer::flushLog, Qt::QueuedConnection);
    }
}

void ApiServer::flushLog()
{
    m_logFlushQueued = false;
    if (m_logBuffer.isEmpty())
        return;
    std::fwrite(m_logBuffer.constData(), 1, size_t(m_logBuffer.size()), stderr);
    std::fflush(stderr);
    m_logBuffer.resize(0); // keeps the capacity for the next pass
}

QString ApiServer::requestIdFor(const QByteArray &sent)
{
    // The client's id is echoed when it is short and plain, so it cannot inject into logs.
    if (!sent.isEmpty() && sent.size() <= 128) {
        bool plain = true;
        for (const char c : sent) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
                            || c == ':';
            plain = plain && ok;
        }
        if (plain)
            return QString::fromLatin1(sent);
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest copy;
    copy.serial = m_nextSerial++;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    const QHostAddress remote = request.remoteAddress();
    if (remote != m_lastRemote || m_lastRemoteText.isEmpty()) {
        m_lastRemote = remote;
        m_lastRemoteText = remote.toString();
    }
    copy.remoteAddress = m_lastRemoteText;
    copy.requestId = requestIdFor(copy.header(QByteArrayLiteral("x-request-id")));

    // An answer goes out in several writes (status line and headers, then the body in
    // pieces): with Nagle's algorithm on, the last small piece waits for the ACK of the
    // previous one, which the client delays (about 40 ms on Linux) — per request. Set once per
    // connection.
    if (socket && !socket->property("reqdeskLowDelay").toBool()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty("reqdeskLowDelay", true);
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    const RouteMatch match = m_router.match(copy.method, copy.path);
    const QString route = match.kind == RouteMatch::Kind::NotFound ? QStringLiteral("unmatched")
                                                                   : match.pattern;
    const auto answer = [&](const ApiResponse &response) {
        write(responder, copy, route, response, timer);
        return true;
    };

    if (m_draining) {
        ApiResponse response = ApiResponse::error(503,
                                                  QStringLiteral("shutting_down"),
                                                  QStringLiteral("the server is shutting down"));
        response.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        return answer(response);
    }
    if (match.kind == RouteMatch::Kind::NotFound) {
        return answer(ApiResponse::error(
                404, QStringLiteral("not_found"), QStringLiteral("no route %1").arg(copy.path)));
    }
    if (match.kind == RouteMatch::Kind::MethodNotAllowed) {
        ApiResponse response
                = ApiResponse::error(405,
                                     QStringLiteral("method_not_allowed"),
                                     QStringLiteral("%1 does not accept %2")
                                             .arg(copy.path, QString::fromLatin1(copy.method)));
        response.headers.append({QByteArrayLiteral("Allow"), match.allowed.join(", ")});
        return answer(response);
    }
    if (copy.body.size() > m_limits.maxBodyBytes) {
        return answer(ApiResponse::error(
                413,
                QStringLiteral("payload_too_large"),
                QStringLiteral("the body exceeds %1 bytes").arg(m_limits.maxBodyBytes)));
    }
    if (!match.onWorker) {
        if (match.id == RouteId::Metrics) {
            ApiResponse response;
            response.body = m_metrics.render();
            response.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
            return answer(response);
        }
        return answer(ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")}}));
    }

    const quint64 serial = copy.serial;
    const RouteId id = match.id;
    m_pending.emplace(
            serial,
            Pending{std::move(responder), QPointer<QTcpSocket>(socket), copy, route, timer});
    m_metrics.setInFlight(inFlight());
    m_pool.submit([this, serial, id, copy = std::move(copy)](ServerStorage &storage) {
        ApiResponse response
                = m_handlers.handle(id, copy, storage, QDateTime::currentDateTimeUtc());
        QMetaObject::invokeMethod(
                this,
                [this, serial, response = std::move(response)]() mutable {
                    finish(serial, std::move(response));
                },
                Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything, 404 included; this is only a safety net.
    QHttpServerResponder responder = makeResponder(request, socket);
    QElapsedTimer timer;
    timer.start();
    ApiRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.requestId = requestIdFor(QByteArray());
    write(responder,
          copy,
          QStringLiteral("unmatched"),
          ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such route")),
          timer);
}

void ApiServer::finish(quint64 serial, ApiResponse response)
{
    const auto it = m_pending.find(serial);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    m_metrics.setInFlight(inFlight());
    if (pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState) {
        write(pending.responder, pending.request, pending.route, response, pending.timer);
    } else {
        // The client left; the work is done (and committed) but nobody hears the answer.
        response.status = 499;
        logRequest(pending.request, pending.route, response, pending.timer.nsecsElapsed() / 1e9);
        m_metrics.recordRequest(
                pending.route, pending.request.method, 499, pending.timer.nsecsElapsed() / 1e9);
    }
    if (m_draining && m_pending.empty())
        closeConnections();
}

void ApiServer::closeConnections()
{
    // Written answers may still sit in socket buffers: close each connection gracefully
    // (disconnectFromHost sends what is buffered first) and report drained once all are gone,
    // or after a grace period for clients that never read.
    QList<QTcpSocket *> open;
    for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
        if (socket->state() != QAbstractSocket::UnconnectedState)
            open.append(socket);
    }
    // Counted before any disconnectFromHost(): an idle socket disconnects synchronously, and
    // must not report "all closed" while later sockets still hold unsent answers.
    auto remaining = std::make_shared<qsizetype>(open.size());
    for (QTcpSocket *socket : std::as_const(open)) {
        connect(socket, &QAbstractSocket::disconnected, this, [this, remaining] {
            if (*remaining > 0 && --*remaining == 0)
                QMetaObject::invokeMethod(this, &ApiServer::drained, Qt::QueuedConnection);
        });
        socket->disconnectFromHost();
    }
    if (open.isEmpty()) {
        QMetaObject::invokeMethod(this, &ApiServer::drained, Qt::QueuedConnection);
        return;
    }
    QTimer::singleShot(2000, this, [this, remaining] {
        if (*remaining > 0) {
            *remaining = 0;
            Q_EMIT drained();
        }
    });
}

void ApiServer::write(QHttpServerResponder &responder,
                      const ApiRequest &request,
                      const QString &route,
                      const ApiResponse &response,
                      const QElapsedTimer &timer)
{
    const QByteArray body
            = response.isError() ? response.errorBody(request.requestId) : response.body;
    using Status = QHttpServerResponder::StatusCode;
    responder.writeStatusLine(static_cast<Status>(response.status));
    if (!response.contentType.isEmpty() || response.isError()) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"),
                              response.isError() ? QByteArrayLiteral("application/json")
                                                 : response.contentType);
    }
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), request.requestId.toLatin1());
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);

    const double seconds = timer.nsecsElapsed() / 1e9;
    m_metrics.recordRequest(route, request.method, response.status, seconds);
    logRequest(request, route, response, seconds);
}

void ApiServer::beginDrain()
{
    if (m_draining)
        return;
    m_draining = true;
    for (QTcpServer *server : servers())
        server->close();
    if (m_pending.empty())
        closeConnections();
}

} // namespace Reqdesk::Server
