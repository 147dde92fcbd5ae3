#pragma once

// What the end-to-end tests share beyond serverprocess.h: test users added with one password
// convention ("secret-USER-pw"), and a client cache signed in as one of them.

#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

#include "serverprocess.h"

namespace ReqdeskTest {

/// The password every test user is given: "secret-USER-pw".
inline QString passwordFor(const QString &user)
{
    return QStringLiteral("secret-%1-pw").arg(user);
}

/// Adds `user` with `role` (scoped to `org` when given) and passwordFor(user); the exit code.
inline int addUser(const QStringList &store,
                   const QString &user,
                   const QString &role = QStringLiteral("recruiter"),
                   const QString &org = {},
                   QByteArray *output = nullptr)
{
    QStringList arguments{
            QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"), role};
    if (!org.isEmpty())
        arguments << QStringLiteral("--org") << org;
    return adminWith(store, arguments, passwordFor(user).toUtf8() + '\n', output);
}

/// Opens the cache `dbFile` and signs it in to `server` as `user`; null if either fails.
/// `prepare` runs between the two, for settings the sign-in should already use.
inline std::unique_ptr<Reqdesk::Sync::SyncEngine>
signedInEngine(const QString &dbFile,
               const QUrl &server,
               const QString &user,
               const std::function<void(Reqdesk::Sync::SyncEngine &)> &prepare = {})
{
    auto engine = std::make_unique<Reqdesk::Sync::SyncEngine>(dbFile);
    if (!engine->open())
        return nullptr;
    if (prepare)
        prepare(*engine);
    if (!engine->signIn(server, user, passwordFor(user)))
        return nullptr;
    return engine;
}

/// The reqdesk-cli binary of this build.
inline const QString cliBinary = QStringLiteral(REQDESK_BINARY_DIR "/src/cli/reqdesk-cli");

/// One reqdesk-cli run.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    /// `out` as the JSON object a `--json` command prints.
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
    /// The id of the first requisition an `import` run reports on its first line of output.
    QString firstImportedRequisitionId() const
    {
        return QJsonDocument::fromJson(out.split('\n').first())
                .object()
                .value(QStringLiteral("requisitions"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
    }
};

/// The environment for a reqdesk-cli run: tokens in a file, its logging off, and when
/// `crashAt` is given the named point where it should abort (REQDESK_CRASH_AT).
inline QProcessEnvironment cliEnvironment(const QByteArray &crashAt = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REQDESK_TOKEN_STORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("reqdesk.*=false"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("REQDESK_CRASH_AT"), QString::fromLatin1(crashAt));
    return env;
}

/// What a finished reqdesk-cli `process` left: how it ended and its output.
inline CliRun finishedRun(QProcess &process)
{
    CliRun run;
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace ReqdeskTest
