#pragma once

#include "tests/support/HttpGet.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace mm::test {

// A signed-in account on a test's modmarketd: its tokens and what /auth/login said about it.
struct TestUser
{
    QString email;
    QString password;
    QString id; // "usr-..."; empty when signing in failed
    QStringList roles;
    QString tenant;
    QString publisher;
    QString accessToken;
    QString refreshToken;
    QJsonObject login; // the whole answer of signup or login
    QString error;     // why signing in failed, for QVERIFY2

    bool isValid() const { return !accessToken.isEmpty(); }
    QByteArray bearer() const { return "Bearer " + accessToken.toLatin1(); }
    // {{"Authorization", "Bearer ..."}}, for httpRequest().
    HttpHeaders headers() const { return {{QByteArrayLiteral("Authorization"), bearer()}}; }
};

// Accounts for tests, made through the real API (docs/accounts.md): tenant admins and developers
// sign up (or log in when the account exists already), demo accounts log in.
class TestAccounts
{
public:
    static constexpr auto password = "test-password-1";
    static constexpr auto demoPassword = "demo-password";

    explicit TestAccounts(QUrl server);

    // <tenant>@test.example, tenant admin of a new tenant `tenant` (free tier).
    TestUser tenantAdmin(const QString& tenant) const;
    // <publisher>@test.example, developer of a new publisher `publisher`.
    TestUser developer(const QString& publisher) const;
    // One of the demo accounts of `modmarketd --demo` ("admin@demo.test", "moderator@demo.test",
    // "developer@demo.test", "tenant@demo.test").
    TestUser demo(const QString& email) const;
    // POST /auth/login; an invalid user (with `error`) when it is refused.
    TestUser login(const QString& email, const QString& password) const;
    // POST /auth/signup with this body; falls back to login when the address is taken.
    TestUser signup(const QJsonObject& body) const;

    // `modmarket-cli --profile DIR --marketplace URL login --email E --password-stdin`, so the
    // CLI (and the app using that profile) is signed in as `user`. MM_CLI names the binary.
    bool loginCli(const QString& profileDir, const TestUser& user,
                  const QProcessEnvironment& environment = {}) const;

    QUrl url(const QString& path) const;

private:
    TestUser fromAnswer(const HttpAnswer& answer, const QString& email, const QString& password) const;

    QUrl m_server;
};

} // namespace mm::test
