// modmarket-cli's installer verbs end to end: the real binary against a real modmarketd with the
// demo catalog's signed packages. Install, update, roll back and uninstall; verify after local
// damage; offline packages; and SIGKILL of the CLI at every fault point of an install, after
// which `recover` must leave exactly the old or the new state.
#include "core/accounts/AccountApi.h"
#include "core/accounts/SessionStore.h"
#include "core/crypto/KeyFile.h"
#include "core/net/BlockingGet.h"
#include "core/trust/PackageClaim.h"
#include "core/trust/PackageSignatures.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliRun = mm::test::ProgramRun;
using mm::test::ProgramRun;

class tst_CliInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installUpdateRollbackUninstall();
    void dryRunChangesNothing();
    void uninstallRefusedWhileNeeded();
    void verifyFindsDamage();
    void offlinePackage();
    void killedAtEveryFaultPoint();
    void serverKeepsInstallRecords();

private:
    CliRun cli(const QString& profile, const QStringList& arguments,
               const QProcessEnvironment& extra = {}) const;
    // The same with `input` on standard input (a password).
    CliRun cliWithInput(const QString& profile, const QStringList& arguments, const QByteArray& input) const;
    // The Authorization header of the admin of a new tenant.
    mm::net::BlockingGet::Headers tenantHeaders(const QString& tenant) const;
    // A profile that trusts the test server and has synced its catalog.
    std::unique_ptr<QTemporaryDir> syncedProfile() const;
    static QStringList installedIds(const CliRun& list);
    QString readModuleFile(const QString& profile, const QString& id, const QString& file) const;

    mm::test::ServerProcess m_server;
    QTemporaryDir m_home;
    QString m_url;
    QString m_fingerprint;
};

CliRun tst_CliInstall::cli(const QString& profile, const QStringList& arguments,
                           const QProcessEnvironment& extra) const
{
    QProcessEnvironment environment = CliRun::isolatedEnvironment(m_home.path());
    for (const QString& key : extra.keys())
        environment.insert(key, extra.value(key));
    return CliRun::run(qEnvironmentVariable("MM_CLI"),
                       QStringList{u"--profile"_s, profile, u"--marketplace"_s, m_url} + arguments,
                       environment);
}

void tst_CliInstall::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MM_CLI").isEmpty(), "MM_CLI is not set; run through ctest");
    QVERIFY2(m_server.start(true), qPrintable(m_server.output()));
    m_url = m_server.url().toString();
    m_fingerprint = m_server.rootFingerprint();
    QCOMPARE(m_fingerprint.size(), 64);
}

std::unique_ptr<QTemporaryDir> tst_CliInstall::syncedProfile() const
{
    auto dir = std::make_unique<QTemporaryDir>();
    const CliRun pin = cli(dir->path(), {u"trust"_s, u"--pin"_s, m_fingerprint});
    const CliRun sync = cli(dir->path(), {u"sync"_s});
    if (pin.exitCode != 0 || sync.exitCode != 0)
        qWarning("profile setup failed: %s %s", qPrintable(pin.err), qPrintable(sync.err));
    return dir;
}

QStringList tst_CliInstall::installedIds(const CliRun& list)
{
    QStringList ids;
    for (const QJsonValue& item : list.json().value(u"items").toArray())
        ids.append(item.toObject().value(u"id").toString() + u'@' +
                   item.toObject().value(u"version").toString());
    return ids;
}

QString tst_CliInstall::readModuleFile(const QString& profile, const QString& id, const QString& file) const
{
    QFile f(profile + u"/modules/"_s + id + u"/current/"_s + file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void tst_CliInstall::installUpdateRollbackUninstall()
{
    const auto profile = syncedProfile();
    const QString p = profile->path();
    const CliRun install = cli(p, {u"--json"_s, u"install"_s, u"crm-sync@=2.0.0"_s});
    QVERIFY2(install.exitCode == 0, qPrintable(install.err));
    QCOMPARE(install.json().value(u"fetched"_s).toArray().size(), 4);
    const QStringList expected{u"contacts-api@2.4.3"_s, u"crm-sync@2.0.0"_s, u"event-bus@1.6.0"_s,
                               u"http-core@3.2.1"_s};
    QCOMPARE(installedIds(cli(p, {u"--json"_s, u"list"_s})), expected);
    QVERIFY(readModuleFile(p, u"crm-sync"_s, u"plugin/crm-sync.ini"_s).contains(u"version=2.0.0"_s));
    QVERIFY(QFileInfo(p + u"/modules/crm-sync/current/bin/crm-sync-info"_s).isExecutable());

    const CliRun outdated = cli(p, {u"--json"_s, u"outdated"_s});
    QCOMPARE(outdated.exitCode, 0);
    const QJsonArray newer = outdated.json().value(u"items"_s).toArray();
    QVERIFY2(std::any_of(newer.begin(), newer.end(),
                         [](const QJsonValue& m) {
                             return m.toObject().value(u"id"_s).toString() == u"crm-sync" &&
                                    m.toObject().value(u"available"_s).toString() == u"2.1.0";
                         }),
             qPrintable(outdated.out));

    const CliRun update = cli(p, {u"--json"_s, u"update"_s, u"crm-sync"_s});
    QVERIFY2(update.exitCode == 0, qPrintable(update.err));
    QVERIFY(readModuleFile(p, u"crm-sync"_s, u"plugin/crm-sync.ini"_s).contains(u"version=2.1.0"_s));

    // The previous version is still on disk: rolling back downloads nothing.
    const CliRun rollback = cli(p, {u"--json"_s, u"rollback"_s, u"crm-sync"_s});
    QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.err));
    QCOMPARE(rollback.json().value(u"fetched"_s).toArray().size(), 0);
    QCOMPARE(rollback.json().value(u"reused"_s).toArray().first().toString(), u"crm-sync@2.0.0"_s);
    QVERIFY(readModuleFile(p, u"crm-sync"_s, u"plugin/crm-sync.ini"_s).contains(u"version=2.0.0"_s));

    const CliRun history = cli(p, {u"--json"_s, u"history"_s, u"crm-sync"_s});
    QStringList kinds;
    for (const QJsonValue& e : history.json().value(u"items"_s).toArray())
        kinds.append(e.toObject().value(u"kind"_s).toString() + u':' +
                     e.toObject().value(u"result"_s).toString());
    QCOMPARE(kinds, (QStringList{u"install:ok"_s, u"update:ok"_s, u"rollback:ok"_s}));

    // Uninstalling what was asked for takes the dependencies nothing else needs with it.
    const CliRun uninstall = cli(p, {u"uninstall"_s, u"crm-sync"_s});
    QVERIFY2(uninstall.exitCode == 0, qPrintable(uninstall.err));
    QCOMPARE(installedIds(cli(p, {u"--json"_s, u"list"_s})), QStringList());
    QVERIFY(!QFileInfo::exists(p + u"/modules/crm-sync/current"_s));
    QCOMPARE(cli(p, {u"verify"_s}).exitCode, 0);
}

void tst_CliInstall::dryRunChangesNothing()
{
    const auto profile = syncedProfile();
    const CliRun plan = cli(profile->path(), {u"--json"_s, u"install"_s, u"--dry-run"_s, u"crm-sync"_s});
    QCOMPARE(plan.exitCode, 0);
    QCOMPARE(plan.json().value(u"steps"_s).toArray().size(), 4);
    QCOMPARE(installedIds(cli(profile->path(), {u"--json"_s, u"list"_s})), QStringList());
    QVERIFY(!QDir(profile->path() + u"/modules"_s).exists() ||
            QDir(profile->path() + u"/modules"_s).isEmpty());
}

void tst_CliInstall::uninstallRefusedWhileNeeded()
{
    const auto profile = syncedProfile();
    QCOMPARE(cli(profile->path(), {u"install"_s, u"crm-sync"_s}).exitCode, 0);
    const QStringList before = installedIds(cli(profile->path(), {u"--json"_s, u"list"_s}));
    const CliRun refused = cli(profile->path(), {u"uninstall"_s, u"http-core"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"crm-sync"_s) && refused.err.contains(u"http-core"_s),
             qPrintable(refused.err));
    QCOMPARE(installedIds(cli(profile->path(), {u"--json"_s, u"list"_s})), before);
}

void tst_CliInstall::verifyFindsDamage()
{
    const auto profile = syncedProfile();
    const QString p = profile->path();
    QCOMPARE(cli(p, {u"install"_s, u"event-bus"_s}).exitCode, 0);
    QCOMPARE(cli(p, {u"verify"_s}).exitCode, 0);
    const QString root = p + u"/modules/event-bus/current/"_s;
    QFile changed(root + u"README.md"_s);
    QVERIFY(changed.open(QIODevice::Append));
    changed.write("tampered\n");
    changed.close();
    QVERIFY(QFile::remove(root + u"CHANGELOG.md"_s));
    QFile extra(root + u"dropped.so"_s);
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.close();
    const CliRun verify = cli(p, {u"--json"_s, u"verify"_s});
    QCOMPARE(verify.exitCode, 1);
    const QJsonObject module = verify.json().value(u"modules"_s).toArray().first().toObject();
    QCOMPARE(module.value(u"changed"_s).toArray(), QJsonArray{u"README.md"_s});
    QCOMPARE(module.value(u"missing"_s).toArray(), QJsonArray{u"CHANGELOG.md"_s});
    QCOMPARE(module.value(u"extra"_s).toArray(), QJsonArray{u"dropped.so"_s});
}

void tst_CliInstall::offlinePackage()
{
    // A package and its signatures as the marketplace stores them, copied out as files.
    QString archive;
    QDirIterator it(m_server.dataDir() + u"/packages"_s, {u"*.mmpkg"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    QTemporaryDir files;
    while (it.hasNext() && archive.isEmpty()) {
        const QString path = it.next();
        QFile sig(path.chopped(6) + u".sig"_s);
        const QByteArray payload = sig.open(QIODevice::ReadOnly)
                                       ? QByteArray::fromBase64(QJsonDocument::fromJson(sig.readAll())
                                                                    .object()
                                                                    .value(u"payload"_s)
                                                                    .toString()
                                                                    .toLatin1())
                                       : QByteArray();
        if (payload.contains("\"id\":\"event-bus\"")) {
            archive = files.filePath(u"event-bus.mmpkg"_s);
            QVERIFY(QFile::copy(path, archive) && QFile::copy(sig.fileName(), archive + u".sig"_s));
        }
    }
    QVERIFY(!archive.isEmpty());
    const auto profile = syncedProfile();
    const QString p = profile->path();

    QVERIFY(QFile::rename(archive + u".sig"_s, archive + u".sig.away"_s));
    const CliRun unsigned_ = cli(p, {u"install"_s, u"--from-file"_s, archive});
    QCOMPARE(unsigned_.exitCode, 1);
    QVERIFY2(unsigned_.err.contains(u"signature"_s), qPrintable(unsigned_.err));
    QVERIFY(QFile::rename(archive + u".sig.away"_s, archive + u".sig"_s));

    const CliRun notDeveloper =
        cli(p, {u"install"_s, u"--from-file"_s, archive, u"--trust-publisher-key"_s, archive});
    QCOMPARE(notDeveloper.exitCode, 2);
    QVERIFY2(notDeveloper.err.contains(u"developer mode"_s), qPrintable(notDeveloper.err));

    const CliRun installed = cli(p, {u"--json"_s, u"install"_s, u"--from-file"_s, archive});
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.err));
    QVERIFY(installedIds(cli(p, {u"--json"_s, u"list"_s})).join(u' ').contains(u"event-bus@"_s));

    // Signed by the publisher alone: refused, unless a developer profile trusts that key by hand.
    {
        QFile sig(archive + u".sig"_s);
        QVERIFY(sig.open(QIODevice::ReadOnly));
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(QJsonDocument::fromJson(sig.readAll())
                                                               .object()
                                                               .value(u"payload"_s)
                                                               .toString()
                                                               .toLatin1()))
                .object();
        const auto claim = mm::trust::PackageClaim::fromPayload(QJsonDocument(payload).toJson());
        QVERIFY(claim);
        const QString keyFile = m_server.dataDir() + u"/keys/publishers/"_s + claim->publisher + u".key"_s;
        const auto key = mm::crypto::KeyFile::readSecret(keyFile);
        QVERIFY(key);
        const QString devArchive = files.filePath(u"dev.mmpkg"_s);
        QVERIFY(QFile::copy(archive, devArchive));
        QFile devSig(devArchive + u".sig"_s);
        QVERIFY(devSig.open(QIODevice::WriteOnly));
        devSig.write(mm::trust::PackageSignatures::signAsPublisher(*claim, key->key));
        devSig.close();
        const QString publicKey = files.filePath(u"publisher.pub"_s);
        QVERIFY(mm::crypto::KeyFile::writePublic(publicKey, key->key.publicKey()));

        const auto dev = syncedProfile();
        const CliRun refused = cli(dev->path(), {u"install"_s, u"--from-file"_s, devArchive});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"countersigned"_s), qPrintable(refused.err));
        QCOMPARE(cli(dev->path(), {u"config"_s, u"developer-mode"_s, u"on"_s}).exitCode, 0);
        const CliRun trusted = cli(
            dev->path(), {u"install"_s, u"--from-file"_s, devArchive, u"--trust-publisher-key"_s, publicKey});
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        QVERIFY(
            installedIds(cli(dev->path(), {u"--json"_s, u"list"_s})).join(u' ').contains(u"event-bus@"_s));
    }

    QFile damage(archive);
    QVERIFY(damage.open(QIODevice::Append));
    damage.write("x");
    damage.close();
    const auto other = syncedProfile();
    const CliRun tampered = cli(other->path(), {u"install"_s, u"--from-file"_s, archive});
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY2(tampered.err.contains(u"SHA-256"_s), qPrintable(tampered.err));
    QCOMPARE(installedIds(cli(other->path(), {u"--json"_s, u"list"_s})), QStringList());
}

void tst_CliInstall::killedAtEveryFaultPoint()
{
    const auto templateProfile = syncedProfile();
    auto copyOf = [&](const QString& target) {
        QProcess cp;
        cp.start(u"cp"_s, {u"-a"_s, templateProfile->path() + u"/."_s, target});
        return cp.waitForFinished() && cp.exitCode() == 0;
    };
    QProcessEnvironment trace;
    trace.insert(u"MM_FAULT_TRACE"_s, u"1"_s);
    QTemporaryDir counting;
    QVERIFY(copyOf(counting.path()));
    const CliRun traced = cli(counting.path(), {u"install"_s, u"crm-sync"_s}, trace);
    QCOMPARE(traced.exitCode, 0);
    const qsizetype points =
        traced.err.count(QRegularExpression(u"^fault-point "_s, QRegularExpression::MultilineOption));
    QVERIFY2(points >= 10, qPrintable(traced.err));
    const QStringList after = installedIds(cli(counting.path(), {u"--json"_s, u"list"_s}));
    QCOMPARE(after.size(), 4);

    for (qsizetype n = 1; n <= points; ++n) {
        QTemporaryDir run;
        QVERIFY(copyOf(run.path()));
        QProcessEnvironment kill;
        kill.insert(u"MM_FAULT_KILL_AT"_s, QString::number(n));
        const CliRun killed = cli(run.path(), {u"install"_s, u"crm-sync"_s}, kill);
        QVERIFY2(killed.exitCode == -2, qPrintable(u"fault point %1 did not kill the CLI"_s.arg(n)));
        const CliRun recover = cli(run.path(), {u"recover"_s});
        QVERIFY2(recover.exitCode == 0, qPrintable(recover.err));
        const QStringList state = installedIds(cli(run.path(), {u"--json"_s, u"list"_s}));
        QVERIFY2(state.isEmpty() || state == after,
                 qPrintable(u"after a kill at point %1: %2"_s.arg(n).arg(state.join(u", "_s))));
        const CliRun verify = cli(run.path(), {u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(u"point %1: %2"_s.arg(n).arg(verify.out)));
        QVERIFY(!QDir(run.path() + u"/staging"_s).exists() || QDir(run.path() + u"/staging"_s).isEmpty());
        // And the interrupted install can simply be run again.
        const CliRun again = cli(run.path(), {u"install"_s, u"crm-sync"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(installedIds(cli(run.path(), {u"--json"_s, u"list"_s})), after);
    }
}

void tst_CliInstall::serverKeepsInstallRecords()
{
    if (!mm::test::keyring::isPrivateSession())
        QSKIP(mm::test::keyring::skipReason());
    const auto profile = syncedProfile();
    const QString p = profile->path();
    // The install is reported for the signed-in tenant: its admin signs up through the CLI.
    const CliRun signup = cliWithInput(p,
                                       {u"signup"_s, u"--email"_s, u"records@test.example"_s, u"--tenant"_s,
                                        u"install-records"_s, u"--password-stdin"_s},
                                       "test-password-1\n");
    QVERIFY2(signup.exitCode == 0, qPrintable(signup.err));
    QCOMPARE(cli(p, {u"install"_s, u"event-bus"_s}).exitCode, 0);
    const auto session = mm::accounts::SessionStore(m_server.url()).load();
    QVERIFY2(session, "the CLI keeps the session in the keychain");
    QCOMPARE(session->user.tenant, u"install-records"_s);
    QUrl url = m_server.url();
    url.setPath(u"/api/marketplace/installed-modules"_s);
    const mm::net::BlockingGet::Headers headers{{"Authorization", "Bearer " + session->accessToken.toUtf8()}};
    auto listed = mm::net::BlockingGet::fetch(url, 1 << 20, std::chrono::seconds(10), {}, headers);
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    QJsonArray items = QJsonDocument::fromJson(*listed).object().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"id"_s).toString(), u"event-bus"_s);

    // Another tenant sees its own list only, and a request without a token is refused.
    const auto other = tenantHeaders(u"other"_s);
    QVERIFY(!other.isEmpty());
    listed = mm::net::BlockingGet::fetch(url, 1 << 20, std::chrono::seconds(10), {}, other);
    QVERIFY(listed);
    QCOMPARE(QJsonDocument::fromJson(*listed).object().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(mm::net::BlockingGet::fetch(url, 1 << 20, std::chrono::seconds(10)).error().code,
             mm::ErrorCode::Unauthenticated);

    // A second tenant installing counts; an update does not; an uninstall leaves the list.
    const auto second = tenantHeaders(u"second"_s);
    QVERIFY(!second.isEmpty());
    QUrl install = m_server.url();
    install.setPath(u"/api/marketplace/modules/event-bus/install"_s);
    auto counted = mm::net::BlockingGet::post(install, R"({"version":"1.6.0"})", second, 1 << 20,
                                              std::chrono::seconds(10));
    QVERIFY(counted);
    const qint64 installs = QJsonDocument::fromJson(*counted).object().value(u"installs"_s).toInteger();
    QVERIFY(installs >= 2);
    counted = mm::net::BlockingGet::post(install, R"({"version":"1.6.0"})", second, 1 << 20,
                                         std::chrono::seconds(10));
    QCOMPARE(QJsonDocument::fromJson(*counted).object().value(u"installs"_s).toInteger(), installs);
    const auto badVersion = mm::net::BlockingGet::post(install, R"({"version":"9.9.9"})", second, 1 << 20,
                                                       std::chrono::seconds(10));
    QVERIFY(!badVersion);

    QCOMPARE(cli(p, {u"uninstall"_s, u"event-bus"_s}).exitCode, 0);
    listed = mm::net::BlockingGet::fetch(url, 1 << 20, std::chrono::seconds(10), {}, headers);
    QCOMPARE(QJsonDocument::fromJson(*listed).object().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(cli(p, {u"logout"_s}).exitCode, 0);
}

mm::net::BlockingGet::Headers tst_CliInstall::tenantHeaders(const QString& tenant) const
{
    mm::accounts::SignupRequest request;
    request.email = tenant + u"@test.example"_s;
    request.password = u"test-password-1"_s;
    request.tenant = tenant;
    const auto session = mm::accounts::AccountApi(m_server.url()).signup(request);
    if (!session)
        return {};
    return {{"Authorization", mm::accounts::AccountApi::bearer(session->accessToken)}};
}

CliRun tst_CliInstall::cliWithInput(const QString& profile, const QStringList& arguments,
                                    const QByteArray& input) const
{
    return ProgramRun::runWithInput(qEnvironmentVariable("MM_CLI"),
                                    QStringList{u"--profile"_s, profile, u"--marketplace"_s, m_url} +
                                        arguments,
                                    ProgramRun::isolatedEnvironment(m_home.path()), input);
}

QTEST_GUILESS_MAIN(tst_CliInstall)
#include "tst_cli_install.moc"
