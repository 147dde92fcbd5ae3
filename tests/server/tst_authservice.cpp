#include "server/authservice.h"
#include "server/secrettoken.h"
#include "server/sqlserverstorage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk::Server;
using Reqdesk::Core::ErrorCode;

class tst_AuthService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginIssuesTokens();
    void wrongPasswordAndUnknownNameLookAlike();
    void rateLimited();
    void disabledUser();
    void reusesOwnDeviceOnly();
    void accessTokenExpires();
    void refreshRotates();
    void reusedRefreshRevokesFamily();
    void replayWithinGraceReplacesUnusedPair();
    void replacedPairPresentedLaterEndsTheSignIn();
    void replayWithinGraceAfterSuccessorUsedRevokesFamily();
    void replayAfterGraceRevokesFamily();
    void graceZeroRevokesAtOnce();
    void expiredRefresh();
    void logoutRevokesSession();
    void upgradesWeakHashOnLogin();
    void principalCacheFollowsGeneration();

private:
    LoginRequest request(const QString &name, const QByteArray &password) const;
    /// Whether the stored token of this text is revoked (expiry aside).
    bool revoked(const QString &token) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SqlServerStorage> m_storage;
    std::unique_ptr<AuthService> m_auth;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void tst_AuthService::init()
{
    auto storage = SqlServerStorage::openSqlite(
            m_dir.filePath(QStringLiteral("%1.sqlite")
                                   .arg(QString::fromLatin1(QTest::currentTestFunction()))),
            QStringLiteral("auth"));
    QVERIFY(storage);
    m_storage = std::move(storage).value();
    QVERIFY(m_storage->migrate());
    AuthService::Settings settings;
    settings.accessTtlSeconds = 60;
    settings.refreshTtlSeconds = 3600;
    settings.rateLimit = {3, 100, 600};
    settings.passwordCost = PasswordHasher::Cost::Minimum;
    m_auth = std::make_unique<AuthService>(settings);
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    for (const char *name : {"alice", "bob"}) {
        QVERIFY(m_storage->createUser({QString::fromLatin1(name),
                                       Role::Recruiter,
                                       QString(),
                                       hasher.hash(QByteArrayLiteral("password1"))},
                                      m_t0));
    }
}

void tst_AuthService::cleanup()
{
    m_auth.reset();
    m_storage.reset();
}

LoginRequest tst_AuthService::request(const QString &name, const QByteArray &password) const
{
    return LoginRequest{
            name, password, QStringLiteral("laptop"), QUuid(), QStringLiteral("127.0.0.1")};
}

void tst_AuthService::loginIssuesTokens()
{
    const auto tokens = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    QVERIFY(tokens);
    QVERIFY(tokens->accessToken.startsWith(QLatin1String("rda_")));
    QVERIFY(tokens->refreshToken.startsWith(QLatin1String("rdr_")));
    QCOMPARE(tokens->accessExpiresAt, m_t0.addSecs(60));
    QCOMPARE(tokens->user.name, QStringLiteral("alice"));
    QVERIFY(!tokens->deviceId.isNull());
    const auto principal = m_auth->authenticate(*m_storage, tokens->accessToken, m_t0);
    QVERIFY(principal);
    QCOMPARE(principal->user.name, QStringLiteral("alice"));
    QCOMPARE(principal->deviceId, tokens->deviceId);
    // The refresh token is not an access token.
    QVERIFY(!m_auth->authenticate(*m_storage, tokens->refreshToken, m_t0));
}

void tst_AuthService::wrongPasswordAndUnknownNameLookAlike()
{
    const auto wrong
            = m_auth->login(*m_storage, request(QStringLiteral("alice"), "nope"), m_t0, nullptr);
    const auto unknown
            = m_auth->login(*m_storage, request(QStringLiteral("zed"), "password1"), m_t0, nullptr);
    QVERIFY(!wrong && !unknown);
    QCOMPARE(wrong.error().code, ErrorCode::Unauthenticated);
    QCOMPARE(unknown.error().code, ErrorCode::Unauthenticated);
    QCOMPARE(wrong.error().detail, unknown.error().detail);
}

void tst_AuthService::rateLimited()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m_auth->login(*m_storage, request(QStringLiteral("alice"), "x"), m_t0, nullptr));
    int retryAfter = 0;
    // Even the right password is refused while limited.
    const auto limited = m_auth->login(*m_storage,
                                       request(QStringLiteral("alice"), "password1"),
                                       m_t0.addSecs(100),
                                       &retryAfter);
    QVERIFY(!limited);
    QCOMPARE(limited.error().code, ErrorCode::RateLimited);
    QCOMPARE(retryAfter, 500);
    QVERIFY(m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0.addSecs(600), nullptr));
}

void tst_AuthService::disabledUser()
{
    const auto tokens
            = m_auth->login(*m_storage, request(QStringLiteral("bob"), "password1"), m_t0, nullptr);
    QVERIFY(tokens);
    QVERIFY(m_storage->setUserDisabled(QStringLiteral("bob"), true));
    const auto login
            = m_auth->login(*m_storage, request(QStringLiteral("bob"), "password1"), m_t0, nullptr);
    QCOMPARE(login.error().code, ErrorCode::AccountDisabled);
    QCOMPARE(m_auth->authenticate(*m_storage, tokens->accessToken, m_t0).error().code,
             ErrorCode::AccountDisabled);
    QCOMPARE(m_auth->refresh(*m_storage, tokens->refreshToken, m_t0).error().code,
             ErrorCode::AccountDisabled);
}

void tst_AuthService::reusesOwnDeviceOnly()
{
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    LoginRequest again = request(QStringLiteral("alice"), "password1");
    again.deviceId = first->deviceId;
    QCOMPARE(m_auth->login(*m_storage, again, m_t0, nullptr)->deviceId, first->deviceId);
    LoginRequest other = request(QStringLiteral("bob"), "password1");
    other.deviceId = first->deviceId;
    QVERIFY(m_auth->login(*m_storage, other, m_t0, nullptr)->deviceId != first->deviceId);
}

void tst_AuthService::accessTokenExpires()
{
    const auto tokens = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    QVERIFY(m_auth->authenticate(*m_storage, tokens->accessToken, m_t0.addSecs(59)));
    const auto expired = m_auth->authenticate(*m_storage, tokens->accessToken, m_t0.addSecs(60));
    QCOMPARE(expired.error().code, ErrorCode::Unauthenticated);
    QVERIFY(expired.error().detail.contains(QLatin1String("expired")));
}

void tst_AuthService::refreshRotates()
{
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto second = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(30));
    QVERIFY(second);
    QVERIFY(second->refreshToken != first->refreshToken);
    QVERIFY(second->accessToken != first->accessToken);
    QCOMPARE(second->deviceId, first->deviceId);
    QCOMPARE(second->accessExpiresAt, m_t0.addSecs(90));
    const auto third = m_auth->refresh(*m_storage, second->refreshToken, m_t0.addSecs(60));
    QVERIFY(third);
    QVERIFY(m_auth->authenticate(*m_storage, third->accessToken, m_t0.addSecs(60)));
}

void tst_AuthService::reusedRefreshRevokesFamily()
{
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto other = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto second = m_auth->refresh(*m_storage, first->refreshToken, m_t0);
    QVERIFY(second);
    // The owner goes on rotating; a leaked copy of the first token comes back later.
    const auto third = m_auth->refresh(*m_storage, second->refreshToken, m_t0.addSecs(1));
    QVERIFY(third);
    const auto replay = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(2));
    QCOMPARE(replay.error().code, ErrorCode::TokenReused);
    // Every token of that sign-in is dead, the rotated ones included...
    QVERIFY(!m_auth->refresh(*m_storage, third->refreshToken, m_t0.addSecs(2)));
    QVERIFY(!m_auth->authenticate(*m_storage, third->accessToken, m_t0.addSecs(2)));
    QVERIFY(!m_auth->authenticate(*m_storage, second->accessToken, m_t0.addSecs(2)));
    QVERIFY(!m_auth->authenticate(*m_storage, first->accessToken, m_t0.addSecs(2)));
    // ...but another sign-in of the same user lives on.
    QVERIFY(m_auth->authenticate(*m_storage, other->accessToken, m_t0.addSecs(2)));
}

void tst_AuthService::replayWithinGraceReplacesUnusedPair()
{
    QCOMPARE(AuthService::Settings().refreshReuseGraceSeconds,
             AuthService::DefaultRefreshReuseGraceSeconds);
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto family = m_auth->authenticate(*m_storage, first->accessToken, m_t0)->familyId;
    // The answer to this refresh is lost: the client keeps the first refresh token.
    const auto lost = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(10));
    QVERIFY(lost);
    const auto retry = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(40));
    QVERIFY2(retry, qPrintable(retry ? QString() : retry.error().message()));
    QVERIFY(retry->refreshToken != lost->refreshToken);
    QCOMPARE(retry->deviceId, first->deviceId);
    // The pair nobody received is dead; the new one lives in the same sign-in.
    QVERIFY(revoked(lost->refreshToken));
    QVERIFY(revoked(lost->accessToken));
    QVERIFY(!m_auth->authenticate(*m_storage, lost->accessToken, m_t0.addSecs(40)));
    const auto principal = m_auth->authenticate(*m_storage, retry->accessToken, m_t0.addSecs(40));
    QVERIFY(principal);
    QCOMPARE(principal->familyId, family);
    // Retries do not extend the grace: it counts from the first exchange (10 s).
    const auto again = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(70));
    QVERIFY(again);
    QVERIFY(revoked(retry->refreshToken));
    const auto late = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(71));
    QCOMPARE(late.error().code, ErrorCode::TokenReused);
    QVERIFY(revoked(again->refreshToken));
    QVERIFY(revoked(again->accessToken));
}

void tst_AuthService::replacedPairPresentedLaterEndsTheSignIn()
{
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    // Someone replays the first token inside the interval and takes the replacement; the pair
    // the owner received is replaced.
    const auto owners = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(1));
    QVERIFY(owners);
    const auto taken = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(2));
    QVERIFY(taken);
    QVERIFY(revoked(owners->refreshToken));
    // The owner's next refresh shows the replacement went to someone else: nobody keeps it.
    const auto next = m_auth->refresh(*m_storage, owners->refreshToken, m_t0.addSecs(3));
    QCOMPARE(next.error().code, ErrorCode::TokenReused);
    QVERIFY(revoked(taken->refreshToken));
    QVERIFY(revoked(taken->accessToken));
    QVERIFY(!m_auth->authenticate(*m_storage, taken->accessToken, m_t0.addSecs(3)));
    // After a logout the family has nothing left: a dead token is just refused.
    QCOMPARE(m_auth->refresh(*m_storage, owners->refreshToken, m_t0.addSecs(4)).error().code,
             ErrorCode::Unauthenticated);
}

void tst_AuthService::replayWithinGraceAfterSuccessorUsedRevokesFamily()
{
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto second = m_auth->refresh(*m_storage, first->refreshToken, m_t0);
    QVERIFY(second);
    // The successor was used: the sign-in moved on, so the old token can only be a copy.
    const auto third = m_auth->refresh(*m_storage, second->refreshToken, m_t0.addSecs(5));
    QVERIFY(third);
    const auto replay = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(10));
    QCOMPARE(replay.error().code, ErrorCode::TokenReused);
    QVERIFY(revoked(third->refreshToken));
    QVERIFY(revoked(third->accessToken));
    QVERIFY(!m_auth->refresh(*m_storage, third->refreshToken, m_t0.addSecs(10)));
}

void tst_AuthService::replayAfterGraceRevokesFamily()
{
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto second = m_auth->refresh(*m_storage, first->refreshToken, m_t0);
    QVERIFY(second);
    // The successor is still unused, but the grace is over.
    const int grace = AuthService::DefaultRefreshReuseGraceSeconds;
    const auto replay = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(grace + 1));
    QCOMPARE(replay.error().code, ErrorCode::TokenReused);
    QVERIFY(revoked(second->refreshToken));
    QVERIFY(revoked(second->accessToken));
    QVERIFY(!m_auth->refresh(*m_storage, second->refreshToken, m_t0.addSecs(grace + 1)));
}

void tst_AuthService::graceZeroRevokesAtOnce()
{
    AuthService::Settings settings = m_auth->settings();
    settings.refreshReuseGraceSeconds = 0;
    const AuthService strict(settings);
    const auto first = strict.login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto second = strict.refresh(*m_storage, first->refreshToken, m_t0);
    QVERIFY(second);
    QCOMPARE(strict.refresh(*m_storage, first->refreshToken, m_t0).error().code,
             ErrorCode::TokenReused);
    QVERIFY(revoked(second->refreshToken));
}

bool tst_AuthService::revoked(const QString &token) const
{
    const auto found = m_storage->findToken(SecretToken::hash(token));
    return found && found->has_value() && (*found)->revokedAt.isValid();
}

void tst_AuthService::expiredRefresh()
{
    const auto first = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto late = m_auth->refresh(*m_storage, first->refreshToken, m_t0.addSecs(3600));
    QCOMPARE(late.error().code, ErrorCode::Unauthenticated);
    QCOMPARE(m_auth->refresh(*m_storage, QStringLiteral("garbage"), m_t0).error().code,
             ErrorCode::Unauthenticated);
}

void tst_AuthService::logoutRevokesSession()
{
    const auto tokens = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    const auto principal = m_auth->authenticate(*m_storage, tokens->accessToken, m_t0);
    QVERIFY(m_auth->logout(*m_storage, *principal, m_t0));
    QVERIFY(!m_auth->authenticate(*m_storage, tokens->accessToken, m_t0));
    QVERIFY(!m_auth->refresh(*m_storage, tokens->refreshToken, m_t0));
}

void tst_AuthService::upgradesWeakHashOnLogin()
{
    AuthService::Settings settings = m_auth->settings();
    settings.passwordCost = PasswordHasher::Cost::Interactive;
    const AuthService stronger(settings);
    QVERIFY(stronger.login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr));
    const QString upgraded = (*m_storage->findUserByName(QStringLiteral("alice")))->passwordHash;
    QVERIFY(!stronger.hasher().needsRehash(upgraded));
    // Still the same password, now under the new cost.
    QVERIFY(stronger.login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr));
    QCOMPARE((*m_storage->findUserByName(QStringLiteral("alice")))->passwordHash, upgraded);
}

void tst_AuthService::principalCacheFollowsGeneration()
{
    const auto tokens = m_auth->login(
            *m_storage, request(QStringLiteral("alice"), "password1"), m_t0, nullptr);
    QVERIFY(tokens);
    const auto before = m_storage->serverStamp();
    QVERIFY(before);
    QVERIFY(m_auth->authenticate(*m_storage, tokens->accessToken, m_t0, before->authGeneration));

    // A revocation renews the generation in the same transaction.
    const auto alice = m_storage->findUserByName(QStringLiteral("alice"));
    QVERIFY(m_storage->revokeUserTokens((*alice)->id, m_t0));
    const auto after = m_storage->serverStamp();
    QVERIFY(after);
    QVERIFY(after->authGeneration != before->authGeneration);
    QCOMPARE(after->epoch, before->epoch);

    // Asked under the old generation, the principal comes from memory (the cache is real)...
    QVERIFY(m_auth->authenticate(
            *m_storage, tokens->accessToken, m_t0.addMSecs(100), before->authGeneration));
    // ...but never past the age bound...
    QVERIFY(!m_auth->authenticate(*m_storage,
                                  tokens->accessToken,
                                  m_t0.addMSecs(AuthService::PrincipalCacheMs),
                                  before->authGeneration));
    // ...and a request that read the new generation is refused at once.
    const auto refused
            = m_auth->authenticate(*m_storage, tokens->accessToken, m_t0, after->authGeneration);
    QCOMPARE(refused.error().code, ErrorCode::Unauthenticated);
    QVERIFY(!m_auth->authenticate(*m_storage, tokens->accessToken, m_t0));

    // Disabling a user and the pay grant renew it too.
    QVERIFY(m_storage->setUserDisabled(QStringLiteral("bob"), true));
    const auto disabled = m_storage->serverStamp();
    QVERIFY(disabled->authGeneration != after->authGeneration);
    QVERIFY(m_storage->setPayAccess(QStringLiteral("bob"), true));
    QVERIFY(m_storage->serverStamp()->authGeneration != disabled->authGeneration);
}

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_authservice.moc"
