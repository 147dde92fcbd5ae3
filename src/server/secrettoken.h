#pragma once

#include <QByteArray>
#include <QString>

namespace Reqdesk::Server {

/// Opaque bearer tokens: 32 random bytes from libsodium, base64url, with a prefix that tells
/// access ("rda_") from refresh ("rdr_") tokens and lets secret scanners find leaked ones.
/// Only SHA-256 hashes of tokens are stored; a stolen database holds no usable token.
class SecretToken final
{
public:
    /// A new random access token.
    static QString newAccessToken();
    /// A new random refresh token.
    static QString newRefreshToken();
    /// Lower-case hex SHA-256 of the token text, as stored and looked up.
    static QByteArray hash(const QString &token);
    /// True when the text has the shape of a token (prefix, length, alphabet).
    static bool looksValid(const QString &token);

private:
    static QString make(const QString &prefix);
};

} // namespace Reqdesk::Server
