#include "sync/tokenstore.h"

#include "sync/synclogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <mutex>

namespace Reqdesk::Sync {

using Core::ErrorCode;
using Core::makeError;

namespace {

const QString kService = QStringLiteral("Reqdesk");
// A keychain daemon that never answers must not hang sign-in or a sync round.
constexpr int kKeychainTimeoutMs = 5000;

QMutex &memoryMutex()
{
    static QMutex mutex;
    return mutex;
}

/// Tokens that could not be persisted (no keychain answered): this process's sign-ins only.
/// A persisted token is always read back from its store, never from here, because another
/// process on the same cache (the app and reqdesk-cli) may have rotated it since.
QHash<QString, QString> &memoryTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}

/// Runs a keychain job to its end (or the timeout); true when it succeeded.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        qCWarning(lcSync) << "keychain did not answer in time";
        return false;
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        qCInfo(lcSync) << "keychain:" << job.errorString();
        return false;
    }
    return true;
}

} // namespace

TokenStore::TokenStore(QString fileDir)
    : m_fileDir(std::move(fileDir))
{}

QString TokenStore::account(const QUrl &server, const QString &user, const QString &device)
{
    return user + u'@' + server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString() + u'#'
           + device;
}

QString TokenStore::backendName(Backend backend)
{
    switch (backend) {
    case Backend::Keychain:
        return QStringLiteral("keychain");
    case Backend::File:
        return QStringLiteral("file");
    case Backend::Memory:
        return QStringLiteral("memory");
    }
    return QString();
}

bool TokenStore::fileMode() const
{
    return qEnvironmentVariable("REQDESK_TOKEN_STORE") == QLatin1String("file");
}

QString TokenStore::filePath(const QString &account) const
{
    // Hashed so the account (user and server) does not show in the file name.
    const QByteArray name = QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(32);
    return QDir(m_fileDir).filePath(QStringLiteral("token-") + QString::fromLatin1(name));
}

Core::Result<TokenStore::Backend> TokenStore::save(const QString &account, const QString &token)
{
    if (fileMode()) {
        forgetInMemory(account);
        if (!QDir().mkpath(m_fileDir))
            return makeError(ErrorCode::TokenStoreFailed, QStringLiteral("cannot create folder"));
        // Replaced in one rename: a process killed while saving leaves the old token or the
        // new one, never none or half of one (the old is still good for the server's reuse
        // interval). QSaveFile's temporary file is created owner-only, so the token is never
        // readable by others even for a moment.
        QSaveFile file(filePath(account));
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(token.toUtf8()) < 0 || !file.commit())
            return makeError(
                    ErrorCode::TokenStoreFailed,
                    QStringLiteral("cannot write the token file: %1").arg(file.errorString()));
        static std::once_flag warned;
        std::call_once(warned, [] {
            qCWarning(lcSync,
                      "REQDESK_TOKEN_STORE=file: the refresh token is kept in a file readable only "
                      "by "
                      "its owner, not in the OS keychain");
        });
        return Backend::File;
    }
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account);
    job.setTextData(token);
    if (runJob(job)) {
        forgetInMemory(account);
        return Backend::Keychain;
    }
    qCWarning(lcSync, "no keychain available: the sign-in lasts for this process only");
    QMutexLocker lock(&memoryMutex());
    memoryTokens().insert(account, token);
    return Backend::Memory;
}

void TokenStore::forgetInMemory(const QString &account)
{
    QMutexLocker lock(&memoryMutex());
    memoryTokens().remove(account);
}

Core::Result<std::optional<QString>> TokenStore::load(const QString &account)
{
    {
        QMutexLocker lock(&memoryMutex());
        if (const auto it = memoryTokens().constFind(account); it != memoryTokens().cend())
            return std::optional<QString>(*it);
    }
    if (fileMode()) {
        QFile file(filePath(account));
        if (!file.exists())
            return std::optional<QString>();
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::TokenStoreFailed, file.errorString());
        return std::optional<QString>(QString::fromUtf8(file.readAll()).trimmed());
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account);
    if (!runJob(job) || job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    return std::optional<QString>(job.textData());
}

Core::Status TokenStore::remove(const QString &account)
{
    {
        QMutexLocker lock(&memoryMutex());
        memoryTokens().remove(account);
    }
    QFile::remove(filePath(account));
    if (!fileMode()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(account);
        runJob(job);
    }
    return Core::Status();
}

} // namespace Reqdesk::Sync
