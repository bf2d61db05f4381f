// LicenseRenewal against a real modmarketd and the private keyring of scripts/with-keyring.sh:
// a renewed subscription replaces the stored license, a trial starts once, and every refusal of
// the marketplace reaches the caller with the marketplace's own sentence.
#include "core/accounts/Credentials.h"
#include "core/catalog/CatalogSync.h"
#include "core/licensing/LicenseRenewal.h"
#include "core/net/MarketplaceApi.h"
#include "core/profile/Profile.h"
#include "tests/secrets/KeyringSession.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCatalog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm;
using licensing::LicensePlan;
using licensing::LicenseRenewal;
using licensing::LicenseStatus;

namespace {

template <typename T>
QString why(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

// crm-sync: subscription with a 14-day trial. reports: bought once, no trial.
test::TestCatalog renewalCatalog()
{
    test::TestCatalog catalog;
    catalog.addModule(u"crm-sync"_s, u"CRM Sync"_s, u"Paid sync."_s);
    catalog.set(u"crm-sync"_s, u"pricing"_s,
                QJsonObject{{u"model"_s, u"subscription"_s},
                            {u"currency"_s, u"EUR"_s},
                            {u"plans"_s,
                             QJsonArray{QJsonObject{
                                 {u"id"_s, u"monthly"_s}, {u"interval"_s, u"month"_s}, {u"amount"_s, 900}}}},
                            {u"trial_days"_s, 14}});
    catalog.addModule(u"reports"_s, u"Reports"_s, u"Bought once."_s);
    catalog.set(u"reports"_s, u"pricing"_s,
                QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 4900}});
    return catalog;
}

} // namespace

class tst_LicenseRenewal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renewalReplacesTheStoredLicense();
    void refusalsCarryTheMarketplacesReason();
    void trialStartsOnce();

private:
    // A profile of its own (so its own tenant) that has synced the catalog, and its service.
    std::unique_ptr<licensing::LicenseService> service(const QString& name);
    QByteArray issue(const QString& tenant, const QString& module, const QString& plan, int days = 0) const;

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
};

void tst_LicenseRenewal::initTestCase()
{
    if (!test::keyring::isPrivateSession())
        QSKIP(test::keyring::skipReason());
    QVERIFY2(!test::ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    const QString seed = m_server.dataDir() + u"/seed.json"_s;
    QVERIFY(renewalCatalog().writeSeed(seed));
    QVERIFY(m_server.import(seed));
    QVERIFY2(m_server.start(false), qPrintable(m_server.output()));
}

std::unique_ptr<licensing::LicenseService> tst_LicenseRenewal::service(const QString& name)
{
    auto profile = Profile::open(m_dir.filePath(name));
    if (!profile || !profile->pinRootFingerprint(m_server.url(), m_server.rootFingerprint()))
        return nullptr;
    // Its own tenant, whose admin is the signed-in user from now on.
    accounts::SignupRequest signup;
    signup.tenant = u"renewal-"_s + name.toLower();
    signup.email = signup.tenant + u"@test.example"_s;
    signup.password = u"test-password-1"_s;
    const auto session = accounts::Credentials::forMarketplace(m_server.url())->signUp(signup);
    if (!session || !profile->setSignedInTenant(session->user.tenant)) {
        qWarning("signup failed: %s", session ? "" : qPrintable(session.error().message));
        return nullptr;
    }
    net::MarketplaceApi api(m_server.url());
    catalog::CatalogSync sync(api, profile->catalogPath(), profile->hostPlatform(),
                              profile->pinnedRootFingerprint(m_server.url()));
    sync.setStatePath(profile->statePath());
    QSignalSpy finished(&sync, &Transaction::finished);
    sync.start();
    if (!sync.isFinished())
        finished.wait(60000);
    if (sync.status() != Transaction::Status::Done)
        return nullptr;
    auto opened = licensing::LicenseService::open(*profile, m_server.url());
    return opened ? std::move(*opened) : nullptr;
}

QByteArray tst_LicenseRenewal::issue(const QString& tenant, const QString& module, const QString& plan,
                                     int days) const
{
    QStringList arguments{u"license"_s, u"issue"_s,    u"--data"_s, m_server.dataDir(), u"--tenant"_s,
                          tenant,       u"--module"_s, module,      u"--plan"_s,        plan};
    if (days > 0)
        arguments << u"--days"_s << QString::number(days);
    const test::ProgramRun run = test::ProgramRun::run(test::ServerProcess::binary(), arguments);
    return run.exitCode == 0 ? run.out.trimmed().toUtf8() : QByteArray();
}

void tst_LicenseRenewal::renewalReplacesTheStoredLicense()
{
    auto licenses = service(u"renew"_s);
    QVERIFY(licenses);
    const QString tenant = licenses->tenantId();
    const QByteArray first = issue(tenant, u"crm-sync"_s, u"subscription"_s, 3);
    QVERIFY(!first.isEmpty());
    const auto imported = licenses->import(first);
    QVERIFY2(imported, qPrintable(why(imported)));
    const licensing::License old = *imported->license;

    // The period is paid on: the subscription now runs 30 days, and a renewal reaches that far.
    QVERIFY(!issue(tenant, u"crm-sync"_s, u"subscription"_s, 30).isEmpty());
    const auto renewed = LicenseRenewal::renew(*licenses, m_server.url(), old.id);
    QVERIFY2(renewed, qPrintable(why(renewed)));
    QCOMPARE(renewed->status, LicenseStatus::Valid);
    QVERIFY(renewed->license->id != old.id);
    QCOMPARE(renewed->license->plan, LicensePlan::Subscription);
    QVERIFY(renewed->license->expires > old.expires.addDays(20));

    // The new document is the one kept, in the index and in the keychain.
    const auto stored = licenses->book().find(u"crm-sync"_s);
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->licenseId, renewed->license->id);
    const auto check = licenses->check(u"crm-sync"_s);
    QVERIFY2(check, qPrintable(why(check)));
    QCOMPARE(check->license->id, renewed->license->id);
}

void tst_LicenseRenewal::refusalsCarryTheMarketplacesReason()
{
    auto licenses = service(u"refusals"_s);
    QVERIFY(licenses);
    const QString tenant = licenses->tenantId();

    // A license bought once is not renewed.
    const auto bought = licenses->import(issue(tenant, u"reports"_s, u"one-time"_s));
    QVERIFY2(bought, qPrintable(why(bought)));
    auto refused = LicenseRenewal::renew(*licenses, m_server.url(), bought->license->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(u"only subscription and usage-based"_s),
             qPrintable(refused.error().message));

    // A revoked one neither, and the stored license stays what it was.
    const auto paid = licenses->import(issue(tenant, u"crm-sync"_s, u"subscription"_s, 5));
    QVERIFY2(paid, qPrintable(why(paid)));
    const test::ProgramRun revoke = test::ProgramRun::run(
        test::ServerProcess::binary(), {u"license"_s, u"revoke"_s, u"--data"_s, m_server.dataDir(),
                                        paid->license->id, u"--reason"_s, u"chargeback"_s});
    QCOMPARE(revoke.exitCode, 0);
    refused = LicenseRenewal::renew(*licenses, m_server.url(), paid->license->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(u"chargeback"_s), qPrintable(refused.error().message));
    QCOMPARE((*licenses->book().find(u"crm-sync"_s))->licenseId, paid->license->id);

    // Unknown to the marketplace, and not an id at all.
    refused = LicenseRenewal::renew(*licenses, m_server.url(), u"lic-unknown"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    refused = LicenseRenewal::renew(*licenses, m_server.url(), u"../tenant"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
}

void tst_LicenseRenewal::trialStartsOnce()
{
    auto licenses = service(u"trial"_s);
    QVERIFY(licenses);
    const auto trial = LicenseRenewal::startTrial(*licenses, m_server.url(), u"crm-sync"_s);
    QVERIFY2(trial, qPrintable(why(trial)));
    QCOMPARE(trial->status, LicenseStatus::Valid);
    QCOMPARE(trial->license->plan, LicensePlan::Trial);
    QCOMPARE(trial->license->tenantId, licenses->tenantId());
    const qint64 days = QDateTime::currentDateTimeUtc().secsTo(trial->license->expires) / 86400;
    QVERIFY2(days == 13 || days == 14, qPrintable(QString::number(days)));
    QCOMPARE((*licenses->book().find(u"crm-sync"_s))->plan, LicensePlan::Trial);

    auto again = LicenseRenewal::startTrial(*licenses, m_server.url(), u"crm-sync"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(u"already had a trial"_s), qPrintable(again.error().message));

    again = LicenseRenewal::startTrial(*licenses, m_server.url(), u"reports"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(u"offers no trial"_s), qPrintable(again.error().message));
    QVERIFY(!*licenses->book().find(u"reports"_s));
}

QTEST_GUILESS_MAIN(tst_LicenseRenewal)
#include "tst_licenserenewal.moc"
