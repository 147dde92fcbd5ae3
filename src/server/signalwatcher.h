#pragma once

#include <QObject>

class QSocketNotifier;

namespace Reqdesk::Server {

/// Turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe: the handler only
/// writes a byte, everything else happens in the event loop).
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    /// Installs the SIGTERM and SIGINT handlers; one instance per process.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

Q_SIGNALS:
    /// SIGTERM or SIGINT arrived; `signal` is its number.
    void terminationRequested(int signal);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Reqdesk::Server
