// Licensing on a real modmarketd: free licenses on install, tier limits, trials, the tenant's
// list, online validation, renewal from a subscription, and revocation reaching a synced
// client through the signed catalog. Every license is checked offline with core's verifier
// against the key list the server serves, as a client would.
#include "core/catalog/CatalogSync.h"
#include "core/licensing/LicenseVerifier.h"
#include "core/net/MarketplaceApi.h"
#include "core/trust/TrustRecord.h"
#include "tests/server/ServerTestUtil.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;
using mm::licensing::LicenseStatus;

namespace {

QJsonObject version(const QString& number, const QString& minTier)
{
    return {{u"version"_s, number},    {u"released"_s, u"2025-02-01T00:00:00Z"_s},
            {u"host"_s, u">=6.0.0"_s}, {u"min_tier"_s, minTier},
            {u"size"_s, 1000},         {u"entitlements"_s, QJsonArray{u"core.use"_s}}};
}

QJsonObject subscription(int trialDays)
{
    return {{u"model"_s, u"subscription"_s},
            {u"currency"_s, u"EUR"_s},
            {u"plans"_s, QJsonArray{QJsonObject{
                             {u"id"_s, u"monthly"_s}, {u"interval"_s, u"month"_s}, {u"amount"_s, 900}}}},
            {u"trial_days"_s, trialDays}};
}

// notes: free, 2.0.0 needs team. crm-sync: subscription with a 14-day trial. reports: one-time,
// no trial. vault: subscription with a trial, every version needs business.
TestCatalog licensingCatalog()
{
    TestCatalog catalog;
    catalog.addModule(u"notes"_s, u"Notes"_s, u"Free notes."_s);
    catalog.set(u"notes"_s, u"versions"_s,
                QJsonArray{version(u"2.0.0"_s, u"team"_s), version(u"1.0.0"_s, u"free"_s)});
    catalog.addModule(u"crm-sync"_s, u"CRM Sync"_s, u"Paid sync."_s);
    catalog.set(u"crm-sync"_s, u"pricing"_s, subscription(14));
    catalog.set(u"crm-sync"_s, u"versions"_s, QJsonArray{version(u"1.0.0"_s, u"free"_s)});
    catalog.addModule(u"reports"_s, u"Reports"_s, u"Bought once."_s);
    catalog.set(u"reports"_s, u"pricing"_s,
                QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 4900}});
    catalog.addModule(u"vault"_s, u"Vault"_s, u"For big tenants."_s);
    catalog.set(u"vault"_s, u"pricing"_s, subscription(30));
    catalog.set(u"vault"_s, u"versions"_s, QJsonArray{version(u"1.0.0"_s, u"business"_s)});
    return catalog;
}

QDateTime utc(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

class tst_ServerLicenses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tenantComesFromToken();
    void freeInstallIssuesLicense();
    void minTierRefusedUntilSetTier();
    void trialOncePerModule();
    void listShowsOwnLicensesOnly();
    void validateOnline();
    void renewFromSubscription();
    void operatorCommandUsage();
    void revocationReachesSyncedClient();

private:
    HttpAnswer call(const QByteArray& method, const QString& path, const QString& tenant,
                    const QJsonObject& body = {}) const;
    QString installLicense(const QString& tenant, const QString& module, const QString& version);
    mm::licensing::LicenseCheck verifyOffline(const QString& document, const QString& tenant) const;
    ProgramRun modmarketd(const QStringList& arguments) const;

    ServerProcess m_server;
    std::optional<mm::trust::KeyList> m_keys;
};

void tst_ServerLicenses::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    const QString seed = m_server.dataDir() + u"/seed.json"_s;
    QVERIFY(licensingCatalog().writeSeed(seed));
    QVERIFY(m_server.import(seed));
    QVERIFY2(m_server.start(false), qPrintable(m_server.output()));
    // The key list the server serves, trusted only through the root fingerprint a client pins.
    auto keys = mm::trust::KeyList::verify(apiGet(m_server, u"/keys"_s).body, m_server.rootFingerprint());
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message));
    m_keys = std::move(*keys);
}

HttpAnswer tst_ServerLicenses::call(const QByteArray& method, const QString& path, const QString& tenant,
                                    const QJsonObject& body) const
{
    return httpRequest(method, apiUrl(m_server, path),
                       body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       tenant.isNull() ? HttpHeaders() : tenantUser(m_server, tenant).headers());
}

QString tst_ServerLicenses::installLicense(const QString& tenant, const QString& module,
                                           const QString& version)
{
    const HttpAnswer answer =
        call("POST", u"/modules/%1/install"_s.arg(module), tenant, {{u"version"_s, version}});
    return answer.status == 200 ? answer.json().value(u"license"_s).toString() : QString();
}

mm::licensing::LicenseCheck tst_ServerLicenses::verifyOffline(const QString& document,
                                                              const QString& tenant) const
{
    mm::licensing::LicenseVerifier::Context context;
    context.tenantId = tenant;
    const mm::licensing::LicenseVerifier verifier(*m_keys, context);
    return verifier.verify(document.toUtf8(), QDateTime::currentDateTimeUtc(), {});
}

ProgramRun tst_ServerLicenses::modmarketd(const QStringList& arguments) const
{
    return ProgramRun::run(ServerProcess::binary(), arguments + QStringList{u"--data"_s, m_server.dataDir()});
}

void tst_ServerLicenses::tenantComesFromToken()
{
    for (const QString& path : {u"/tenant"_s, u"/licenses"_s}) {
        const HttpAnswer missing = call("GET", path, QString());
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"unauthenticated"_s);
    }
    QCOMPARE(call("POST", u"/licenses/trial"_s, QString(), {{u"module"_s, u"crm-sync"_s}}).status, 401);
    // Signed up: the tenant is on the free tier.
    const HttpAnswer tenant = call("GET", u"/tenant"_s, u"newcomer"_s);
    QCOMPARE(tenant.status, 200);
    QCOMPARE(tenant.json(), (QJsonObject{{u"id"_s, u"newcomer"_s}, {u"tier"_s, u"free"_s}}));
}

void tst_ServerLicenses::freeInstallIssuesLicense()
{
    const HttpAnswer answer =
        call("POST", u"/modules/notes/install"_s, u"alpha"_s, {{u"version"_s, u"1.0.0"_s}});
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(u"tenant"_s).toString(), u"alpha"_s);
    QCOMPARE(body.value(u"version"_s).toString(), u"1.0.0"_s);
    QCOMPARE(body.value(u"installs"_s).toInteger(), 1);
    const QString document = body.value(u"license"_s).toString();

    const auto check = verifyOffline(document, u"alpha"_s);
    QCOMPARE(check.status, LicenseStatus::Valid);
    QCOMPARE(check.license->moduleId, u"notes"_s);
    QCOMPARE(check.license->plan, mm::licensing::LicensePlan::Free);
    QVERIFY(!check.license->expiresAtAll());
    QVERIFY(check.license->id.startsWith(u"lic-"_s));
    QVERIFY(check.license->grants(u"core.use"));
    QCOMPARE(verifyOffline(document, u"beta"_s).status, LicenseStatus::WrongTenant);

    // Installing again (an update) hands back the same license; a paid module brings none.
    QCOMPARE(installLicense(u"alpha"_s, u"notes"_s, u"1.0.0"_s), document);
    const HttpAnswer paid =
        call("POST", u"/modules/crm-sync/install"_s, u"alpha"_s, {{u"version"_s, u"1.0.0"_s}});
    QCOMPARE(paid.status, 200);
    QVERIFY(!paid.json().contains(u"license"_s));
}

void tst_ServerLicenses::minTierRefusedUntilSetTier()
{
    const HttpAnswer refused =
        call("POST", u"/modules/notes/install"_s, u"gamma"_s, {{u"version"_s, u"2.0.0"_s}});
    QCOMPARE(refused.status, 403);
    const QJsonObject error = refused.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"forbidden"_s);
    for (const QString& fragment : {u"notes 2.0.0"_s, u"Team"_s, u"gamma"_s, u"Free"_s})
        QVERIFY2(error.value(u"message"_s).toString().contains(fragment),
                 qPrintable(error.value(u"message"_s).toString()));
    // Nothing was recorded for the refused install.
    QCOMPARE(call("GET", u"/installed-modules"_s, u"gamma"_s).json().value(u"items"_s).toArray().size(), 0);

    const ProgramRun setTier = modmarketd({u"tenant"_s, u"set-tier"_s, u"gamma"_s, u"team"_s});
    QCOMPARE(setTier.exitCode, 0);
    QCOMPARE(call("GET", u"/tenant"_s, u"gamma"_s).json().value(u"tier"_s).toString(), u"team"_s);
    const TestUser admin = adminUser(m_server);
    QVERIFY2(admin.isValid(), qPrintable(admin.error));
    const HttpAnswer audit = httpRequest(
        "GET",
        apiUrl(m_server, u"/audit"_s, params({{u"action"_s, u"tenant.tier"_s}, {u"target"_s, u"gamma"_s}})),
        {}, admin.headers());
    QVERIFY2(audit.status == 200, audit.body.constData());
    const QJsonArray entries = audit.json().value(u"items"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(u"detail"_s).toObject().value(u"tier"_s).toString(), u"team"_s);
    QCOMPARE(entries.at(0).toObject().value(u"detail"_s).toObject().value(u"by"_s).toString(), u"operator"_s);
    QVERIFY(!installLicense(u"gamma"_s, u"notes"_s, u"2.0.0"_s).isEmpty());
}

void tst_ServerLicenses::trialOncePerModule()
{
    const HttpAnswer trial = call("POST", u"/licenses/trial"_s, u"delta"_s, {{u"module"_s, u"crm-sync"_s}});
    QCOMPARE(trial.status, 200);
    const auto check = verifyOffline(trial.json().value(u"document"_s).toString(), u"delta"_s);
    QCOMPARE(check.status, LicenseStatus::Valid);
    QCOMPARE(check.license->plan, mm::licensing::LicensePlan::Trial);
    QCOMPARE(check.license->graceSeconds, 0);
    const qint64 days = QDateTime::currentDateTimeUtc().secsTo(check.license->expires);
    QVERIFY2(qAbs(days - 14 * 86400) < 120, qPrintable(QString::number(days)));
    QCOMPARE(utc(trial.json().value(u"expires"_s)), check.license->expires);

    // The trial is on record, with the tenant it was issued to.
    const TestUser admin = adminUser(m_server);
    QVERIFY2(admin.isValid(), qPrintable(admin.error));
    const HttpAnswer audit =
        httpRequest("GET", apiUrl(m_server, u"/audit"_s, params({{u"action"_s, u"license.trial"_s}})), {},
                    admin.headers());
    QVERIFY2(audit.status == 200, audit.body.constData());
    const QJsonArray entries = audit.json().value(u"items"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(u"target"_s).toString(), trial.json().value(u"id"_s).toString());
    QCOMPARE(entries.at(0).toObject().value(u"outcome"_s).toString(), u"ok"_s);
    QCOMPARE(entries.at(0).toObject().value(u"detail"_s).toObject().value(u"tenant"_s).toString(),
             u"delta"_s);

    const HttpAnswer again = call("POST", u"/licenses/trial"_s, u"delta"_s, {{u"module"_s, u"crm-sync"_s}});
    QCOMPARE(again.status, 409);
    QVERIFY(again.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"already"_s));
    QCOMPARE(call("POST", u"/licenses/trial"_s, u"delta"_s, {{u"module"_s, u"reports"_s}}).status, 409);
    QCOMPARE(call("POST", u"/licenses/trial"_s, u"delta"_s, {{u"module"_s, u"notes"_s}}).status, 409);
    QCOMPARE(call("POST", u"/licenses/trial"_s, u"delta"_s, {{u"module"_s, u"vault"_s}}).status, 403);
    QCOMPARE(call("POST", u"/licenses/trial"_s, u"delta"_s, {{u"module"_s, u"no-such"_s}}).status, 404);
    const HttpAnswer noModule = call("POST", u"/licenses/trial"_s, u"delta"_s, {{u"modul"_s, u"crm-sync"_s}});
    QCOMPARE(noModule.status, 400);
    QVERIFY(noModule.json()
                .value(u"error"_s)
                .toObject()
                .value(u"message"_s)
                .toString()
                .contains(u"\"module\""_s));
}

void tst_ServerLicenses::listShowsOwnLicensesOnly()
{
    const QString free = installLicense(u"list-a"_s, u"notes"_s, u"1.0.0"_s);
    QVERIFY(!free.isEmpty());
    QCOMPARE(call("POST", u"/licenses/trial"_s, u"list-a"_s, {{u"module"_s, u"crm-sync"_s}}).status, 200);
    const QString other = installLicense(u"list-b"_s, u"notes"_s, u"1.0.0"_s);

    const QJsonArray mine = call("GET", u"/licenses"_s, u"list-a"_s).json().value(u"items"_s).toArray();
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).toObject().value(u"plan"_s).toString(), u"trial"_s); // newest first
    QCOMPARE(mine.at(1).toObject().value(u"document"_s).toString(), free);
    for (const QJsonValue& item : mine) {
        const QJsonObject license = item.toObject();
        QCOMPARE(license.value(u"revoked"_s), QJsonValue(false));
        const auto check = verifyOffline(license.value(u"document"_s).toString(), u"list-a"_s);
        QCOMPARE(check.status, LicenseStatus::Valid);
        QCOMPARE(check.license->id, license.value(u"id"_s).toString());
        QCOMPARE(check.license->moduleId, license.value(u"module"_s).toString());
    }
    QCOMPARE(mine.at(1).toObject().value(u"expires"_s), QJsonValue(QJsonValue::Null));
    const QJsonArray theirs = call("GET", u"/licenses"_s, u"list-b"_s).json().value(u"items"_s).toArray();
    QCOMPARE(theirs.size(), 1);
    QCOMPARE(theirs.at(0).toObject().value(u"document"_s).toString(), other);
}

void tst_ServerLicenses::validateOnline()
{
    const QString document = installLicense(u"val"_s, u"notes"_s, u"1.0.0"_s);
    const QString id = verifyOffline(document, u"val"_s).license->id;
    auto validate = [&](const QString& tenant, const QJsonValue& sent) {
        return call("POST", u"/licenses/validate"_s, tenant, {{u"document"_s, sent}});
    };
    QJsonObject answer = validate(u"val"_s, document).json();
    QCOMPARE(answer.value(u"status"_s).toString(), u"valid"_s);
    QCOMPARE(answer.value(u"revoked"_s), QJsonValue(false));
    QCOMPARE(validate(u"other"_s, document).json().value(u"status"_s).toString(), u"wrong-tenant"_s);
    QCOMPARE(
        validate(u"val"_s, u"{\"format\":\"modmarket-signed/1\"}"_s).json().value(u"status"_s).toString(),
        u"malformed"_s);
    QCOMPARE(validate(u"val"_s, 42).status, 400);

    const ProgramRun revoke = modmarketd({u"license"_s, u"revoke"_s, id, u"--reason"_s, u"chargeback"_s});
    QCOMPARE(revoke.exitCode, 0);
    answer = validate(u"val"_s, document).json();
    QCOMPARE(answer.value(u"status"_s).toString(), u"revoked"_s);
    QCOMPARE(answer.value(u"revoked"_s), QJsonValue(true));
    QCOMPARE(answer.value(u"revoked_reason"_s).toString(), u"chargeback"_s);
    // Another tenant learns nothing about the revocation.
    answer = validate(u"other"_s, document).json();
    QCOMPARE(answer.value(u"status"_s).toString(), u"wrong-tenant"_s);
    QVERIFY(!answer.contains(u"revoked_reason"_s));
    // A fresh install after a revocation gets a new free license.
    const QString fresh = installLicense(u"val"_s, u"notes"_s, u"1.0.0"_s);
    QVERIFY(!fresh.isEmpty() && fresh != document);

    // A machine binding is checked when the client names its machine.
    const QString machine = u"0123456789abcdef0123456789abcdef"_s;
    const ProgramRun bound = modmarketd({u"license"_s, u"issue"_s, u"--tenant"_s, u"val"_s, u"--module"_s,
                                         u"reports"_s, u"--plan"_s, u"one-time"_s, u"--machine"_s, machine});
    QCOMPARE(bound.exitCode, 0);
    const QString boundDocument = bound.out.trimmed();
    QCOMPARE(validate(u"val"_s, boundDocument).json().value(u"status"_s).toString(), u"valid"_s);
    answer = call("POST", u"/licenses/validate"_s, u"val"_s,
                  {{u"document"_s, boundDocument}, {u"machine"_s, u"ffffffffffffffffffffffffffffffff"_s}})
                 .json();
    QCOMPARE(answer.value(u"status"_s).toString(), u"wrong-machine"_s);
}

void tst_ServerLicenses::renewFromSubscription()
{
    // The tenant signs up before the operator issues it a license (which would create it).
    QVERIFY(tenantUser(m_server, u"ren"_s).isValid());
    auto issue = [&](int days) {
        const ProgramRun run =
            modmarketd({u"license"_s, u"issue"_s, u"--tenant"_s, u"ren"_s, u"--module"_s, u"crm-sync"_s,
                        u"--plan"_s, u"subscription"_s, u"--days"_s, QString::number(days)});
        return run.exitCode == 0 ? verifyOffline(run.out.trimmed(), u"ren"_s).license : std::nullopt;
    };
    const auto first = issue(10);
    QVERIFY(first);
    QCOMPARE(first->graceSeconds, 14 * 86400);
    const auto paidOn = issue(40); // the next period is paid: the subscription now runs 40 days
    QVERIFY(paidOn);

    const HttpAnswer renewed = call("POST", u"/licenses/%1/renew"_s.arg(first->id), u"ren"_s);
    QCOMPARE(renewed.status, 200);
    const auto check = verifyOffline(renewed.json().value(u"document"_s).toString(), u"ren"_s);
    QCOMPARE(check.status, LicenseStatus::Valid);
    QVERIFY(check.license->id != first->id);
    QCOMPARE(check.license->expires, paidOn->expires);
    QVERIFY(check.license->expires > first->expires);
    QCOMPARE(check.license->plan, mm::licensing::LicensePlan::Subscription);

    QCOMPARE(call("POST", u"/licenses/%1/renew"_s.arg(first->id), u"not-ren"_s).status, 403);
    QCOMPARE(call("POST", u"/licenses/lic-unknown/renew"_s, u"ren"_s).status, 404);
    const QString free = installLicense(u"ren"_s, u"notes"_s, u"1.0.0"_s);
    const QString freeId = verifyOffline(free, u"ren"_s).license->id;
    QCOMPARE(call("POST", u"/licenses/%1/renew"_s.arg(freeId), u"ren"_s).status, 409);

    // Billing cancels the subscription (as its webhooks will): no more renewals.
    {
        auto store = mm::catalog::CatalogDatabase::open(m_server.dataDir() + u"/marketplace.sqlite"_s);
        QVERIFY(store);
        QSqlQuery q((*store)->db());
        QVERIFY(q.exec(u"UPDATE subscriptions SET status = 'canceled' WHERE tenant = 'ren'"_s));
    }
    const HttpAnswer cancelled = call("POST", u"/licenses/%1/renew"_s.arg(first->id), u"ren"_s);
    QCOMPARE(cancelled.status, 409);
    QVERIFY(
        cancelled.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"canceled"_s));
}

void tst_ServerLicenses::operatorCommandUsage()
{
    const QStringList base{u"license"_s, u"issue"_s, u"--tenant"_s, u"ops"_s, u"--module"_s, u"crm-sync"_s};
    QCOMPARE(modmarketd(base).exitCode, 2);                                               // no --plan
    QCOMPARE(modmarketd(base + QStringList{u"--plan"_s, u"subscription"_s}).exitCode, 2); // no --days
    QCOMPARE(modmarketd(base + QStringList{u"--plan"_s, u"free"_s, u"--days"_s, u"3"_s}).exitCode, 2);
    QCOMPARE(modmarketd(base + QStringList{u"--plan"_s, u"gold"_s}).exitCode, 2);
    QCOMPARE(modmarketd({u"tenant"_s, u"set-tier"_s, u"ops"_s, u"platinum"_s}).exitCode, 2);
    QCOMPARE(modmarketd({u"license"_s, u"revoke"_s, u"lic-unknown"_s}).exitCode, 1);
    QCOMPARE(modmarketd({u"keys"_s, u"fingerprint"_s, u"--reason"_s, u"x"_s}).exitCode, 2);
    const ProgramRun trial = modmarketd(base + QStringList{u"--plan"_s, u"trial"_s});
    QCOMPARE(trial.exitCode, 0);
    QCOMPARE(verifyOffline(trial.out.trimmed(), u"ops"_s).license->graceSeconds, 0);
}

void tst_ServerLicenses::revocationReachesSyncedClient()
{
    QTemporaryDir client;
    const QString cache = client.filePath(u"catalog.sqlite"_s);
    mm::net::MarketplaceApi api(m_server.url());
    auto sync = [&] {
        mm::catalog::CatalogSync run(api, cache, std::nullopt, m_server.rootFingerprint());
        QSignalSpy finished(&run, &mm::Transaction::finished);
        run.start();
        if (!run.isFinished())
            finished.wait(60000);
        return run.status() == mm::Transaction::Status::Done;
    };
    QVERIFY(sync());
    const qint64 before = apiGet(m_server, u"/health"_s).json().value(u"catalog_version"_s).toInteger();

    const QString document = installLicense(u"rev"_s, u"notes"_s, u"1.0.0"_s);
    const QString id = verifyOffline(document, u"rev"_s).license->id;
    const ProgramRun revoke = modmarketd({u"license"_s, u"revoke"_s, id});
    QCOMPARE(revoke.exitCode, 0);
    QVERIFY2(revoke.out.contains(id), qPrintable(revoke.out));

    // A new catalog version carries it, in a full export and in the delta since the last sync.
    QCOMPARE(apiGet(m_server, u"/health"_s).json().value(u"catalog_version"_s).toInteger(), before + 1);
    for (const qint64 since : {qint64(0), before}) {
        const QJsonObject payload =
            QJsonDocument::fromJson(verifiedCatalog(m_server, params({{u"since"_s, QString::number(since)}})))
                .object();
        QVERIFY(payload.value(u"revoked_licenses"_s).toArray().contains(id));
    }

    QVERIFY(sync());
    auto database = mm::catalog::CatalogDatabase::open(cache);
    QVERIFY(database);
    QCOMPARE((*database)->catalogVersion(), before + 1);
    const auto record = mm::trust::TrustRecord::read(**database);
    QVERIFY2(record.revokedLicenses.contains(id), qPrintable(record.revokedLicenses.join(u' ')));
    // What an offline check on this client then says.
    mm::licensing::LicenseVerifier::Context context;
    context.tenantId = u"rev"_s;
    context.revokedLicenses = QSet<QString>(record.revokedLicenses.cbegin(), record.revokedLicenses.cend());
    const mm::licensing::LicenseVerifier offline(*m_keys, context);
    QCOMPARE(offline.verify(document.toUtf8(), QDateTime::currentDateTimeUtc(), {}).status,
             LicenseStatus::Revoked);
}

QTEST_GUILESS_MAIN(tst_ServerLicenses)
#include "tst_server_licenses.moc"
