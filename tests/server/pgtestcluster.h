#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

/// A throwaway PostgreSQL cluster for one test run, started and removed by
/// tests/server/pg-test-cluster.sh. Tests that get no URL skip their PostgreSQL half.
class PgTestCluster final
{
public:
    PgTestCluster() = default;
    ~PgTestCluster() { stop(); }
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    /// Starts the cluster; false (with why()) when PostgreSQL is unavailable.
    bool start()
    {
        QProcess script;
        script.start(QStringLiteral("bash"), {scriptPath(), QStringLiteral("start")});
        if (!script.waitForFinished(60000) || script.exitCode() != 0) {
            m_why = QString::fromUtf8(script.readAllStandardError()).trimmed();
            return false;
        }
        const QStringList parts
                = QString::fromUtf8(script.readAllStandardOutput()).trimmed().split(u' ');
        if (parts.size() != 2)
            return false;
        m_url = parts[0];
        m_dir = parts[1];
        return true;
    }

    void stop()
    {
        if (m_dir.isEmpty())
            return;
        QProcess::execute(QStringLiteral("bash"), {scriptPath(), QStringLiteral("stop"), m_dir});
        m_dir.clear();
    }

    /// postgresql://USER@127.0.0.1:PORT/reqdesk_test
    QString url() const { return m_url; }
    QString why() const { return m_why; }

private:
    static QString scriptPath()
    {
        return QStringLiteral(REQDESK_SOURCE_DIR "/tests/server/pg-test-cluster.sh");
    }

    QString m_url;
    QString m_dir;
    QString m_why;
};
