// Buying end to end: CheckoutTransaction in this process -> a real modmarketd -> the fake Stripe
// (hosted page, signed webhooks) -> the license verified and stored in the private keyring ->
// the module installed and seen licensed by the host SDK. Subscriptions renew and cancel, usage is
// recorded through the SDK and billed once, and the browser's callback can neither be forged nor
// end a purchase the marketplace has not confirmed.
#include "core/checkout/CheckoutApi.h"
#include "core/checkout/CheckoutTransaction.h"
#include "core/licensing/LicenseRefresh.h"
#include "core/licensing/LicenseRenewal.h"
#include "core/licensing/LicenseService.h"
#include "core/usage/UsageReporter.h"
#include "modmarket/Host.h"
#include "tests/checkout/CheckoutMarket.h"
#include "tests/secrets/KeyringSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm;
using checkout::CheckoutTransaction;
using licensing::LicenseStatus;
using Step = CheckoutTransaction::Step;

namespace {

template <typename T>
QString why(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

// The transaction's own steps, as a dialog would show them.
QList<Step> steps(const QSignalSpy& spy)
{
    QList<Step> result;
    for (const auto& arguments : spy)
        result.append(arguments.at(0).value<Step>());
    return result;
}

} // namespace

class tst_CheckoutE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneTimePurchaseInstallsAndLoads();
    void subscriptionRenewsAndCancels();
    void usageIsRecordedAndBilledOnce();

private:
    // Buys with the fake's hosted page and returns the profile; empty on failure.
    QString bought(const QString& module, const QString& plan, QString* orderId = nullptr);

    test::CheckoutMarket m_market;
};

void tst_CheckoutE2e::initTestCase()
{
    if (!test::keyring::isPrivateSession())
        QSKIP(test::keyring::skipReason());
    const QString failed = m_market.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QString tst_CheckoutE2e::bought(const QString& module, const QString& plan, QString* orderId)
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    if (!failed.isEmpty()) {
        qWarning("%s", qPrintable(failed));
        return {};
    }
    auto t = m_market.transaction(profile, module, plan);
    t->setBrowserOpener([this](const QUrl& url) { m_market.stripe().pay(url); });
    t->start();
    if (!test::CheckoutMarket::finish(*t) || t->status() != Transaction::Status::Done) {
        qWarning("buying %s failed: %s", qPrintable(module), qPrintable(test::CheckoutMarket::failure(*t)));
        return {};
    }
    if (orderId)
        *orderId = t->orderId();
    return profile;
}

void tst_CheckoutE2e::oneTimePurchaseInstallsAndLoads()
{
    QString failed;
    const QString profile = m_market.newProfile(&failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto t = m_market.transaction(profile, u"invoice-designer"_s, u"one_time"_s);
    QSignalSpy stepSpy(t.get(), &CheckoutTransaction::stepChanged);
    QSignalSpy ready(t.get(), &CheckoutTransaction::checkoutReady);
    test::BrowserVisit visit;
    t->setBrowserOpener([&](const QUrl& url) { visit = m_market.stripe().pay(url); });
    t->start();
    QVERIFY(test::CheckoutMarket::finish(*t));
    QVERIFY2(t->status() == Transaction::Status::Done, qPrintable(test::CheckoutMarket::failure(*t)));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready[0][0].toUrl(), t->checkoutUrl());
    QVERIFY(t->orderId().startsWith(u"ord-"_s));

    // The browser ended on the app's loopback page, sent there by modmarketd with the nonce.
    QCOMPARE(visit.status, 200);
    QVERIFY2(visit.body.contains("You can close this tab"), visit.body.constData());
    QCOMPARE(visit.finalUrl.port(), t->callbackUrl().port());
    QVERIFY(visit.finalUrl.query().contains(u"order="_s + t->orderId()));
    QVERIFY(steps(stepSpy).contains(Step::WaitingForPayment));
    QCOMPARE(steps(stepSpy).last(), Step::Finished);

    // Stored and valid offline, as a one-time license that never ends.
    QVERIFY(t->license() && t->license()->license);
    QCOMPARE(t->license()->status, LicenseStatus::Valid);
    QCOMPARE(t->license()->license->plan, licensing::LicensePlan::OneTime);
    QVERIFY(!t->license()->license->expiresAtAll());
    auto* service = m_market.licenses(profile);
    QVERIFY(service);
    const auto check = service->check(u"invoice-designer"_s);
    QVERIFY2(check, qPrintable(why(check)));
    QCOMPARE(check->license->id, t->license()->license->id);
    QCOMPARE(t->order()->status, checkout::OrderStatus::Fulfilled);

    // Installed like `modmarket-cli install` does, and licensed in the host's eyes.
    const QString installed = m_market.install(profile, u"invoice-designer"_s);
    QVERIFY2(installed.isEmpty(), qPrintable(installed));
    auto host = modmarket::Host::open(profile);
    QVERIFY2(host, qPrintable(why(host)));
    const auto module = host->module(u"invoice-designer"_s);
    QVERIFY2(module, qPrintable(why(module)));
    QVERIFY2(module->license.usable(), qPrintable(module->license.message));
    QCOMPARE(module->license.statusName(), u"valid"_s);
}

void tst_CheckoutE2e::subscriptionRenewsAndCancels()
{
    QString orderId;
    const QString profile = bought(u"team-chat"_s, u"monthly"_s, &orderId);
    QVERIFY(!profile.isEmpty());
    auto* service = m_market.licenses(profile);
    QVERIFY(service);
    const auto first = service->check(u"team-chat"_s);
    QVERIFY2(first, qPrintable(why(first)));
    QCOMPARE(first->status, LicenseStatus::Valid);
    QCOMPARE(first->license->plan, licensing::LicensePlan::Subscription);
    QVERIFY(first->license->expiresAtAll());
    QVERIFY(first->license->expires > QDateTime::currentDateTimeUtc().addDays(25));
    const QString installed = m_market.install(profile, u"team-chat"_s);
    QVERIFY2(installed.isEmpty(), qPrintable(installed));

    const QString subscription =
        m_market.completedEvent(orderId)[u"data"_s][u"object"_s][u"subscription"_s].toString();
    QVERIFY2(subscription.startsWith(u"sub_"_s), qPrintable(subscription));

    // A new period is paid: the client's refresh brings a fresh document reaching further.
    const QJsonObject renewed =
        m_market.stripe().control("POST", u"/_test/subscriptions/%1/renew"_s.arg(subscription));
    QVERIFY2(!renewed.contains(u"error"_s), QJsonDocument(renewed).toJson().constData());
    QDateTime renewedExpiry;
    const auto refreshedToANewLicense = [&] {
        if (!licensing::LicenseRefresh::run(*service, m_market.url()))
            return false;
        const auto now = service->check(u"team-chat"_s);
        if (!now || !now->license || now->license->id == first->license->id)
            return false;
        renewedExpiry = now->license->expires;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refreshedToANewLicense(), 60000);
    QVERIFY(renewedExpiry > first->license->expires.addDays(25));

    // Cancelled at Stripe: the license keeps working until it runs out, but cannot be renewed.
    const auto beforeCancel = service->check(u"team-chat"_s);
    m_market.stripe().control("POST", u"/_test/subscriptions/%1/cancel"_s.arg(subscription));
    const auto deleted = m_market.stripe().eventsOfType(u"customer.subscription.deleted"_s);
    QVERIFY(!deleted.isEmpty());
    QVERIFY(!m_market.stripe().waitForDeliveries(deleted.last()[u"id"_s].toString()).isEmpty());
    const auto refused =
        licensing::LicenseRenewal::renew(*service, m_market.url(), beforeCancel->license->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    const auto afterCancel = service->check(u"team-chat"_s);
    QVERIFY2(afterCancel, qPrintable(why(afterCancel)));
    QCOMPARE(afterCancel->status, LicenseStatus::Valid);
    QCOMPARE(afterCancel->license->id, beforeCancel->license->id);
    auto host = modmarket::Host::open(profile);
    QVERIFY(host);
    QVERIFY(host->module(u"team-chat"_s)->license.usable());
    const test::HttpAnswer state = m_market.stripe().api("GET", u"/v1/subscriptions/%1"_s.arg(subscription));
    QCOMPARE(state.json()[u"status"_s].toString(), u"canceled"_s);
}

void tst_CheckoutE2e::usageIsRecordedAndBilledOnce()
{
    const QString profile = bought(u"sms-notify"_s, u"usage"_s);
    QVERIFY(!profile.isEmpty());
    const QString installed = m_market.install(profile, u"sms-notify"_s);
    QVERIFY2(installed.isEmpty(), qPrintable(installed));
    auto host = modmarket::Host::open(profile);
    QVERIFY(host);
    QVERIFY(host->module(u"sms-notify"_s)->license.usable());
    const auto first = host->recordUsage(u"sms-notify"_s, 3);
    const auto second = host->recordUsage(u"sms-notify"_s, 4);
    QVERIFY2(first && second, qPrintable(why(first) + why(second)));
    QCOMPARE(host->recordUsage(u"sms-notify"_s, 0).error().code, ErrorCode::InvalidInput);
    QCOMPARE(host->recordUsage(u"crm-sync"_s, 1).error().code, ErrorCode::NotFound);

    auto opened = Profile::open(profile);
    QVERIFY(opened);
    auto ledger = usage::UsageLedger::open(usage::UsageLedger::pathIn(profile));
    QVERIFY(ledger);
    usage::UsageReporter reporter(**ledger, m_market.url());
    const auto report = reporter.report(u"sms-notify"_s);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->sent, 2);
    QCOMPARE(report->acknowledged, 2);
    QCOMPARE(report->total.units, 7);
    QCOMPARE(report->total.billableUnits, 7); // sms-notify includes no units
    QCOMPARE(report->total.amount, (pricing::Money{7 * 7, u"EUR"_s}));
    QVERIFY((*ledger)->unreported(u"sms-notify"_s, 10)->isEmpty());

    // Stripe got one meter event per record, keyed by the record's id.
    const auto meterTotal = [this](const QStringList& ids) {
        qint64 sum = 0;
        int count = 0;
        for (const QJsonValue& e :
             m_market.stripe().control("GET", u"/_test/meter_events"_s)[u"data"_s].toArray())
            if (ids.contains(e[u"identifier"_s].toString())) {
                sum += e[u"payload"_s][u"value"_s].toString().toLongLong(); // form values are strings
                ++count;
            }
        return std::pair{count, sum};
    };
    QCOMPARE(meterTotal({*first, *second}), (std::pair{2, qint64(7)}));

    // The answer got lost: the rows go again, and nothing is counted twice.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lost-answer"_s);
        db.setDatabaseName(usage::UsageLedger::pathIn(profile));
        QVERIFY(db.open());
        QSqlQuery reset(db);
        QVERIFY(reset.exec(u"UPDATE usage SET reported = 0"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"lost-answer"_s);
    const auto again = reporter.report(u"sms-notify"_s);
    QVERIFY2(again, qPrintable(why(again)));
    QCOMPARE(again->sent, 2);
    QCOMPARE(again->total.units, 7);
    QCOMPARE(reporter.total(u"sms-notify"_s)->units, 7);
    QCOMPARE(meterTotal({*first, *second}), (std::pair{2, qint64(7)}));

    // New usage after that counts.
    QVERIFY(host->recordUsage(u"sms-notify"_s, 5));
    const auto all = reporter.reportAll();
    QVERIFY2(all, qPrintable(why(all)));
    QCOMPARE(all->reports.size(), 1);
    QCOMPARE(all->reports[0].total.units, 12);
}

QTEST_GUILESS_MAIN(tst_CheckoutE2e)
#include "tst_checkout_e2e.moc"
