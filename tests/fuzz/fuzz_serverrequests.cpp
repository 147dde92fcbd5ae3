// libFuzzer target (R3): the server's request decoding. The first byte picks what the rest
// feeds: a login, refresh, push (plain or gzip), or conflict-resolve body through the real
// ApiHandlers over a throwaway SQLite database; the query strings of the changes, snapshot and
// conflicts routes; the protocol and epoch headers; HttpCompression::gunzip with a small cap;
// the router. Every answer must be a well-formed response, never a 500 (a 500 is a bug here:
// the database is local and healthy), and gunzip must never pass its cap.
#include "server/apihandlers.h"
#include "server/apirouter.h"
#include "server/authservice.h"
#include "server/httpcompression.h"
#include "server/metrics.h"
#include "server/passwordhasher.h"
#include "server/sqlserverstorage.h"
#include "server/syncservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Reqdesk::Server;

namespace {

/// Everything a worker has, made once: storage, services and a signed-in admin's token.
struct Harness
{
    QTemporaryDir dir;
    std::unique_ptr<SqlServerStorage> storage;
    Metrics metrics;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<ApiHandlers> handlers;
    ApiRouter router;
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC);
    QByteArray bearer;
    QString refreshToken;
    QByteArray epoch;
};

Harness *harness = nullptr;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_serverrequests: %s\n", what);
    std::abort();
}

void check(const ApiResponse &response)
{
    if (response.status < 200 || response.status > 599)
        fail("status out of range");
    if (response.status == 500 || response.errorCode == QLatin1String("internal")) {
        std::fprintf(stderr, "%s\n", qPrintable(response.errorMessage));
        fail("500 for a request");
    }
    if (response.isError()) {
        // The listening thread writes the envelope; it must be JSON whatever the message holds.
        if (response.status < 400
            || !QJsonDocument::fromJson(response.errorBody(QStringLiteral("fuzz"))).isObject()) {
            fail("malformed error");
        }
        return;
    }
    if (response.status != 204 && response.contentType.contains("json")
        && !response.headers.contains({QByteArrayLiteral("Content-Encoding"), "gzip"})
        && !QJsonDocument::fromJson(response.body).isObject()) {
        fail("response body is not a JSON object");
    }
}

ApiRequest request(const QByteArray &method, const QString &path, const QByteArray &body)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.remoteAddress = QStringLiteral("127.0.0.1");
    r.requestId = QStringLiteral("fuzz");
    r.headers.append({QByteArrayLiteral("Authorization"), harness->bearer});
    return r;
}

ApiResponse run(RouteId route, const ApiRequest &r)
{
    return harness->handlers->handle(route, r, *harness->storage, harness->now);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    harness = new Harness;
    if (!harness->dir.isValid())
        fail("no temporary directory");
    auto storage = SqlServerStorage::openSqlite(harness->dir.filePath(QStringLiteral("f.sqlite")),
                                                QStringLiteral("fuzz"));
    if (!storage || !(*storage)->migrate())
        fail("cannot open the database");
    harness->storage = std::move(*storage);
    AuthService::Settings settings;
    settings.passwordCost = PasswordHasher::Cost::Minimum;
    settings.rateLimit.maxFailuresPerName = 0;
    settings.rateLimit.maxFailuresPerAddress = 0;
    harness->auth = std::make_unique<AuthService>(settings);
    harness->sync = std::make_unique<SyncService>(SyncLimits{}, &harness->metrics.sync());
    harness->handlers
            = std::make_unique<ApiHandlers>(*harness->auth, harness->metrics, *harness->sync);
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    const NewUser user{QStringLiteral("fuzz"),
                       Role::Admin,
                       QString(),
                       hasher.hash(QByteArrayLiteral("fuzz-password"))};
    if (!harness->storage->createUser(user, harness->now))
        fail("cannot add the user");
    LoginRequest login{QStringLiteral("fuzz"),
                       QByteArrayLiteral("fuzz-password"),
                       QStringLiteral("fuzzer"),
                       QUuid(),
                       QStringLiteral("127.0.0.1")};
    int retryAfter = 0;
    const auto tokens = harness->auth->login(*harness->storage, login, harness->now, &retryAfter);
    if (!tokens)
        fail("cannot sign in");
    harness->bearer = "Bearer " + tokens->accessToken.toLatin1();
    harness->refreshToken = tokens->refreshToken;
    harness->epoch = harness->storage->epoch()->toString(QUuid::WithoutBraces).toLatin1();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 128 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    // The selector is the first byte as a digit, so seed files start with '0'-'9'.
    switch ((data[0] + 2) % 10) {
    case 0: // a login body
        check(run(RouteId::Login, request("POST", QStringLiteral("/v1/auth/login"), input)));
        break;
    case 1: // a refresh body (a valid one rotates; the token is never reused: it is fixed)
        check(run(RouteId::Refresh, request("POST", QStringLiteral("/v1/auth/refresh"), input)));
        break;
    case 2: // a push body
        check(run(RouteId::SyncPush, request("POST", QStringLiteral("/v1/sync/push"), input)));
        break;
    case 3: { // a gzip push body
        ApiRequest r = request("POST", QStringLiteral("/v1/sync/push"), input);
        r.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        check(run(RouteId::SyncPush, r));
        break;
    }
    case 4: { // a resolve body; the id segment is the first line
        const qsizetype newline = input.indexOf('\n');
        const QString id = QString::fromUtf8(input.left(newline < 0 ? 0 : newline));
        const QString path = QStringLiteral("/v1/conflicts/%1/resolve").arg(id);
        const RouteMatch match = harness->router.match("POST", path);
        if (match.kind == RouteMatch::Kind::Found)
            check(run(RouteId::ConflictResolve,
                      request("POST", path, input.mid(newline < 0 ? 0 : newline + 1))));
        break;
    }
    case 5:
    case 6: { // query strings of the GET routes: '5' changes, '6' snapshot, conflicts or users
        static const RouteId others[] = {RouteId::SyncSnapshot, RouteId::Conflicts, RouteId::Users};
        ApiRequest r = request("GET", QStringLiteral("/v1/sync/changes"), {});
        r.query.setQuery(QString::fromUtf8(input));
        check(run((data[0] + 2) % 10 == 5 ? RouteId::SyncChanges : others[(data[0] / 10) % 3], r));
        break;
    }
    case 7: { // protocol and epoch headers: two lines
        const QList<QByteArray> lines = input.split('\n');
        ApiRequest r = request("GET", QStringLiteral("/v1/sync/meta"), {});
        r.headers.append({QByteArrayLiteral("X-Reqdesk-Protocol"), lines.value(0)});
        r.headers.append({QByteArrayLiteral("X-Reqdesk-Epoch"), lines.value(1, harness->epoch)});
        check(run((data[0] / 10) % 2 ? RouteId::SyncMeta : RouteId::SyncChanges, r));
        break;
    }
    case 8: { // gunzip with a cap, and Accept-Encoding parsing
        constexpr qint64 cap = 4096;
        const auto inflated = HttpCompression::gunzip(input, cap);
        if (inflated && inflated->size() > cap)
            fail("gunzip passed its cap");
        if (inflated) {
            const auto again = HttpCompression::gunzip(HttpCompression::gzip(*inflated), cap);
            if (!again || *again != *inflated)
                fail("gzip round trip differs");
        }
        HttpCompression::acceptsGzip(input);
        break;
    }
    case 9: { // the router: a method line and a path
        const qsizetype space = input.indexOf(' ');
        const RouteMatch match
                = harness->router.match(input.left(space < 0 ? 0 : space),
                                        QString::fromUtf8(input.mid(space < 0 ? 0 : space + 1)));
        if (match.kind == RouteMatch::Kind::MethodNotAllowed && match.allowed.isEmpty())
            fail("405 without Allow");
        break;
    }
    }
    return 0;
}
