#include "server/loginratelimiter.h"

#include "server/serverstorage.h"

#include <algorithm>

namespace Reqdesk::Server {

namespace {
const QString nameScope = QStringLiteral("name");
const QString addressScope = QStringLiteral("address");
} // namespace

LoginRateLimiter::LoginRateLimiter(Policy policy)
    : m_policy(policy)
{}

QString LoginRateLimiter::nameKey(const QString &name)
{
    return name.toCaseFolded();
}

Core::Result<std::optional<int>> LoginRateLimiter::retryAfter(ServerStorage &storage,
                                                              const QString &name,
                                                              const QString &address,
                                                              const QDateTime &now) const
{
    const QDateTime since = now.addSecs(-m_policy.windowSeconds);
    std::optional<int> wait;
    const auto consider = [&](const QString &scope, const QString &key, int limit) -> Core::Status {
        if (limit <= 0 || key.isEmpty())
            return {};
        const auto window = storage.loginFailures(scope, key, since);
        if (!window)
            return window.error();
        if (window->count < limit)
            return {};
        // Allowed again when the oldest failure leaves the window.
        const qint64 ms = now.msecsTo(window->oldest.addSecs(m_policy.windowSeconds));
        const int seconds = std::max(1, int((ms + 999) / 1000));
        wait = std::max(wait.value_or(0), seconds);
        return {};
    };
    if (const auto status = consider(nameScope, nameKey(name), m_policy.maxFailuresPerName);
        !status) {
        return status.error();
    }
    if (const auto status = consider(addressScope, address, m_policy.maxFailuresPerAddress);
        !status) {
        return status.error();
    }
    return wait;
}

Core::Status LoginRateLimiter::recordFailure(ServerStorage &storage,
                                             const QString &name,
                                             const QString &address,
                                             const QDateTime &now) const
{
    if (!name.isEmpty()) {
        if (const auto status = storage.recordLoginFailure(nameScope, nameKey(name), now); !status)
            return status;
    }
    if (!address.isEmpty())
        return storage.recordLoginFailure(addressScope, address, now);
    return {};
}

Core::Status LoginRateLimiter::recordSuccess(ServerStorage &storage, const QString &name) const
{
    return storage.clearLoginFailures(nameScope, nameKey(name));
}

} // namespace Reqdesk::Server
