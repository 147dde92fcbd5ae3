#include "faultproxy.h"

#include <QHostAddress>
#include <QTimer>

#include <memory>

namespace ReqdeskTest {

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

bool FaultProxy::listen(quint16 upstreamPort)
{
    m_upstream = upstreamPort;
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_listener.serverPort();
}

void FaultProxy::inject(Fault fault, const QString &pathPart, int times, int delayMs)
{
    m_fault = fault;
    m_pathPart = pathPart;
    m_times = times;
    m_delayMs = delayMs;
}

FaultProxy::Fault FaultProxy::faultFor(const QByteArray &requestData)
{
    // Only the start of a request carries "METHOD /path HTTP/1.1"; body chunks never match.
    const qsizetype lineEnd = requestData.indexOf("\r\n");
    const QByteArray line = requestData.left(lineEnd < 0 ? 200 : lineEnd);
    if (m_fault == Fault::None || m_times == 0 || !line.contains(" HTTP/1.")
        || !line.contains(m_pathPart.toUtf8()))
        return Fault::None;
    if (m_times > 0)
        --m_times;
    ++m_hits;
    const Fault fault = m_fault;
    Q_EMIT faultHit(line);
    return fault;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        auto link = std::make_shared<Link>();
        link->client = client;
        link->server = new QTcpSocket(client);
        link->server->connectToHost(QHostAddress::LocalHost, m_upstream);
        connect(client, &QTcpSocket::readyRead, this, [this, link] {
            if (!link->client || !link->server)
                return;
            const QByteArray data = link->client->readAll();
            const Fault fault = faultFor(data);
            if (fault != Fault::None)
                link->fault = fault;
            if (fault == Fault::Refuse) {
                link->client->abort();
                return;
            }
            link->server->write(data);
        });
        connect(link->server, &QTcpSocket::readyRead, this, [this, link] {
            if (!link->client || !link->server)
                return;
            const QByteArray data = link->server->readAll();
            switch (link->fault) {
            case Fault::None:
            case Fault::Refuse:
                // Bytes behind a delayed answer wait behind it, in order.
                if (!link->held.isEmpty())
                    link->held += data;
                else
                    link->client->write(data);
                break;
            case Fault::DropResponse:
                // The server has answered, so it committed: the client never hears of it.
                link->client->abort();
                break;
            case Fault::Truncate:
                link->client->write(data.left(data.size() / 2));
                link->client->flush();
                link->client->abort();
                break;
            case Fault::Delay:
                link->held += data;
                link->fault = Fault::None;
                QTimer::singleShot(m_delayMs, this, [link] {
                    if (link->client) {
                        link->client->write(link->held);
                        link->held.clear();
                    }
                });
                break;
            }
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(link->server, &QTcpSocket::disconnected, client, [link] {
            if (link->client)
                link->client->disconnectFromHost();
        });
    }
}

} // namespace ReqdeskTest
