// Accounts on a real modmarketd (docs/accounts.md): signup rules, login, the throttle, token
// refresh, rotation and revocation, the user's data export and account deletion, the operator's
// `user` command and the admin's user routes; plus the password hasher and the throttle as units.
#include "server/accounts/LoginThrottle.h"
#include "server/accounts/PasswordHasher.h"
#include "tests/server/AccountTestUtil.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;
using mm::server::accounts::LoginThrottle;
using mm::server::accounts::PasswordHasher;

class tst_ServerAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasherUnits();
    void throttleUnits();
    void signupRules_data();
    void signupRules();
    void signupTenantAndDeveloper();
    void signupConflicts();
    void demoAccounts();
    void loginWrongSameMessage();
    void passwordStoredAsArgon2id();
    void me();
    void badTokensRefused_data();
    void badTokensRefused();
    void refreshRotates();
    void refreshReuseRevokesFamily();
    void logoutRevokes();
    void expiredTokenRefused();
    void throttleRefusesThenRecovers();
    void exportContents();
    void deleteAnonymisesAndRevokes();
    void userCommand();
    void adminUserRoutes();

private:
    HttpAnswer post(const QString& path, const QJsonObject& body, const HttpHeaders& headers = {})
    {
        return apiCall(m_server, "POST", path, body, headers);
    }
    HttpAnswer get(const QString& path, const HttpHeaders& headers = {})
    {
        return apiCall(m_server, "GET", path, {}, headers);
    }

    ServerProcess m_server; // --demo, default lifetimes
    ServerProcess m_quick;  // a one-second access token and a short login window
};

void tst_ServerAccounts::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    QVERIFY2(m_quick.start(false, {u"--access-token-ttl"_s, u"1"_s, u"--login-window"_s, u"20"_s}),
             qPrintable(m_quick.output()));
}

void tst_ServerAccounts::hasherUnits()
{
    const auto hash = PasswordHasher::hash(u"correct horse battery"_s);
    QVERIFY(hash);
    QVERIFY(hash->startsWith("$argon2id$"));
    QVERIFY(PasswordHasher::verify(*hash, u"correct horse battery"_s));
    QVERIFY(!PasswordHasher::verify(*hash, u"correct horse battery!"_s));
    QVERIFY(!PasswordHasher::verify({}, u"correct horse battery"_s)); // a deleted account
    QVERIFY(!PasswordHasher::needsRehash(*hash));
    QByteArray older = *hash;
    older.replace(",t=2,", ",t=3,"); // made with other limits than now
    QVERIFY(PasswordHasher::needsRehash(older));
    QVERIFY(PasswordHasher::dummyHash().startsWith("$argon2id$"));
    QVERIFY(!PasswordHasher::verify(PasswordHasher::dummyHash(), u"demo-password"_s));
}

void tst_ServerAccounts::throttleUnits()
{
    LoginThrottle throttle; // 15 minutes: nothing leaves the window during this test
    for (int i = 0; i < LoginThrottle::maxPerEmail; ++i) {
        QVERIFY(!throttle.retryAfter(u"a@x.test"_s, u"10.0.0.1"_s));
        throttle.failed(u"a@x.test"_s, u"10.0.0.1"_s);
    }
    const auto wait = throttle.retryAfter(u"a@x.test"_s, u"10.0.0.1"_s);
    QVERIFY(wait && *wait > 0 && *wait <= 15 * 60);
    QVERIFY(!throttle.retryAfter(u"b@x.test"_s, u"10.0.0.1"_s)); // another address, same network
    throttle.succeeded(u"a@x.test"_s);
    QVERIFY(!throttle.retryAfter(u"a@x.test"_s, u"10.0.0.1"_s));
    // 20 failures from one network address, whatever the e-mail addresses.
    for (int i = 0; i < LoginThrottle::maxPerAddress; ++i)
        throttle.failed(u"u%1@x.test"_s.arg(i), u"10.0.0.2"_s);
    QVERIFY(throttle.retryAfter(u"fresh@x.test"_s, u"10.0.0.2"_s));
    QVERIFY(throttle.retryAfter({}, u"10.0.0.2"_s));
    QVERIFY(!throttle.retryAfter(u"fresh@x.test"_s, u"10.0.0.3"_s));
}

void tst_ServerAccounts::signupRules_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("named");
    const QJsonObject good{{u"email"_s, u"rules@test.example"_s},
                           {u"password"_s, u"long enough 1"_s},
                           {u"tenant"_s, u"rules-tenant"_s}};
    auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject body = good;
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        return body;
    };
    QTest::newRow("no email") << with(u"email"_s, QJsonValue::Undefined) << u"email"_s;
    QTest::newRow("email without @") << with(u"email"_s, u"nobody.test"_s) << u"email"_s;
    QTest::newRow("email two @") << with(u"email"_s, u"a@b@c"_s) << u"email"_s;
    QTest::newRow("email too long") << with(u"email"_s, QString(QString(250, u'a') + u"@x.test"_s))
                                    << u"email"_s;
    QTest::newRow("password short") << with(u"password"_s, u"short"_s) << u"password"_s;
    QTest::newRow("password long") << with(u"password"_s, QString(257, u'p')) << u"password"_s;
    QTest::newRow("password not text") << with(u"password"_s, qint64(1234567890123)) << u"password"_s;
    QTest::newRow("tenant id") << with(u"tenant"_s, u"Bad Tenant"_s) << u"tenant id"_s;
    QTest::newRow("neither") << with(u"tenant"_s, QJsonValue::Undefined) << u"either"_s;
    QTest::newRow("both") << with(u"publisher"_s, u"some-pub"_s) << u"either"_s;
    QJsonObject publisher = with(u"tenant"_s, QJsonValue::Undefined);
    publisher.insert(u"publisher"_s, u"9starts-with-digit"_s);
    QTest::newRow("publisher id") << publisher << u"publisher id"_s;
}

void tst_ServerAccounts::signupRules()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, named);
    const HttpAnswer answer = post(u"/auth/signup"_s, body);
    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), u"invalid-input"_s);
    QVERIFY2(error.value(u"message").toString().contains(named), answer.body.constData());
}

void tst_ServerAccounts::signupTenantAndDeveloper()
{
    const HttpAnswer tenant = post(u"/auth/signup"_s, {{u"email"_s, u"  Owner@Acme.Test "_s},
                                                       {u"password"_s, u"acme password 1"_s},
                                                       {u"name"_s, u"Acme Owner"_s},
                                                       {u"tenant"_s, u"acme"_s}});
    QCOMPARE(tenant.status, 201);
    const QJsonObject answer = tenant.json();
    QVERIFY(answer.value(u"access_token").toString().startsWith(u"mma_"));
    QVERIFY(answer.value(u"refresh_token").toString().startsWith(u"mmr_"));
    QCOMPARE(answer.value(u"token_type").toString(), u"Bearer"_s);
    QVERIFY(QDateTime::fromString(answer.value(u"access_expires").toString(), Qt::ISODateWithMs) >
            QDateTime::currentDateTimeUtc());
    const QJsonObject user = answer.value(u"user").toObject();
    QVERIFY(user.value(u"id").toString().startsWith(u"usr-"));
    QCOMPARE(user.value(u"email").toString(), u"owner@acme.test"_s); // lower-cased and trimmed
    QCOMPARE(user.value(u"name").toString(), u"Acme Owner"_s);
    QCOMPARE(user.value(u"roles").toArray(), QJsonArray{u"tenant-admin"_s});
    QCOMPARE(user.value(u"tenant").toString(), u"acme"_s);
    QVERIFY(user.value(u"publisher").isNull());
    QVERIFY(!user.contains(u"password_hash"));

    const TestUser developer = TestAccounts(m_server.url()).developer(u"anvil-works"_s);
    QVERIFY2(developer.isValid(), qPrintable(developer.error));
    QCOMPARE(developer.roles, QStringList{u"developer"_s});
    QCOMPARE(developer.publisher, u"anvil-works"_s);
    QVERIFY(developer.tenant.isEmpty());
}

void tst_ServerAccounts::signupConflicts()
{
    const TestAccounts accounts(m_server.url());
    QVERIFY(accounts.tenantAdmin(u"conflicts"_s).isValid());
    auto signup = [&](const QString& email, const QString& key, const QString& id) {
        return post(u"/auth/signup"_s,
                    {{u"email"_s, email}, {u"password"_s, u"some password 1"_s}, {key, id}});
    };
    const HttpAnswer sameEmail = signup(u"CONFLICTS@test.example"_s, u"tenant"_s, u"other-tenant"_s);
    QCOMPARE(sameEmail.status, 409);
    QVERIFY(sameEmail.body.contains("conflicts@test.example"));
    const HttpAnswer sameTenant = signup(u"second@test.example"_s, u"tenant"_s, u"conflicts"_s);
    QCOMPARE(sameTenant.status, 409);
    QVERIFY(sameTenant.body.contains("tenant id"));
    // A demo publisher of the catalog, and one made by an earlier signup.
    QCOMPARE(signup(u"third@test.example"_s, u"publisher"_s, u"foundry"_s).status, 409);
    QVERIFY(accounts.developer(u"taken-pub"_s).isValid());
    QCOMPARE(signup(u"fourth@test.example"_s, u"publisher"_s, u"taken-pub"_s).status, 409);
}

void tst_ServerAccounts::demoAccounts()
{
    const TestAccounts accounts(m_server.url());
    const struct
    {
        QString email, role, tenant, publisher;
    } expected[] = {{u"admin@demo.test"_s, u"admin"_s, {}, {}},
                    {u"moderator@demo.test"_s, u"moderator"_s, {}, {}},
                    {u"developer@demo.test"_s, u"developer"_s, {}, u"foundry"_s},
                    {u"tenant@demo.test"_s, u"tenant-admin"_s, u"demo-tenant"_s, {}}};
    for (const auto& want : expected) {
        const TestUser user = accounts.demo(want.email);
        QVERIFY2(user.isValid(), qPrintable(user.error));
        QCOMPARE(user.roles, QStringList{want.role});
        QCOMPARE(user.tenant, want.tenant);
        QCOMPARE(user.publisher, want.publisher);
    }
}

void tst_ServerAccounts::loginWrongSameMessage()
{
    QVERIFY(TestAccounts(m_server.url()).tenantAdmin(u"wrongpw"_s).isValid());
    const HttpAnswer wrongPassword = post(
        u"/auth/login"_s, {{u"email"_s, u"wrongpw@test.example"_s}, {u"password"_s, u"not the password"_s}});
    const HttpAnswer unknownEmail = post(
        u"/auth/login"_s, {{u"email"_s, u"nobody@test.example"_s}, {u"password"_s, u"not the password"_s}});
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(unknownEmail.status, 401);
    QCOMPARE(wrongPassword.json(), unknownEmail.json());
    QCOMPARE(wrongPassword.json().value(u"error").toObject().value(u"message").toString(),
             u"The e-mail address or the password is wrong."_s);
    QCOMPARE(post(u"/auth/login"_s, {{u"email"_s, u"wrongpw@test.example"_s}}).status, 400);
}

void tst_ServerAccounts::passwordStoredAsArgon2id()
{
    QVERIFY(TestAccounts(m_server.url()).tenantAdmin(u"hashcheck"_s).isValid());
    QStringList hashes;
    QCOMPARE(sqlOnStore(m_server, u"SELECT password_hash FROM users WHERE email = 'hashcheck@test.example'"_s,
                        &hashes),
             QString());
    QCOMPARE(hashes.size(), 1);
    QVERIFY2(hashes.front().startsWith(u"$argon2id$"), qPrintable(hashes.front()));
    QVERIFY(!hashes.front().contains(QLatin1StringView(TestAccounts::password)));
    // Tokens are kept as digests only.
    const TestUser user = TestAccounts(m_server.url())
                              .login(u"hashcheck@test.example"_s, QLatin1StringView(TestAccounts::password));
    QStringList found;
    QCOMPARE(sqlOnStore(m_server,
                        u"SELECT hash FROM session_tokens WHERE hash = '%1'"_s.arg(user.accessToken), &found),
             QString());
    QVERIFY(found.isEmpty());
}

void tst_ServerAccounts::me()
{
    const TestUser user = TestAccounts(m_server.url()).tenantAdmin(u"me-tenant"_s);
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const HttpAnswer me = get(u"/me"_s, user.headers());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json(), user.login.value(u"user").toObject());
    QCOMPARE(get(u"/me"_s).status, 401);
}

void tst_ServerAccounts::badTokensRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("forged") << QByteArray("Bearer mma_" + QByteArray(43, 'A'));
    QTest::newRow("refresh token as access") << QByteArray("refresh");
    QTest::newRow("not bearer") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void tst_ServerAccounts::badTokensRefused()
{
    QFETCH(QByteArray, authorization);
    if (authorization == "refresh") {
        const TestUser user = TestAccounts(m_server.url()).tenantAdmin(u"refresh-as-access"_s);
        authorization = "Bearer " + user.refreshToken.toLatin1();
    }
    const HttpHeaders headers{{QByteArrayLiteral("Authorization"), authorization}};
    for (const QString& path : {u"/keys"_s, u"/me"_s}) { // a public and a private route
        const HttpAnswer answer = get(path, headers);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json().value(u"error").toObject().value(u"code").toString(), u"unauthenticated"_s);
    }
    QCOMPARE(get(u"/keys"_s).status, 200); // without a token the public route answers
}

void tst_ServerAccounts::refreshRotates()
{
    const TestUser user = TestAccounts(m_server.url()).tenantAdmin(u"rotation"_s);
    QVERIFY(user.isValid());
    const HttpAnswer rotated = post(u"/auth/refresh"_s, {{u"refresh_token"_s, user.refreshToken}});
    QCOMPARE(rotated.status, 200);
    const QString access = rotated.json().value(u"access_token").toString();
    const QString refresh = rotated.json().value(u"refresh_token").toString();
    QVERIFY(access.startsWith(u"mma_") && access != user.accessToken);
    QVERIFY(refresh.startsWith(u"mmr_") && refresh != user.refreshToken);
    QCOMPARE(rotated.json().value(u"user").toObject().value(u"id").toString(), user.id);
    QCOMPARE(get(u"/me"_s, bearer(access)).status, 200);
    // The new refresh token rotates again.
    QCOMPARE(post(u"/auth/refresh"_s, {{u"refresh_token"_s, refresh}}).status, 200);
    QCOMPARE(post(u"/auth/refresh"_s, {{u"refresh_token"_s, u"mmr_unknown"_s}}).status, 401);
    QCOMPARE(post(u"/auth/refresh"_s, {}).status, 400);
}

void tst_ServerAccounts::refreshReuseRevokesFamily()
{
    const TestAccounts accounts(m_server.url());
    const TestUser user = accounts.tenantAdmin(u"reuse"_s);
    QVERIFY(user.isValid());
    const TestUser otherSession = accounts.login(user.email, user.password);
    const HttpAnswer rotated = post(u"/auth/refresh"_s, {{u"refresh_token"_s, user.refreshToken}});
    QCOMPARE(rotated.status, 200);
    const QString access = rotated.json().value(u"access_token").toString();
    const QString refresh = rotated.json().value(u"refresh_token").toString();
    // The spent token comes back (stolen): the whole family goes.
    const HttpAnswer replay = post(u"/auth/refresh"_s, {{u"refresh_token"_s, user.refreshToken}});
    QCOMPARE(replay.status, 401);
    QCOMPARE(post(u"/auth/refresh"_s, {{u"refresh_token"_s, refresh}}).status, 401);
    QCOMPARE(get(u"/me"_s, bearer(access)).status, 401);
    QCOMPARE(get(u"/me"_s, user.headers()).status, 401);
    // Another login of the same user is another family and stays.
    QCOMPARE(get(u"/me"_s, otherSession.headers()).status, 200);
}

void tst_ServerAccounts::logoutRevokes()
{
    const TestUser user = TestAccounts(m_server.url()).tenantAdmin(u"logout"_s);
    QVERIFY(user.isValid());
    QCOMPARE(post(u"/auth/logout"_s, {}).status, 401);
    const HttpAnswer out = post(u"/auth/logout"_s, {}, user.headers());
    QCOMPARE(out.status, 200);
    QCOMPARE(out.json().value(u"status").toString(), u"signed-out"_s);
    QCOMPARE(get(u"/me"_s, user.headers()).status, 401);
    QCOMPARE(get(u"/keys"_s, user.headers()).status, 401);
    QCOMPARE(post(u"/auth/refresh"_s, {{u"refresh_token"_s, user.refreshToken}}).status, 401);
    QCOMPARE(post(u"/auth/logout"_s, {}, user.headers()).status, 401);
}

void tst_ServerAccounts::expiredTokenRefused()
{
    const TestUser user = TestAccounts(m_quick.url()).tenantAdmin(u"expiry"_s);
    QVERIFY2(user.isValid(), qPrintable(user.error));
    const QDateTime expires =
        QDateTime::fromString(user.login.value(u"access_expires").toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    // Wait until the server's own clock has passed the expiry, then it must refuse.
    QVERIFY(waitUntil([&] { return QDateTime::currentDateTimeUtc() > expires.addMSecs(100); }));
    for (const QString& path : {u"/me"_s, u"/keys"_s})
        QCOMPARE(apiCall(m_quick, "GET", path, {}, user.headers()).status, 401);
    // The refresh token outlives it and gets a fresh pair.
    const HttpAnswer rotated =
        apiCall(m_quick, "POST", u"/auth/refresh"_s, {{u"refresh_token"_s, user.refreshToken}});
    QCOMPARE(rotated.status, 200);
    QVERIFY(!rotated.json().value(u"access_token").toString().isEmpty());
}

void tst_ServerAccounts::throttleRefusesThenRecovers()
{
    const TestAccounts accounts(m_quick.url());
    const TestUser user = accounts.tenantAdmin(u"throttled"_s);
    QVERIFY(user.isValid());
    for (int i = 0; i < LoginThrottle::maxPerEmail; ++i)
        QCOMPARE(accounts.login(user.email, u"wrong password %1"_s.arg(i))
                     .login.value(u"error")
                     .toObject()
                     .value(u"code")
                     .toString(),
                 u"unauthenticated"_s);
    const auto [status, retryAfter] =
        postForHeader(accounts.url(u"/auth/login"_s),
                      {{u"email"_s, user.email}, {u"password"_s, user.password}}, "Retry-After");
    QCOMPARE(status, 429); // the right password too, while throttled
    bool ok = false;
    const int seconds = retryAfter.toInt(&ok);
    QVERIFY2(ok && seconds >= 1 && seconds <= 20, retryAfter.constData());
    // Another e-mail address from the same network address is not affected.
    QVERIFY(accounts.tenantAdmin(u"not-throttled"_s).isValid());
    // Once the window has passed, the right password works again.
    TestUser again;
    QVERIFY(waitUntil([&] {
        again = accounts.login(user.email, user.password);
        return again.isValid();
    }));
    QCOMPARE(again.id, user.id);
}

void tst_ServerAccounts::exportContents()
{
    const TestAccounts accounts(m_server.url());
    const TestUser user = accounts.tenantAdmin(u"exporter"_s);
    QVERIFY(user.isValid());
    const TestUser second = accounts.login(user.email, user.password);
    QVERIFY(second.isValid());
    QCOMPARE(get(u"/me/export"_s).status, 401);
    const HttpAnswer answer = get(u"/me/export"_s, user.headers());
    QCOMPARE(answer.status, 200);
    const QJsonObject data = answer.json();
    QCOMPARE(data.value(u"format").toString(), u"modmarket-personal-data/1"_s);
    QVERIFY(QDateTime::fromString(data.value(u"generated").toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(data.value(u"user").toObject().value(u"email").toString(), user.email);
    QVERIFY(!answer.body.contains("password_hash") && !answer.body.contains("$argon2id$"));
    QVERIFY(!answer.body.contains(user.accessToken.toUtf8()));
    const QJsonArray sessions = data.value(u"sessions").toArray();
    QCOMPARE(sessions.size(), 2); // signup and login
    for (const QJsonValue& session : sessions) {
        QVERIFY(session.toObject().value(u"id").toString().startsWith(u"ses-"));
        QVERIFY(session.toObject().value(u"revoked").isNull());
        QVERIFY(!session.toObject().value(u"expires").toString().isEmpty());
    }
    QStringList actions;
    for (const QJsonValue& entry : data.value(u"audit").toArray()) {
        QCOMPARE(entry.toObject().value(u"actor").toString(), user.id);
        actions.append(entry.toObject().value(u"action").toString());
    }
    QVERIFY2(actions.contains(u"auth.signup"_s) && actions.contains(u"auth.login"_s) &&
                 actions.contains(u"account.export"_s),
             qPrintable(actions.join(u',')));
}

void tst_ServerAccounts::deleteAnonymisesAndRevokes()
{
    const TestAccounts accounts(m_server.url());
    const TestUser user = accounts.tenantAdmin(u"leaver"_s);
    QVERIFY(user.isValid());
    const TestUser other = accounts.login(user.email, user.password);
    const HttpAnswer wrong =
        apiCall(m_server, "DELETE", u"/me"_s, {{u"password"_s, u"not my password"_s}}, user.headers());
    QCOMPARE(wrong.status, 401);
    QCOMPARE(get(u"/me"_s, user.headers()).status, 200); // nothing happened
    QCOMPARE(apiCall(m_server, "DELETE", u"/me"_s, {}, user.headers()).status, 400);
    const HttpAnswer deleted =
        apiCall(m_server, "DELETE", u"/me"_s, {{u"password"_s, user.password}}, user.headers());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"status").toString(), u"deleted"_s);
    // Every session is revoked, the old password no longer signs in.
    QCOMPARE(get(u"/me"_s, user.headers()).status, 401);
    QCOMPARE(get(u"/me"_s, other.headers()).status, 401);
    QCOMPARE(post(u"/auth/refresh"_s, {{u"refresh_token"_s, other.refreshToken}}).status, 401);
    QCOMPARE(accounts.login(user.email, user.password).isValid(), false);
    // The row stays, anonymised.
    const TestUser admin = accounts.demo(u"admin@demo.test"_s);
    const HttpAnswer users = get(u"/admin/users"_s, admin.headers());
    QCOMPARE(users.status, 200);
    QJsonObject row;
    for (const QJsonValue& item : users.json().value(u"items").toArray())
        if (item.toObject().value(u"id").toString() == user.id)
            row = item.toObject();
    QCOMPARE(row.value(u"email").toString(), u"deleted-%1@invalid"_s.arg(user.id));
    QCOMPARE(row.value(u"name").toString(), u"Former user"_s);
    QCOMPARE(row.value(u"roles").toArray(), QJsonArray());
    QStringList hashes;
    QCOMPARE(
        sqlOnStore(
            m_server,
            u"SELECT password_hash || '|' || (deleted IS NOT NULL) FROM users WHERE id = '%1'"_s.arg(user.id),
            &hashes),
        QString());
    QCOMPARE(hashes, QStringList{u"|1"_s});
    // The address is free again.
    QCOMPARE(
        post(u"/auth/signup"_s,
             {{u"email"_s, user.email}, {u"password"_s, user.password}, {u"tenant"_s, u"leaver-again"_s}})
            .status,
        201);
}

void tst_ServerAccounts::userCommand()
{
    auto runUser = [&](const QStringList& arguments, const QByteArray& input) {
        QProcess process;
        process.start(ServerProcess::binary(),
                      QStringList{u"user"_s} + arguments + QStringList{u"--data"_s, m_server.dataDir()});
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
    };
    const auto [code, out, err] = runUser({u"add"_s, u"--email"_s, u"Ops@Example.Test"_s, u"--role"_s,
                                           u"moderator,admin"_s, u"--name"_s, u"Ops"_s},
                                          "operator password 1\n");
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY(out.contains(u"ops@example.test"_s));
    const TestUser ops = TestAccounts(m_server.url()).login(u"ops@example.test"_s, u"operator password 1"_s);
    QVERIFY2(ops.isValid(), qPrintable(ops.error));
    QCOMPARE(ops.roles, (QStringList{u"moderator"_s, u"admin"_s}));
    QCOMPARE(get(u"/admin/users"_s, ops.headers()).status, 200);

    const auto [listCode, listOut, listErr] = runUser({u"list"_s}, {});
    QCOMPARE(listCode, 0);
    QVERIFY(listOut.contains(u"ops@example.test\tmoderator,admin"_s));
    QVERIFY(listOut.contains(u"tenant@demo.test\ttenant-admin tenant demo-tenant"_s));

    // Bad usage exits 2 and names the problem; a taken address exits 1.
    const auto [badRole, o1, badRoleErr] = runUser(
        {u"add"_s, u"--email"_s, u"x@example.test"_s, u"--role"_s, u"superuser"_s}, "operator password 1\n");
    QCOMPARE(badRole, 2);
    QVERIFY2(badRoleErr.contains(u"roles"_s), qPrintable(badRoleErr));
    const auto [noTenant, o2, noTenantErr] =
        runUser({u"add"_s, u"--email"_s, u"y@example.test"_s, u"--role"_s, u"tenant-admin"_s},
                "operator password 1\n");
    QCOMPARE(noTenant, 2);
    QVERIFY2(noTenantErr.contains(u"tenant"_s), qPrintable(noTenantErr));
    const auto [shortPw, o3, shortErr] =
        runUser({u"add"_s, u"--email"_s, u"z@example.test"_s, u"--role"_s, u"moderator"_s}, "short\n");
    QCOMPARE(shortPw, 2);
    QVERIFY2(shortErr.contains(u"password"_s), qPrintable(shortErr));
    const auto [taken, o4, takenErr] =
        runUser({u"add"_s, u"--email"_s, u"ops@example.test"_s, u"--role"_s, u"moderator"_s},
                "operator password 1\n");
    QCOMPARE(taken, 1);
    QVERIFY2(takenErr.contains(u"already"_s), qPrintable(takenErr));
    const auto [noEmail, o5, noEmailErr] = runUser({u"add"_s, u"--role"_s, u"moderator"_s}, {});
    QCOMPARE(noEmail, 2);
    QVERIFY2(noEmailErr.contains(u"--email"_s), qPrintable(noEmailErr));
}

void tst_ServerAccounts::adminUserRoutes()
{
    const TestAccounts accounts(m_server.url());
    const TestUser tenant = accounts.tenantAdmin(u"not-admin"_s);
    const TestUser moderator = accounts.demo(u"moderator@demo.test"_s);
    const TestUser admin = accounts.demo(u"admin@demo.test"_s);
    QVERIFY(tenant.isValid() && moderator.isValid() && admin.isValid());
    const QJsonObject newModerator{{u"email"_s, u"mod2@example.test"_s},
                                   {u"password"_s, u"moderator pw 1"_s},
                                   {u"name"_s, u"Second Moderator"_s},
                                   {u"roles"_s, QJsonArray{u"moderator"_s}}};
    for (const TestUser* caller : {&tenant, &moderator}) {
        QCOMPARE(get(u"/admin/users"_s, caller->headers()).status, 403);
        QCOMPARE(post(u"/admin/users"_s, newModerator, caller->headers()).status, 403);
        QCOMPARE(post(u"/admin/users/%1/revoke-sessions"_s.arg(tenant.id), {}, caller->headers()).status,
                 403);
    }
    QCOMPARE(get(u"/admin/users"_s).status, 401);

    const HttpAnswer created = post(u"/admin/users"_s, newModerator, admin.headers());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"roles").toArray(), QJsonArray{u"moderator"_s});
    QCOMPARE(post(u"/admin/users"_s, newModerator, admin.headers()).status, 409);
    QJsonObject badRole = newModerator;
    badRole.insert(u"email"_s, u"mod3@example.test"_s);
    badRole.insert(u"roles"_s, QJsonArray{u"root"_s});
    QCOMPARE(post(u"/admin/users"_s, badRole, admin.headers()).status, 400);
    const TestUser mod2 = accounts.login(u"mod2@example.test"_s, u"moderator pw 1"_s);
    QVERIFY2(mod2.isValid(), qPrintable(mod2.error));

    QStringList emails;
    for (const QJsonValue& item : get(u"/admin/users"_s, admin.headers()).json().value(u"items").toArray())
        emails.append(item.toObject().value(u"email").toString());
    QVERIFY(emails.contains(u"mod2@example.test"_s) && emails.contains(u"not-admin@test.example"_s));

    const HttpAnswer revoked = post(u"/admin/users/%1/revoke-sessions"_s.arg(mod2.id), {}, admin.headers());
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json().value(u"revoked").toInt(), 1);
    QCOMPARE(get(u"/me"_s, mod2.headers()).status, 401);
    QCOMPARE(post(u"/admin/users/usr-nobody/revoke-sessions"_s, {}, admin.headers()).status, 404);
}

QTEST_GUILESS_MAIN(tst_ServerAccounts)
#include "tst_server_accounts.moc"
