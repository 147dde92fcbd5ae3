#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Reqdesk::Server {

/// Argon2id password hashing through libsodium's crypto_pwhash_str. The cost travels inside
/// each hash, so a hash made at one cost still verifies after the configured cost changes.
class PasswordHasher final
{
public:
    /// libsodium's named limits. Minimum exists for tests only: it is fast and weak.
    enum class Cost {
        Interactive,
        Moderate,
        Sensitive,
        Minimum,
    };

    /// A hasher making new hashes at `cost`; verification reads the cost from each hash.
    explicit PasswordHasher(Cost cost = Cost::Interactive);

    /// Parses "interactive", "moderate", "sensitive" or "min".
    static std::optional<Cost> parseCost(QStringView name);
    /// The stable name of a cost.
    static QString costName(Cost cost);

    /// The encoded hash ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), or empty when libsodium
    /// could not allocate the memory the cost asks for.
    QString hash(const QByteArray &password) const;
    /// True when the password matches the encoded hash.
    bool verify(const QString &encodedHash, const QByteArray &password) const;
    /// True when the hash was made with other parameters than the configured cost.
    bool needsRehash(const QString &encodedHash) const;

private:
    unsigned long long m_opsLimit = 0;
    size_t m_memLimit = 0;
};

} // namespace Reqdesk::Server
