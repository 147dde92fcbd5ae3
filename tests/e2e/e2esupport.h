#pragma once

// What the end-to-end tests share beyond serverprocess.h: test users added with one password
// convention ("secret-USER-pw"), and a client cache signed in as one of them.

#include "sync/syncengine.h"

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

} // namespace ReqdeskTest
