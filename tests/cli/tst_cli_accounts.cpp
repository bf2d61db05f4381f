// modmarket-cli login, whoami, logout and signup: the real binary against a real modmarketd with
// its demo accounts, the session in the private keyring of scripts/with-keyring.sh.
#include "core/accounts/SessionStore.h"
#include "core/profile/Profile.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;

class tst_CliAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loginWhoamiLogout();
    void loginJson();
    void wrongPassword();
    void whoamiSignedOut();
    void signupTenant();
    void signupUsage_data();
    void signupUsage();
    void loginWithoutTerminalNeedsStdin();
    void logoutWhenServerIsDown();

private:
    // The CLI with the test's profile and server; `input` goes to its standard input.
    ProgramRun cli(const QStringList& arguments, const QByteArray& input = {}) const;
    ProgramRun cliAt(const QString& url, const QStringList& arguments, const QByteArray& input = {}) const;
    QString tenantOfProfile() const;

    ServerProcess m_server;
    QTemporaryDir m_profile;
    QTemporaryDir m_home;
};

ProgramRun tst_CliAccounts::cliAt(const QString& url, const QStringList& arguments,
                                  const QByteArray& input) const
{
    return ProgramRun::runWithInput(qEnvironmentVariable("MM_CLI"),
                                    QStringList{u"--profile"_s, m_profile.path(), u"--marketplace"_s, url} +
                                        arguments,
                                    ProgramRun::isolatedEnvironment(m_home.path()), input);
}

ProgramRun tst_CliAccounts::cli(const QStringList& arguments, const QByteArray& input) const
{
    return cliAt(m_server.url().toString(), arguments, input);
}

QString tst_CliAccounts::tenantOfProfile() const
{
    return mm::Profile::open(m_profile.path())->tenantId();
}

void tst_CliAccounts::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY(m_profile.isValid() && m_home.isValid());
    if (!keyring::isPrivateSession())
        QSKIP(keyring::skipReason());
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
}

void tst_CliAccounts::init()
{
    QVERIFY(mm::accounts::SessionStore(m_server.url()).remove());
}

void tst_CliAccounts::loginWhoamiLogout()
{
    const ProgramRun login =
        cli({u"login"_s, u"--email"_s, u"tenant@demo.test"_s, u"--password-stdin"_s}, "demo-password\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    QVERIFY2(login.out.contains(u"Signed in to"_s) && login.out.contains(u"tenant@demo.test"_s),
             qPrintable(login.out));
    QVERIFY2(mm::accounts::SessionStore(m_server.url()).load(), "the session is in the keychain");
    QCOMPARE(tenantOfProfile(), u"demo-tenant"_s);
    QCOMPARE(mm::Profile::open(m_profile.path())->tenantTier(), mm::licensing::Tier::Team);

    const ProgramRun whoami = cli({u"whoami"_s});
    QVERIFY2(whoami.exitCode == 0, qPrintable(whoami.err));
    QVERIFY2(whoami.out.contains(u"tenant@demo.test"_s), qPrintable(whoami.out));
    QVERIFY2(whoami.out.contains(u"tenant-admin"_s), qPrintable(whoami.out));
    QVERIFY2(whoami.out.contains(u"demo-tenant"_s), qPrintable(whoami.out));

    const ProgramRun logout = cli({u"logout"_s});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    QVERIFY2(logout.out.contains(u"Signed out"_s), qPrintable(logout.out));
    QCOMPARE(mm::accounts::SessionStore(m_server.url()).load().error().code, mm::ErrorCode::NotFound);
    QCOMPARE(tenantOfProfile(), QString());
    QCOMPARE(mm::Profile::open(m_profile.path())->tenantTier(), mm::licensing::Tier::Free);

    const ProgramRun again = cli({u"logout"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"Nobody was signed in"_s), qPrintable(again.out));
}

void tst_CliAccounts::loginJson()
{
    const ProgramRun login =
        cli({u"--json"_s, u"login"_s, u"--email"_s, u"developer@demo.test"_s, u"--password-stdin"_s},
            "demo-password\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    const QJsonObject user = login.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"email"_s).toString(), u"developer@demo.test"_s);
    QCOMPARE(user.value(u"publisher"_s).toString(), u"foundry"_s);
    QVERIFY(user.value(u"tenant"_s).isNull());
    QVERIFY(user.value(u"roles"_s).toArray().contains(u"developer"_s));
    QVERIFY(login.json().value(u"marketplace"_s).toString().startsWith(u"127.0.0.1:"_s));

    const ProgramRun whoami = cli({u"whoami"_s, u"--json"_s});
    QVERIFY2(whoami.exitCode == 0, qPrintable(whoami.err));
    QCOMPARE(whoami.json().value(u"user"_s).toObject().value(u"email"_s).toString(),
             u"developer@demo.test"_s);
    QVERIFY(!whoami.json().value(u"user"_s).toObject().value(u"id"_s).toString().isEmpty());

    const ProgramRun logout = cli({u"--json"_s, u"logout"_s});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    QCOMPARE(logout.json().value(u"signed_out"_s).toBool(), true);
    QCOMPARE(logout.json().value(u"revoked"_s).toBool(), true);
}

void tst_CliAccounts::wrongPassword()
{
    const ProgramRun text =
        cli({u"login"_s, u"--email"_s, u"tenant@demo.test"_s, u"--password-stdin"_s}, "not-the-password\n");
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(text.errLines().size(), 1);
    QVERIFY2(text.err.contains(u"The e-mail address or the password is wrong."_s), qPrintable(text.err));
    QCOMPARE(mm::accounts::SessionStore(m_server.url()).load().error().code, mm::ErrorCode::NotFound);
    QCOMPARE(tenantOfProfile(), QString());

    const ProgramRun json =
        cli({u"--json"_s, u"login"_s, u"--email"_s, u"nobody@demo.test"_s, u"--password-stdin"_s},
            "not-the-password\n");
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"unauthenticated"_s);
    // One sentence for an unknown address and a wrong password alike.
    QCOMPARE(json.json().value(u"error"_s).toObject().value(u"message"_s).toString(),
             u"The e-mail address or the password is wrong."_s);
}

void tst_CliAccounts::whoamiSignedOut()
{
    const ProgramRun whoami = cli({u"--json"_s, u"whoami"_s});
    QCOMPARE(whoami.exitCode, 1);
    QCOMPARE(whoami.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"unauthenticated"_s);
    QVERIFY2(whoami.err.contains(u"modmarket-cli login"_s), qPrintable(whoami.err));
}

void tst_CliAccounts::signupTenant()
{
    const ProgramRun signup =
        cli({u"--json"_s, u"signup"_s, u"--email"_s, u"Admin@Acme.example"_s, u"--tenant"_s, u"acme"_s,
             u"--name"_s, u"Ada Admin"_s, u"--password-stdin"_s},
            "a-long-enough-password\n");
    QVERIFY2(signup.exitCode == 0, qPrintable(signup.err + signup.out));
    const QJsonObject user = signup.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"email"_s).toString(), u"admin@acme.example"_s);
    QCOMPARE(user.value(u"tenant"_s).toString(), u"acme"_s);
    QCOMPARE(tenantOfProfile(), u"acme"_s);

    // The same tenant twice is refused, and the password rule is named.
    const ProgramRun taken = cli(
        {u"signup"_s, u"--email"_s, u"other@acme.example"_s, u"--tenant"_s, u"acme"_s, u"--password-stdin"_s},
        "a-long-enough-password\n");
    QCOMPARE(taken.exitCode, 1);
    const ProgramRun shortPassword = cli({u"signup"_s, u"--email"_s, u"short@acme.example"_s, u"--tenant"_s,
                                          u"acme-two"_s, u"--password-stdin"_s},
                                         "short\n");
    QCOMPARE(shortPassword.exitCode, 2); // 400: the input was wrong
    QVERIFY2(shortPassword.err.contains(u"10"_s), qPrintable(shortPassword.err));
}

void tst_CliAccounts::signupUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no email") << QStringList{u"signup"_s, u"--tenant"_s, u"t"_s, u"--password-stdin"_s};
    QTest::newRow("neither") << QStringList{u"signup"_s, u"--email"_s, u"a@b.c"_s, u"--password-stdin"_s};
    QTest::newRow("both") << QStringList{u"signup"_s, u"--email"_s,     u"a@b.c"_s, u"--tenant"_s,
                                         u"t"_s,      u"--publisher"_s, u"p"_s,     u"--password-stdin"_s};
    QTest::newRow("no stdin flag") << QStringList{u"signup"_s, u"--email"_s, u"a@b.c"_s, u"--tenant"_s,
                                                  u"t"_s};
    QTest::newRow("login extra word") << QStringList{u"login"_s, u"someone"_s};
    QTest::newRow("whoami extra word") << QStringList{u"whoami"_s, u"someone"_s};
}

void tst_CliAccounts::signupUsage()
{
    QFETCH(QStringList, arguments);
    const ProgramRun run = cli(arguments, "a-long-enough-password\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"usage:"_s), qPrintable(run.err));
}

void tst_CliAccounts::loginWithoutTerminalNeedsStdin()
{
    // Standard input is a pipe here: no terminal to prompt on.
    const ProgramRun run = cli({u"login"_s, u"--email"_s, u"tenant@demo.test"_s}, "demo-password\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--password-stdin"_s), qPrintable(run.err));
}

void tst_CliAccounts::logoutWhenServerIsDown()
{
    const ProgramRun login =
        cli({u"login"_s, u"--email"_s, u"tenant@demo.test"_s, u"--password-stdin"_s}, "demo-password\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    // A second server on another port is the marketplace here; it is stopped at once, so that the
    // session stored for its host:port cannot be revoked.
    ServerProcess down;
    QVERIFY2(down.start(true), qPrintable(down.output()));
    const QString url = down.url().toString();
    const ProgramRun otherLogin = cliAt(
        url, {u"login"_s, u"--email"_s, u"tenant@demo.test"_s, u"--password-stdin"_s}, "demo-password\n");
    QVERIFY2(otherLogin.exitCode == 0, qPrintable(otherLogin.err));
    down.stop();
    const ProgramRun logout = cliAt(url, {u"logout"_s});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    QVERIFY2(logout.err.contains(u"Warning"_s), qPrintable(logout.err));
    QCOMPARE(mm::accounts::SessionStore(down.url()).load().error().code, mm::ErrorCode::NotFound);
    // The first marketplace's session is another entry and stays.
    QVERIFY(mm::accounts::SessionStore(m_server.url()).load());
}

QTEST_GUILESS_MAIN(tst_CliAccounts)
#include "tst_cli_accounts.moc"
