#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Reqdesk::Server {

class ServerStorage;

/// Limits failed sign-ins per user name and per client address over a sliding window. The
/// failures live in the database, not in memory, so several server processes on one PostgreSQL
/// database share the count and a restart does not reset it.
class LoginRateLimiter final
{
public:
    /// How many failures are allowed inside the window before sign-ins are refused.
    struct Policy
    {
        int maxFailuresPerName = 5;
        int maxFailuresPerAddress = 20;
        int windowSeconds = 900;
    };

    /// A limiter applying `policy`.
    explicit LoginRateLimiter(Policy policy);

    /// Seconds until another attempt is allowed, or nullopt when one is allowed now.
    Core::Result<std::optional<int>> retryAfter(ServerStorage &storage,
                                                const QString &name,
                                                const QString &address,
                                                const QDateTime &now) const;
    /// Counts a failed attempt against the name and the address.
    Core::Status recordFailure(ServerStorage &storage,
                               const QString &name,
                               const QString &address,
                               const QDateTime &now) const;
    /// A successful sign-in forgets the name's failures (not the address's: one address
    /// guessing many names stays limited).
    Core::Status recordSuccess(ServerStorage &storage, const QString &name) const;

    /// The policy it applies.
    const Policy &policy() const { return m_policy; }

private:
    /// Names compare case-insensitively here, so "Alice" and "alice" share one budget.
    static QString nameKey(const QString &name);

    Policy m_policy;
};

} // namespace Reqdesk::Server
