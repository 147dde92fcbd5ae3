#pragma once

// A tiny HTTP-aware TCP proxy on loopback for sync fault tests: forwards bytes between the
// client and a reqdesk-server, and for requests whose path contains a pattern can drop the
// response after the server answered (the server committed), delay it, truncate it, or refuse
// the connection before the server sees anything. Runs on the thread that created it; the
// engine's blocking calls spin a local event loop on the same thread, so it keeps working.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace ReqdeskTest {

/// A loopback proxy that injects faults into chosen HTTP requests.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    /// What happens to a matching request.
    enum class Fault {
        None,         ///< pass through
        DropResponse, ///< forward the request, swallow the answer, close the client connection
        Truncate,     ///< forward half of the answer, then close
        Delay,        ///< hold the answer for delayMs
        Refuse,       ///< close the client connection before forwarding anything
    };

    explicit FaultProxy(QObject *parent = nullptr);

    /// Listens on 127.0.0.1 (a free port) and forwards to 127.0.0.1:upstreamPort.
    bool listen(quint16 upstreamPort);
    /// Forward to another port from now on (a restarted server).
    void setUpstreamPort(quint16 port) { m_upstream = port; }
    quint16 port() const;
    /// Applies `fault` to the next `times` requests whose path contains `pathPart` (-1 = always).
    void inject(Fault fault, const QString &pathPart, int times = 1, int delayMs = 0);
    /// Requests the faults hit so far.
    int faultsHit() const { return m_hits; }

Q_SIGNALS:
    /// A request got its fault (`requestLine` is "METHOD /path HTTP/1.1"); emitted when the
    /// request arrives, before it is forwarded, so a test can act while the client waits.
    void faultHit(const QByteArray &requestLine);

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        Fault fault = Fault::None;
        QByteArray held;
    };

    void onConnection();
    Fault faultFor(const QByteArray &requestData);

    QTcpServer m_listener;
    quint16 m_upstream = 0;
    Fault m_fault = Fault::None;
    QString m_pathPart;
    int m_times = 0;
    int m_delayMs = 0;
    int m_hits = 0;
};

} // namespace ReqdeskTest
