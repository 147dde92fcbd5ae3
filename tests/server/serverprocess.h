#pragma once

// A real reqdesk-server process for end-to-end tests: started with QProcess on a free loopback
// port (port 0; the server prints the bound port), plus a helper for its admin subcommands.

#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace ReqdeskTest {

inline const QString serverBinary = QStringLiteral(REQDESK_BINARY_DIR "/src/server/reqdesk-server");

/// One running server process.
class ServerProcess final
{
public:
    ~ServerProcess() { stop(); }

    /// Serves the SQLite data directory `dataDir`.
    bool start(const QString &dataDir, const QStringList &extra = {})
    {
        return startWith({QStringLiteral("--data"), dataDir}, extra);
    }

    /// `store` is {"--data", DIR} or {"--database", URL}; `extra` options come last and win.
    bool startWith(const QStringList &store, const QStringList &extra = {})
    {
        m_port = 0;
        m_scheme = extra.contains(QStringLiteral("--tls-cert")) ? QStringLiteral("https")
                                                                : QStringLiteral("http");
        m_process.setProgram(serverBinary);
        m_process.setArguments(store
                               + QStringList{QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--password-cost"),
                                             QStringLiteral("min"),
                                             QStringLiteral("--workers"),
                                             QStringLiteral("3")}
                               + extra);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        static const QRegularExpression listening(
                QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray out;
        for (int i = 0; i < 100 && m_port == 0; ++i) {
            if (!m_process.waitForReadyRead(100) && m_process.state() != QProcess::Running)
                return false;
            out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch())
                m_port = match.captured(1).toUShort();
        }
        return m_port != 0;
    }

    /// SIGTERM, then the exit code (-1 when it did not exit normally).
    int terminate()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(1000);
        }
    }

    QUrl url(const QString &path) const
    {
        QUrl url;
        url.setScheme(m_scheme);
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        url.setPath(path);
        return url;
    }

    /// Everything the server wrote to stderr (its log) so far.
    QByteArray stderrText()
    {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }
    /// Only what the server wrote to stderr since the last call.
    QByteArray takeNewStderr()
    {
        const QByteArray all = stderrText();
        const QByteArray fresh = all.mid(m_stderrTaken);
        m_stderrTaken = all.size();
        return fresh;
    }

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QByteArray m_stderr;
    qsizetype m_stderrTaken = 0;
};

/// Runs an admin subcommand against {"--data", DIR} or {"--database", URL}; its exit code.
inline int adminWith(const QStringList &store,
                     const QStringList &arguments,
                     const QByteArray &input = {},
                     QByteArray *output = nullptr)
{
    QProcess process;
    process.setProgram(serverBinary);
    process.setArguments(arguments + store
                         + QStringList{QStringLiteral("--password-cost"), QStringLiteral("min")});
    process.start();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(10000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

} // namespace ReqdeskTest
