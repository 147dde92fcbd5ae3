#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Reqdesk::Sync {

/// Where the refresh token lives: the OS keychain (QtKeychain, service "Reqdesk"); a file only
/// its owner can read when REQDESK_TOKEN_STORE=file is set (headless machines, CI; a warning is
/// logged); otherwise, when no keychain answers, memory only for this process. Tokens are never
/// logged.
class TokenStore final
{
public:
    /// Where save() put the token.
    enum class Backend {
        Keychain, ///< the OS keychain
        File,     ///< an owner-only file (explicit opt-in)
        Memory,   ///< not persisted: the user must sign in again next time
    };

    /// Files of the file fallback go to `fileDir` (e.g. next to the cache database).
    explicit TokenStore(QString fileDir);

    /// The keychain account of one user on one server from one device (cache):
    /// "user@scheme://host:port#device". Per device, so two caches never share a token.
    static QString account(const QUrl &server, const QString &user, const QString &device);
    /// Stores `token`; says where it went (Memory when it could not be persisted).
    Core::Result<Backend> save(const QString &account, const QString &token);
    /// The stored token; nullopt when there is none.
    Core::Result<std::optional<QString>> load(const QString &account);
    /// Forgets the token everywhere it may be.
    Core::Status remove(const QString &account);
    /// Human name of a backend, for messages.
    static QString backendName(Backend backend);

private:
    static void forgetInMemory(const QString &account);
    bool fileMode() const;
    QString filePath(const QString &account) const;

    QString m_fileDir;
};

} // namespace Reqdesk::Sync
