#include "server/passwordhasher.h"

#include <sodium.h>

namespace Reqdesk::Server {

PasswordHasher::PasswordHasher(Cost cost)
{
    // sodium_init is idempotent and thread-safe; it must run before any other call.
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    switch (cost) {
    case Cost::Interactive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Cost::Moderate:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case Cost::Sensitive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;
        break;
    case Cost::Minimum:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    }
}

std::optional<PasswordHasher::Cost> PasswordHasher::parseCost(QStringView name)
{
    if (name == u"interactive")
        return Cost::Interactive;
    if (name == u"moderate")
        return Cost::Moderate;
    if (name == u"sensitive")
        return Cost::Sensitive;
    if (name == u"min" || name == u"minimum")
        return Cost::Minimum;
    return std::nullopt;
}

QString PasswordHasher::costName(Cost cost)
{
    switch (cost) {
    case Cost::Interactive:
        return QStringLiteral("interactive");
    case Cost::Moderate:
        return QStringLiteral("moderate");
    case Cost::Sensitive:
        return QStringLiteral("sensitive");
    case Cost::Minimum:
        return QStringLiteral("min");
    }
    return QString();
}

QString PasswordHasher::hash(const QByteArray &password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out,
                              password.constData(),
                              static_cast<unsigned long long>(password.size()),
                              m_opsLimit,
                              m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return QString();
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QByteArray &password) const
{
    const QByteArray encoded = encodedHash.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(encoded.constData(),
                                    password.constData(),
                                    static_cast<unsigned long long>(password.size()))
           == 0;
}

bool PasswordHasher::needsRehash(const QString &encodedHash) const
{
    const QByteArray encoded = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace Reqdesk::Server
