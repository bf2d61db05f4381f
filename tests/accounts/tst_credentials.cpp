// accounts::Credentials against a real modmarketd with short-lived access tokens and the private
// keyring of scripts/with-keyring.sh: the session goes to the keychain, a due refresh happens once
// however many threads ask (a second refresh with the same token would make the server revoke
// the session), a refused refresh signs out, and without a keychain nobody is signed in.

#include "core/accounts/Credentials.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"

#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace mm;
using mm::accounts::Credentials;
using mm::accounts::Session;
using mm::accounts::SessionStore;
using mm::test::ProgramRun;
using mm::test::ServerProcess;

namespace {

const QString tenantEmail = u"tenant@demo.test"_s;
const QString demoPassword = u"demo-password"_s;
// Short enough that a refresh falls due within seconds (half the lifetime), long enough that the
// refreshed token is not due again before the eight threads have it.
constexpr int accessTtlSeconds = 8;

template <typename T>
QString why(const Result<T>& result)
{
    return result ? QString() : errorCodeName(result.error().code) + u": "_s + result.error().message;
}

// GET /me with a bearer token as it is, past Credentials: the status the server answers.
int meStatus(const QUrl& server, const QByteArray& authorization)
{
    QUrl url = server;
    url.setPath(u"/api/marketplace/me"_s);
    const auto answer = net::HttpCall::send("GET", url, {}, {{"Authorization", authorization}}, 64 * 1024,
                                            std::chrono::seconds(15));
    return answer ? answer->status : -1;
}

} // namespace

class tst_Credentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noSessionIsUnauthenticated();
    void loginStoresTheSessionInTheKeychain();
    void dueRefreshHappensOnceForEightThreads();
    void refusedRefreshSignsOut();
    void logoutRevokesAndRemoves();
    void damagedEntryIsRemoved();
    void withoutKeychainNobodyIsSignedIn();

private:
    // Waits (without asserting on how long) until the stored session's access token is due.
    bool waitUntilDue(const SessionStore& store);

    ServerProcess m_server;
    QTemporaryDir m_home;
};

void tst_Credentials::initTestCase()
{
    QVERIFY(m_home.isValid());
    if (!test::keyring::isPrivateSession())
        QSKIP(test::keyring::skipReason());
    QVERIFY2(m_server.start(true, {u"--access-token-ttl"_s, QString::number(accessTtlSeconds)}),
             qPrintable(m_server.output()));
}

void tst_Credentials::init()
{
    QVERIFY(SessionStore(m_server.url()).remove());
}

bool tst_Credentials::waitUntilDue(const SessionStore& store)
{
    const auto session = store.load();
    if (!session)
        return false;
    return QTest::qWaitFor(
        [&] { return session->refreshDue(Credentials::refreshMargin, QDateTime::currentDateTimeUtc()); },
        accessTtlSeconds * 2000);
}

void tst_Credentials::noSessionIsUnauthenticated()
{
    Credentials credentials(m_server.url());
    const auto headers = credentials.authorization();
    QVERIFY(!headers);
    QCOMPARE(headers.error().code, ErrorCode::Unauthenticated);
    QVERIFY2(headers.error().message.contains(credentials.host()), qPrintable(headers.error().message));
    QVERIFY2(headers.error().message.contains(u"modmarket-cli login"_s), qPrintable(headers.error().message));
    QCOMPARE(credentials.session().error().code, ErrorCode::Unauthenticated);
}

void tst_Credentials::loginStoresTheSessionInTheKeychain()
{
    Credentials credentials(m_server.url());
    const auto wrong = credentials.signIn(tenantEmail, u"not-the-password"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Unauthenticated);
    QCOMPARE(SessionStore(m_server.url()).load().error().code, ErrorCode::NotFound);

    const auto session = credentials.signIn(tenantEmail, demoPassword);
    QVERIFY2(session, qPrintable(why(session)));
    QCOMPARE(session->user.email, tenantEmail);
    QCOMPARE(session->user.tenant, u"demo-tenant"_s);
    QVERIFY(session->user.hasRole(u"tenant-admin"));

    const auto stored = SessionStore(m_server.url()).load();
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(stored->refreshToken, session->refreshToken);
    QCOMPARE(stored->accessToken, session->accessToken);
    QCOMPARE(stored->user, session->user);

    // Another process finds it there and is signed in as the same user.
    Credentials other(m_server.url());
    const auto me = other.me();
    QVERIFY2(me, qPrintable(why(me)));
    QCOMPARE(me->email, tenantEmail);
}

void tst_Credentials::dueRefreshHappensOnceForEightThreads()
{
    Credentials credentials(m_server.url());
    const auto first = credentials.signIn(tenantEmail, demoPassword);
    QVERIFY2(first, qPrintable(why(first)));
    const SessionStore store(m_server.url());
    QVERIFY(waitUntilDue(store));

    // Eight threads ask at once: one refreshes, the others wait for its token. Plain threads, not
    // the pool: it may run fewer than eight at a time on a small machine.
    std::atomic<int> ready = 0;
    std::array<std::optional<Result<net::HttpCall::Headers>>, 8> answers;
    {
        std::vector<std::jthread> threads;
        for (auto& answer : answers)
            threads.emplace_back([&credentials, &ready, &answer] {
                ++ready;
                while (ready < 8)
                    std::this_thread::yield();
                answer = credentials.authorization();
            });
    }
    QSet<QByteArray> tokens;
    for (const auto& answer : answers) {
        QVERIFY(answer.has_value());
        QVERIFY2(*answer, qPrintable(why(*answer)));
        tokens.insert((*answer)->constFirst().second);
    }
    QCOMPARE(tokens.size(), 1);
    const QByteArray bearer = *tokens.cbegin();
    QVERIFY(bearer != accounts::AccountApi::bearer(first->accessToken));

    // The rotated pair is in the keychain, and the session was not revoked by a replayed token.
    const auto stored = store.load();
    QVERIFY2(stored, qPrintable(why(stored)));
    QVERIFY(stored->refreshToken != first->refreshToken);
    QCOMPARE(accounts::AccountApi::bearer(stored->accessToken), bearer);
    QCOMPARE(meStatus(m_server.url(), bearer), 200);
    const auto me = credentials.me();
    QVERIFY2(me, qPrintable(why(me)));
}

void tst_Credentials::refusedRefreshSignsOut()
{
    Credentials first(m_server.url());
    const auto original = first.signIn(tenantEmail, demoPassword);
    QVERIFY2(original, qPrintable(why(original)));
    const SessionStore store(m_server.url());
    QVERIFY(waitUntilDue(store));
    QVERIFY2(first.authorization(), "the first refresh");

    // A stale copy of the spent pair comes back (a restored backup, a copied keychain): its refresh
    // is a replay, which the marketplace answers by revoking the whole session.
    QVERIFY(store.save(*original));
    Credentials stale(m_server.url());
    const auto headers = stale.authorization();
    QVERIFY(!headers);
    QCOMPARE(headers.error().code, ErrorCode::Unauthenticated);
    QVERIFY2(headers.error().message.contains(u"Sign in"_s), qPrintable(headers.error().message));
    QCOMPARE(store.load().error().code, ErrorCode::NotFound);
    QCOMPARE(stale.session().error().code, ErrorCode::Unauthenticated);
}

void tst_Credentials::logoutRevokesAndRemoves()
{
    Credentials credentials(m_server.url());
    const auto session = credentials.signIn(tenantEmail, demoPassword);
    QVERIFY2(session, qPrintable(why(session)));
    const auto headers = credentials.authorization();
    QVERIFY2(headers, qPrintable(why(headers)));

    const auto out = credentials.signOut();
    QVERIFY2(out, qPrintable(why(out)));
    QVERIFY(out->wasSignedIn);
    QVERIFY2(!out->serverProblem, qPrintable(out->serverProblem ? out->serverProblem->message : QString()));
    QCOMPARE(SessionStore(m_server.url()).load().error().code, ErrorCode::NotFound);
    QCOMPARE(credentials.authorization().error().code, ErrorCode::Unauthenticated);
    // Revoked on the server: neither token works any more.
    QCOMPARE(meStatus(m_server.url(), headers->constFirst().second), 401);
    QCOMPARE(accounts::AccountApi(m_server.url()).refresh(session->refreshToken).error().code,
             ErrorCode::Unauthenticated);

    // Signing out again is no error.
    const auto again = credentials.signOut();
    QVERIFY2(again, qPrintable(why(again)));
    QVERIFY(!again->wasSignedIn);
}

void tst_Credentials::damagedEntryIsRemoved()
{
    const SessionStore store(m_server.url());
    secrets::SecretStore secrets;
    QVERIFY(secrets.write(store.key(), R"({"format":"modmarket-session/1","access_token":"x"})"));
    Credentials credentials(m_server.url());
    QCOMPARE(credentials.authorization().error().code, ErrorCode::Unauthenticated);
    QCOMPARE(secrets.read(store.key()).error().code, ErrorCode::NotFound);
}

void tst_Credentials::withoutKeychainNobodyIsSignedIn()
{
    const QString cli = qEnvironmentVariable("MM_CLI");
    QVERIFY2(!cli.isEmpty(), "MM_CLI is set by ctest");
    const QProcessEnvironment environment = test::keyring::unreachable(
        ProgramRun::isolatedEnvironment(m_home.path()), m_home.filePath(u"no-bus"_s));
    const QStringList common{u"--profile"_s, m_home.filePath(u"profile"_s), u"--marketplace"_s,
                             m_server.url().toString()};

    const ProgramRun whoami =
        ProgramRun::run(cli, common + QStringList{u"--json"_s, u"whoami"_s}, environment);
    QCOMPARE(whoami.exitCode, 1);
    const QString code = whoami.json().value(u"error"_s).toObject().value(u"code"_s).toString();
    QVERIFY2(code == u"unavailable"_s || code == u"unauthenticated"_s, qPrintable(whoami.out + whoami.err));

    // A login without a keychain keeps nothing: the session it got is revoked again.
    QProcess login;
    login.setProcessEnvironment(environment);
    login.start(cli, common + QStringList{u"login"_s, u"--email"_s, tenantEmail, u"--password-stdin"_s});
    QVERIFY(login.waitForStarted());
    login.write(demoPassword.toUtf8() + '\n');
    login.closeWriteChannel();
    QVERIFY(login.waitForFinished(60000));
    QCOMPARE(login.exitCode(), 1);
    const QString err = QString::fromUtf8(login.readAllStandardError());
    QVERIFY2(err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_Credentials)
#include "tst_credentials.moc"
