// modmarket-cli's license verbs and tier gate end to end: the real binary against a real
// modmarketd that issues, renews and revokes real licenses, with the documents kept in a real
// gnome-keyring (the test runs inside scripts/with-keyring.sh's private session).
#include "core/install/InstallState.h"
#include "core/licensing/MachineId.h"
#include "core/licensing/TrustedClock.h"
#include "core/profile/Profile.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::test::ProgramRun;

class tst_CliLicense : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freeInstallBringsALicense();
    void verifyAndImportOperatorLicenses();
    void revocationReachesTheClient();
    void clockSetBackIsReported();
    void tierGatesInstalls();
    void withoutAKeychain();

private:
    ProgramRun cli(const QString& profile, const QStringList& arguments,
                   const QProcessEnvironment& extra = {}) const;
    ProgramRun modmarketd(const QStringList& arguments) const;
    // A profile that pinned and synced, for a new tenant whose admin is signed in (the session of
    // the newest profile is the marketplace's one session on this computer).
    std::unique_ptr<QTemporaryDir> syncedProfile() const;
    static QString tenantOf(const QString& profile);
    // Issues a license through the operator command and writes it to a file in `dir`.
    QString issue(const QString& dir, const QStringList& arguments) const;
    QJsonObject licenseOf(const ProgramRun& list, const QString& module) const;

    mm::test::ServerProcess m_server;
    QTemporaryDir m_home;
    QString m_url;
};

ProgramRun tst_CliLicense::cli(const QString& profile, const QStringList& arguments,
                               const QProcessEnvironment& extra) const
{
    QProcessEnvironment environment = ProgramRun::isolatedEnvironment(m_home.path());
    for (const QString& key : extra.keys())
        environment.insert(key, extra.value(key));
    return ProgramRun::run(qEnvironmentVariable("MM_CLI"),
                           QStringList{u"--profile"_s, profile, u"--marketplace"_s, m_url} + arguments,
                           environment);
}

ProgramRun tst_CliLicense::modmarketd(const QStringList& arguments) const
{
    return ProgramRun::run(mm::test::ServerProcess::binary(),
                           arguments + QStringList{u"--data"_s, m_server.dataDir()});
}

void tst_CliLicense::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "no D-Bus session: run through scripts/test.sh (scripts/with-keyring.sh)");
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    m_url = m_server.url().toString();
}

std::unique_ptr<QTemporaryDir> tst_CliLicense::syncedProfile() const
{
    auto dir = std::make_unique<QTemporaryDir>();
    static int tenants = 0;
    const QString tenant = u"license-tenant-%1"_s.arg(++tenants);
    const ProgramRun pin = cli(dir->path(), {u"trust"_s, u"--pin"_s, m_server.rootFingerprint()});
    QProcess signup;
    signup.setProcessEnvironment(ProgramRun::isolatedEnvironment(m_home.path()));
    signup.start(qEnvironmentVariable("MM_CLI"),
                 {u"--profile"_s, dir->path(), u"--marketplace"_s, m_url, u"signup"_s, u"--email"_s,
                  tenant + u"@test.example"_s, u"--tenant"_s, tenant, u"--password-stdin"_s});
    signup.waitForStarted();
    signup.write("test-password-1\n");
    signup.closeWriteChannel();
    const bool signedUp = signup.waitForFinished(60000) && signup.exitCode() == 0;
    const ProgramRun sync = cli(dir->path(), {u"sync"_s});
    if (pin.exitCode != 0 || !signedUp || sync.exitCode != 0)
        qWarning("profile setup failed: %s %s %s", qPrintable(pin.err),
                 signup.readAllStandardError().constData(), qPrintable(sync.err));
    return dir;
}

QString tst_CliLicense::tenantOf(const QString& profile)
{
    auto opened = mm::Profile::open(profile);
    return opened ? opened->tenantId() : QString();
}

QString tst_CliLicense::issue(const QString& dir, const QStringList& arguments) const
{
    const ProgramRun issued = modmarketd(QStringList{u"license"_s, u"issue"_s} + arguments);
    if (issued.exitCode != 0)
        qWarning("license issue failed: %s", qPrintable(issued.err));
    static int counter = 0;
    const QString path = dir + u"/license-%1.json"_s.arg(++counter);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(issued.out.trimmed().toUtf8()) < 0)
        return {};
    return path;
}

QJsonObject tst_CliLicense::licenseOf(const ProgramRun& list, const QString& module) const
{
    for (const QJsonValue& row : list.json().value(u"licenses"_s).toArray())
        if (row.toObject().value(u"module"_s).toString() == module)
            return row.toObject();
    return {};
}

void tst_CliLicense::freeInstallBringsALicense()
{
    const auto profile = syncedProfile();
    const ProgramRun install = cli(profile->path(), {u"--json"_s, u"install"_s, u"event-bus"_s});
    QVERIFY2(install.exitCode == 0, qPrintable(install.err));
    QCOMPARE(install.json().value(u"notices"_s).toArray().size(), 0);
    const ProgramRun list = cli(profile->path(), {u"--json"_s, u"license"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject row = licenseOf(list, u"event-bus"_s);
    QCOMPARE(row.value(u"status"_s).toString(), u"valid"_s);
    QCOMPARE(row.value(u"plan"_s).toString(), u"free"_s);
    QCOMPARE(row.value(u"tenant"_s).toString(), tenantOf(profile->path()));
    QVERIFY(row.value(u"expires"_s).isNull());
}

void tst_CliLicense::verifyAndImportOperatorLicenses()
{
    const auto profile = syncedProfile();
    const QString p = profile->path();
    const QString tenant = tenantOf(p);
    const QString good =
        issue(p, {u"--tenant"_s, tenant, u"--module"_s, u"crm-sync"_s, u"--plan"_s, u"subscription"_s,
                  u"--days"_s, u"30"_s, u"--machine"_s, mm::licensing::machineId()});
    const ProgramRun verified = cli(p, {u"--json"_s, u"license"_s, u"verify"_s, good});
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(verified.json().value(u"status"_s).toString(), u"valid"_s);
    QCOMPARE(verified.json().value(u"module"_s).toString(), u"crm-sync"_s);
    // verify stores nothing; import does.
    QVERIFY(licenseOf(cli(p, {u"--json"_s, u"license"_s, u"list"_s}), u"crm-sync"_s).isEmpty());
    QCOMPARE(cli(p, {u"license"_s, u"import"_s, good}).exitCode, 0);
    QCOMPARE(licenseOf(cli(p, {u"--json"_s, u"license"_s, u"list"_s}), u"crm-sync"_s)
                 .value(u"status"_s)
                 .toString(),
             u"valid"_s);

    // Another tenant's license, another machine's, and a changed byte: refused, and never stored.
    const QString foreign = issue(p, {u"--tenant"_s, u"someone-else"_s, u"--module"_s, u"barcode-scanner"_s,
                                      u"--plan"_s, u"one-time"_s});
    const ProgramRun wrongTenant = cli(p, {u"license"_s, u"verify"_s, foreign});
    QCOMPARE(wrongTenant.exitCode, 1);
    QVERIFY2(wrongTenant.out.contains(u"someone-else"_s), qPrintable(wrongTenant.out));
    const ProgramRun refused = cli(p, {u"license"_s, u"import"_s, foreign});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"not imported"_s), qPrintable(refused.err));
    const QString otherMachine =
        issue(p, {u"--tenant"_s, tenant, u"--module"_s, u"barcode-scanner"_s, u"--plan"_s, u"one-time"_s,
                  u"--machine"_s, u"00000000000000000000000000000000"_s});
    QCOMPARE(
        cli(p, {u"--json"_s, u"license"_s, u"verify"_s, otherMachine}).json().value(u"status"_s).toString(),
        u"wrong-machine"_s);
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes[bytes.indexOf("signature\":\"") + 14] ^= 0x01;
    const QString tampered = p + u"/tampered.json"_s;
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    out.close();
    const ProgramRun bad = cli(p, {u"--json"_s, u"license"_s, u"verify"_s, tampered});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(
        QStringList({u"bad-signature"_s, u"malformed"_s}).contains(bad.json().value(u"status"_s).toString()),
        qPrintable(bad.out));
    QCOMPARE(cli(p, {u"license"_s, u"verify"_s, p + u"/missing.json"_s}).exitCode, 1);
    QCOMPARE(cli(p, {u"license"_s, u"frobnicate"_s}).exitCode, 2);
}

void tst_CliLicense::revocationReachesTheClient()
{
    const auto profile = syncedProfile();
    const QString p = profile->path();
    const QString file = issue(p, {u"--tenant"_s, tenantOf(p), u"--module"_s, u"expense-manager"_s,
                                   u"--plan"_s, u"subscription"_s, u"--days"_s, u"10"_s});
    QCOMPARE(cli(p, {u"license"_s, u"import"_s, file}).exitCode, 0);
    const QString id =
        cli(p, {u"--json"_s, u"license"_s, u"verify"_s, file}).json().value(u"license"_s).toString();
    QVERIFY(id.startsWith(u"lic-"_s));
    QCOMPARE(modmarketd({u"license"_s, u"revoke"_s, id, u"--reason"_s, u"chargeback"_s}).exitCode, 0);

    // Offline, the client learns of it from the next signed catalog.
    QCOMPARE(cli(p, {u"sync"_s}).exitCode, 0);
    QCOMPARE(licenseOf(cli(p, {u"--json"_s, u"license"_s, u"list"_s}), u"expense-manager"_s)
                 .value(u"status"_s)
                 .toString(),
             u"revoked"_s);
    // Online, the license list says so too.
    const ProgramRun refresh = cli(p, {u"--json"_s, u"license"_s, u"refresh"_s});
    QVERIFY2(refresh.json().value(u"revoked"_s).toArray().contains(id), qPrintable(refresh.out));
}

void tst_CliLicense::clockSetBackIsReported()
{
    const auto profile = syncedProfile();
    const QString p = profile->path();
    const QString file = issue(p, {u"--tenant"_s, tenantOf(p), u"--module"_s, u"crm-sync"_s, u"--plan"_s,
                                   u"subscription"_s, u"--days"_s, u"30"_s});
    QCOMPARE(cli(p, {u"license"_s, u"verify"_s, file}).exitCode, 0);
    {
        // The profile once trusted a time two days ahead of this clock: the clock went back.
        auto state = mm::install::InstallState::open(p + u"/state.sqlite"_s);
        QVERIFY(state);
        QVERIFY(mm::licensing::TrustedClock(**state).observe(QDateTime::currentDateTimeUtc().addDays(2)));
    }
    const ProgramRun tampered = cli(p, {u"--json"_s, u"license"_s, u"verify"_s, file});
    QCOMPARE(tampered.exitCode, 1);
    QCOMPARE(tampered.json().value(u"status"_s).toString(), u"clock-tampered"_s);
}

void tst_CliLicense::tierGatesInstalls()
{
    const auto profile = syncedProfile();
    const QString p = profile->path();
    // Every demand-forecast version needs the Business tier; a new tenant is on Free.
    const ProgramRun refused = cli(p, {u"install"_s, u"--dry-run"_s, u"demand-forecast"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"needs the Business tier, above this tenant's Free"_s),
             qPrintable(refused.err));
    QCOMPARE(modmarketd({u"tenant"_s, u"set-tier"_s, tenantOf(p), u"business"_s}).exitCode, 0);
    const ProgramRun sync = cli(p, {u"--json"_s, u"sync"_s});
    QCOMPARE(sync.json().value(u"tier"_s).toString(), u"business"_s);
    const ProgramRun allowed = cli(p, {u"--json"_s, u"install"_s, u"--dry-run"_s, u"demand-forecast"_s});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
}

void tst_CliLicense::withoutAKeychain()
{
    const auto profile = syncedProfile();
    const QString p = profile->path();
    QCOMPARE(cli(p, {u"install"_s, u"event-bus"_s}).exitCode, 0);
    QProcessEnvironment noBus;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-bus"_s.arg(p));
    // What needs no secret still works and says plainly why the statuses are unknown.
    const ProgramRun list = cli(p, {u"license"_s, u"list"_s}, noBus);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"event-bus"_s), qPrintable(list.out));
    QVERIFY2(list.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(list.err));
    const QString file = issue(
        p, {u"--tenant"_s, tenantOf(p), u"--module"_s, u"barcode-scanner"_s, u"--plan"_s, u"one-time"_s});
    QCOMPARE(cli(p, {u"license"_s, u"verify"_s, file}, noBus).exitCode, 0);
    const ProgramRun import = cli(p, {u"license"_s, u"import"_s, file}, noBus);
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(import.err));
    // Nothing half-written: the index did not gain a row the keychain lacks.
    QVERIFY(licenseOf(cli(p, {u"--json"_s, u"license"_s, u"list"_s}), u"crm-sync"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliLicense)
#include "tst_cli_license.moc"
