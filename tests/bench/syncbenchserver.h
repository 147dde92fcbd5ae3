#pragma once

// A real reqdesk-server process for the sync benchmarks (P2, P3): a fresh data directory
// seeded with `reqdesk-server seed-demo`, one recruiter per name, started on a free loopback
// port. Shared by bench_firstsync and bench_syncround; header-only like tests/server's
// ServerProcess, which it drives.

#include "sync/synchttpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <memory>

#include "serverprocess.h"

namespace ReqdeskBench {

/// The generator seed every sync benchmark uses (bench_bulkload's too).
constexpr quint64 kSeed = 2026;

/// A seeded server process with its own data directory.
class SyncBenchServer final
{
public:
    /// A server over `dataDir` (created when missing).
    explicit SyncBenchServer(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
        QDir().mkpath(m_dataDir);
    }

    /// Seeds `requisitions` and `applications` (seed-demo); the seconds it took.
    double seed(qint64 requisitions, qint64 applications)
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray out = admin({QStringLiteral("seed-demo"),
                                      QStringLiteral("--requisitions"),
                                      QString::number(requisitions),
                                      QStringLiteral("--applications"),
                                      QString::number(applications),
                                      QStringLiteral("--seed"),
                                      QString::number(kSeed)});
        std::fprintf(stderr, "%s", out.constData());
        return double(timer.nsecsElapsed()) / 1e9;
    }

    /// Adds a recruiter `name` whose password is password(name).
    void addUser(const QString &name)
    {
        admin({QStringLiteral("user"),
               QStringLiteral("add"),
               name,
               QStringLiteral("--role"),
               QStringLiteral("recruiter")},
              password(name).toUtf8() + '\n');
    }

    /// Starts serving; aborts the benchmark when it cannot.
    void start()
    {
        m_process = std::make_unique<ReqdeskTest::ServerProcess>();
        if (!m_process->startWith({QStringLiteral("--data"), m_dataDir}))
            qFatal("cannot start reqdesk-server on %s", qPrintable(m_dataDir));
    }

    /// Stops serving (SIGTERM, then kill).
    void stop()
    {
        if (m_process)
            m_process->stop();
        m_process.reset();
    }

    /// The server's base URL (after start()).
    QUrl url() const { return m_process->url(QString()); }

    /// The benchmark password of a user.
    static QString password(const QString &name) { return QStringLiteral("bench-%1-pw").arg(name); }

    /// A client signed in as `name` with an access token, for writes "by another client".
    std::unique_ptr<Reqdesk::Sync::SyncHttpClient> signedInClient(const QString &name) const
    {
        auto client = std::make_unique<Reqdesk::Sync::SyncHttpClient>();
        client->setBaseUrl(url());
        const auto answer
                = client->post(QStringLiteral("/v1/auth/login"),
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("password"), password(name)},
                                {QStringLiteral("device_name"), QStringLiteral("bench writer")}});
        if (!answer)
            qFatal("login of %s: %s", qPrintable(name), qPrintable(answer.error().message()));
        client->setAccessToken(answer->value(QStringLiteral("access_token")).toString().toLatin1());
        return client;
    }

private:
    QByteArray admin(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProgram(ReqdeskTest::serverBinary);
        process.setArguments(arguments
                             + QStringList{QStringLiteral("--data"),
                                           m_dataDir,
                                           QStringLiteral("--password-cost"),
                                           QStringLiteral("min")});
        process.start();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(-1);
        const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qFatal("reqdesk-server %s failed: %s",
                   qPrintable(arguments.join(u' ')),
                   out.constData());
        return out;
    }

    QString m_dataDir;
    std::unique_ptr<ReqdeskTest::ServerProcess> m_process;
};

} // namespace ReqdeskBench
