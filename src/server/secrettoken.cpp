#include "server/secrettoken.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace Reqdesk::Server {

namespace {
constexpr int RandomBytes = 32;
// base64url of 32 bytes without padding.
constexpr int EncodedLength = 43;
} // namespace

QString SecretToken::make(const QString &prefix)
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    QByteArray bytes(RandomBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    const QByteArray text
            = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    return prefix + QString::fromLatin1(text);
}

QString SecretToken::newAccessToken()
{
    return make(QStringLiteral("rda_"));
}

QString SecretToken::newRefreshToken()
{
    return make(QStringLiteral("rdr_"));
}

QByteArray SecretToken::hash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool SecretToken::looksValid(const QString &token)
{
    if (token.size() != 4 + EncodedLength)
        return false;
    if (!token.startsWith(QLatin1String("rda_")) && !token.startsWith(QLatin1String("rdr_")))
        return false;
    for (qsizetype i = 4; i < token.size(); ++i) {
        const QChar c = token.at(i);
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Reqdesk::Server
