// The host SDK end to end: a real modmarketd serving demo packages that carry the SDK's demo
// plugins, a profile that installed the free theme-high-contrast and the paid theme-midnight with
// modmarket-cli, and both the Host class (in this process) and modmarket-example-host (a child)
// loading plugins only while licenses hold and running only the features a license grants.
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "core/usage/UsageLedger.h"
#include "modmarket/Host.h"
#include "tests/sdk/SdkMarket.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mm::licensing::License;
using mm::licensing::LicensePlan;
using mm::licensing::LicenseStatus;
using mm::test::ProgramRun;

namespace {

const QString freeModule = u"theme-high-contrast"_s;
const QString paidModule = u"theme-midnight"_s;

// What went wrong, for a failure message; QVERIFY2 builds it even when the check passes.
template <typename T>
QString why(const mm::Result<T>& result)
{
    return result ? QString() : mm::errorCodeName(result.error().code) + u": "_s + result.error().message;
}

// "feature=ran" or "feature=gated" for each feature of an example host entry.
QStringList ran(const QJsonObject& module)
{
    QStringList result;
    for (const QJsonValue& f : module.value(u"features"_s).toArray())
        result.append(f.toObject().value(u"feature"_s).toString() + u'=' +
                      f.toObject().value(u"result"_s).toString());
    return result;
}

// A license of the paid module issued 30 days ago, with terms `license issue` does not make.
License paidLicense(LicensePlan plan, const QStringList& features, const QDateTime& expires)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    License license;
    license.id =
        u"lic-test-"_s + mm::licensing::planName(plan) + u'-' + QString::number(now.toSecsSinceEpoch());
    license.moduleId = paidModule;
    license.plan = plan;
    for (const QString& feature : features)
        license.entitlements.append({feature, std::nullopt});
    license.issued = now.addDays(-30);
    license.notBefore = license.issued;
    license.expires = expires;
    license.graceSeconds = plan == LicensePlan::Subscription ? 14 * 24 * 3600 : 0;
    return license;
}

} // namespace

class tst_HostSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsInstalledModulesWithTheirLicenses();
    void freeModuleLoads();
    void paidModuleWithoutLicenseIsRefused();
    void developerModeLoadsUnlicensed();
    void licensedModuleRunsItsFeatures();
    void featureNotInTheLicenseIsGated();
    void licenseInGraceStillLoads();
    void anotherModulesLicenseIsRefused();
    void expiredLicenseIsRefused();
    void pluginLeavingTheModuleFolderIsRefused();
    void demoPluginsMustNameDemoModules();
    void usageIsRecordedForInstalledModules();

private:
    QString profile() const { return m_market.profile(); }

    mm::test::SdkMarket m_market;
};

void tst_HostSdk::initTestCase()
{
    const QString failed = m_market.setUp({freeModule, paidModule});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void tst_HostSdk::listsInstalledModulesWithTheirLicenses()
{
    auto host = modmarket::Host::open(profile());
    QVERIFY2(host, qPrintable(why(host)));
    const auto modules = host->modules();
    QVERIFY2(modules, qPrintable(why(modules)));
    QStringList ids;
    for (const auto& module : *modules) {
        ids.append(module.id + u'@' + module.version);
        QVERIFY(QFileInfo(module.folder).isDir());
        QCOMPARE(module.manifest.id, module.id);
        QVERIFY2(module.manifest.plugin.startsWith(u"lib/"_s), qPrintable(module.manifest.plugin));
    }
    QStringList installed;
    for (const QJsonValue& item : m_market.cli({u"--json"_s, u"list"_s}).json().value(u"items"_s).toArray())
        installed.append(item.toObject().value(u"id"_s).toString() + u'@' +
                         item.toObject().value(u"version"_s).toString());
    QCOMPARE(ids, installed);
    QCOMPARE(ids.size(), 2);
    // The free module's license came from the server with the install.
    QCOMPARE(modules->at(0).license.statusName(), u"valid"_s);
    QVERIFY(modules->at(0).license.usable());
    QCOMPARE(modules->at(1).license.statusName(), u"none"_s);

    QVERIFY(!modmarket::Host::open(profile() + u"/missing"_s));
    QCOMPARE(host->module(u"crm-sync"_s).error().code, mm::ErrorCode::NotFound);
}

void tst_HostSdk::freeModuleLoads()
{
    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    const auto plugin = host->load(freeModule);
    QVERIFY2(plugin, qPrintable(why(plugin)));
    QCOMPARE((*plugin)->title(), u"High Contrast"_s);
    QCOMPARE(host->load(freeModule).value(), *plugin);
}

void tst_HostSdk::paidModuleWithoutLicenseIsRefused()
{
    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    const auto plugin = host->load(paidModule);
    QVERIFY(!plugin);
    QCOMPARE(plugin.error().code, mm::ErrorCode::Forbidden);
    QVERIFY2(plugin.error().message.contains(u"No license for theme-midnight"_s),
             qPrintable(plugin.error().message));
    QCOMPARE(host->isEntitled(paidModule, u"theme.midnight"_s).value(), false);

    ProgramRun run;
    const QJsonObject midnight = m_market.exampleHostEntry(paidModule, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(midnight.value(u"loaded"_s).toBool(), false);
    QCOMPARE(midnight.value(u"license"_s).toObject().value(u"status"_s).toString(), u"none"_s);
    QVERIFY2(midnight.value(u"error"_s).toString().contains(u"No license"_s), qPrintable(run.out));
    QVERIFY(ran(midnight).isEmpty());
    const QJsonObject contrast = m_market.exampleHostEntry(freeModule, run);
    QCOMPARE(contrast.value(u"loaded"_s).toBool(), true);
    QCOMPARE(contrast.value(u"title"_s).toString(), u"High Contrast"_s);
}

void tst_HostSdk::developerModeLoadsUnlicensed()
{
    const ProgramRun on = m_market.cli({u"config"_s, u"developer-mode"_s, u"on"_s});
    QVERIFY2(on.exitCode == 0, qPrintable(on.err));
    ProgramRun run;
    const QJsonObject midnight = m_market.exampleHostEntry(paidModule, run);
    const ProgramRun off = m_market.cli({u"config"_s, u"developer-mode"_s, u"off"_s});
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(midnight.value(u"loaded"_s).toBool(), true);
    QVERIFY2(run.err.contains(u"developer mode"_s), qPrintable(run.err));
    // Loading is all developer mode gives: without a license every feature stays gated.
    QCOMPARE(ran(midnight), (QStringList{u"theme.midnight=gated"_s, u"theme.accents=gated"_s}));
}

void tst_HostSdk::licensedModuleRunsItsFeatures()
{
    const QString failed = m_market.issueAndImport(paidModule, u"one-time"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    const auto plugin = host->load(paidModule);
    QVERIFY2(plugin, qPrintable(why(plugin)));
    QCOMPARE((*plugin)->features(), (QStringList{u"theme.midnight"_s, u"theme.accents"_s}));
    QVERIFY(host->isEntitled(paidModule, u"theme.accents"_s).value());

    ProgramRun run;
    const QJsonObject midnight = m_market.exampleHostEntry(paidModule, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(midnight.value(u"license"_s).toObject().value(u"status"_s).toString(), u"valid"_s);
    QCOMPARE(ran(midnight), (QStringList{u"theme.midnight=ran"_s, u"theme.accents=ran"_s}));
    QVERIFY2(midnight.value(u"features"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"output"_s)
                 .toString()
                 .contains(u"Midnight palette"_s),
             qPrintable(run.out));
}

void tst_HostSdk::featureNotInTheLicenseIsGated()
{
    // As if bought before 2.0 added the accent colours: the license grants the theme only.
    const QString failed =
        m_market.signAndImport(paidLicense(LicensePlan::OneTime, {u"theme.midnight"_s}, {}));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    QVERIFY(host->isEntitled(paidModule, u"theme.midnight"_s).value());
    QVERIFY(!host->isEntitled(paidModule, u"theme.accents"_s).value());

    ProgramRun run;
    const QJsonObject midnight = m_market.exampleHostEntry(paidModule, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(ran(midnight), (QStringList{u"theme.midnight=ran"_s, u"theme.accents=gated"_s}));
    const ProgramRun text = m_market.exampleHost(true);
    QVERIFY2(text.out.contains(u"theme.accents: gated"_s), qPrintable(text.out));
}

void tst_HostSdk::licenseInGraceStillLoads()
{
    const QString failed = m_market.signAndImport(paidLicense(LicensePlan::Subscription,
                                                              {u"theme.midnight"_s, u"theme.accents"_s},
                                                              QDateTime::currentDateTimeUtc().addDays(-1)));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    ProgramRun run;
    const QJsonObject midnight = m_market.exampleHostEntry(paidModule, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(midnight.value(u"license"_s).toObject().value(u"status"_s).toString(), u"in-grace"_s);
    QCOMPARE(midnight.value(u"loaded"_s).toBool(), true);
    QCOMPARE(ran(midnight), (QStringList{u"theme.midnight=ran"_s, u"theme.accents=ran"_s}));
}

// A keychain entry holds whatever was written under the module's key; the signed document
// decides which module it licenses.
void tst_HostSdk::anotherModulesLicenseIsRefused()
{
    const mm::secrets::SecretStore secrets;
    const auto document = secrets.read(mm::secrets::keys::license(m_market.tenant(), freeModule));
    QVERIFY2(document, qPrintable(why(document)));
    QVERIFY(secrets.write(mm::secrets::keys::license(m_market.tenant(), paidModule), *document));
    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    const auto plugin = host->load(paidModule);
    QVERIFY(!plugin);
    QVERIFY2(plugin.error().message.contains(u"is a license of theme-high-contrast"_s),
             qPrintable(plugin.error().message));
    QCOMPARE(host->isEntitled(paidModule, u"theme.midnight"_s).value(), false);
}

void tst_HostSdk::expiredLicenseIsRefused()
{
    const QString failed =
        m_market.signAndImport(paidLicense(LicensePlan::Trial, {u"theme.midnight"_s, u"theme.accents"_s},
                                           QDateTime::currentDateTimeUtc().addDays(-2)));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    const auto module = host->module(paidModule);
    QVERIFY(module);
    QCOMPARE(module->license.status, LicenseStatus::Expired);
    const auto plugin = host->load(paidModule);
    QVERIFY(!plugin);
    QCOMPARE(plugin.error().code, mm::ErrorCode::Forbidden);
    QVERIFY2(plugin.error().message.contains(module->license.message), qPrintable(plugin.error().message));
    QVERIFY2(plugin.error().message.contains(u"Expired on"_s), qPrintable(plugin.error().message));
    QVERIFY(!host->isEntitled(paidModule, u"theme.midnight"_s).value());

    ProgramRun run;
    const QJsonObject midnight = m_market.exampleHostEntry(paidModule, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(midnight.value(u"loaded"_s).toBool(), false);
    QCOMPARE(midnight.value(u"license"_s).toObject().value(u"status"_s).toString(), u"expired"_s);
    QVERIFY2(midnight.value(u"error"_s).toString().contains(u"Expired on"_s), qPrintable(run.out));
}

// What is on disk at load time counts: a module.json edited to point outside the folder is not
// read at all, and a plugin file replaced by a link out of the folder is not loaded.
void tst_HostSdk::pluginLeavingTheModuleFolderIsRefused()
{
    const QString folder = profile() + u"/modules/"_s + freeModule + u"/current"_s;
    QFile manifest(folder + u"/module.json"_s);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray original = manifest.readAll();
    manifest.close();
    QByteArray escaping = original;
    escaping.replace("\"lib/libhighcontrast.so\"", "\"../../../outside/libhighcontrast.so\"");
    QVERIFY(escaping != original);
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(escaping);
    manifest.close();
    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    const auto refused = host->load(freeModule);
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(original);
    manifest.close();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"\"plugin\""_s) &&
                 refused.error().message.contains(u"\"..\""_s),
             qPrintable(refused.error().message));

    const QString plugin = folder + u"/lib/libhighcontrast.so"_s;
    const QString outside = m_market.home() + u"/libhighcontrast.so"_s;
    QVERIFY(QFile::rename(plugin, outside));
    QVERIFY(QFile::link(outside, plugin));
    const auto linked = host->load(freeModule);
    QFile::remove(plugin);
    QVERIFY(QFile::rename(outside, plugin));
    QVERIFY(!linked);
    QCOMPARE(linked.error().code, mm::ErrorCode::Verification);
    QVERIFY2(linked.error().message.contains(u"outside the module folder"_s),
             qPrintable(linked.error().message));
}

// A typo in a folder name of --demo-plugins would otherwise give a demo without that plugin.
void tst_HostSdk::demoPluginsMustNameDemoModules()
{
    QTemporaryDir plugins;
    QVERIFY(QDir().mkpath(plugins.filePath(u"theme-midnite"_s)));
    QFile file(plugins.filePath(u"theme-midnite/libmidnight.so"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    mm::test::ServerProcess server;
    QVERIFY(!server.start(true, {u"--demo-plugins"_s, plugins.path()}));
    QVERIFY2(server.output().contains(u"theme-midnite names no module of the demo catalog"_s),
             qPrintable(server.output()));
}

void tst_HostSdk::usageIsRecordedForInstalledModules()
{
    auto host = modmarket::Host::open(profile());
    QVERIFY(host);
    const auto first = host->recordUsage(paidModule, 3);
    QVERIFY2(first, qPrintable(why(first)));
    const auto second = host->recordUsage(paidModule, 40);
    QVERIFY2(second, qPrintable(why(second)));
    QVERIFY(*first != *second);

    // Refused: nothing to count, and a module this profile does not have.
    for (const qint64 quantity : {qint64(0), qint64(-5)}) {
        const auto refused = host->recordUsage(paidModule, quantity);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, mm::ErrorCode::InvalidInput);
    }
    const auto missing = host->recordUsage(u"crm-sync"_s, 1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, mm::ErrorCode::NotFound);
    QVERIFY2(missing.error().message.contains(u"crm-sync"_s), qPrintable(missing.error().message));

    // The rows are in the profile's usage.sqlite, unreported, for the app or the CLI to send.
    auto ledger = mm::usage::UsageLedger::open(mm::usage::UsageLedger::pathIn(profile()));
    QVERIFY(ledger);
    const auto rows = (*ledger)->records(paidModule);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    qint64 total = 0;
    for (const auto& row : *rows) {
        QVERIFY(!row.reported);
        QVERIFY(row.id == *first || row.id == *second);
        total += row.quantity;
    }
    QCOMPARE(total, 43);
    QVERIFY((*ledger)->records(u"crm-sync"_s)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_HostSdk)
#include "tst_host_sdk.moc"
