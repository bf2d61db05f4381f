// Buying through the fake Stripe end to end: modmarketd opens the Checkout Session (the test reads
// the wire request the fake received), a browser pays on the hosted page and is sent back through
// /checkout/complete to the app's callback, the signed webhook fulfils the order, and the license
// verifies offline. Then the subscription's renewal and cancellation, the portal and a refund
// (usage: tst_server_usage).
#include "tests/server/PurchaseFixture.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mm::test;
using namespace mm::test::billing;
using mm::licensing::LicenseStatus;

class tst_ServerPurchase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneTimeWithCallback();
    void subscriptionRenewsAndCancels();
    void trialSubscription();
    void duplicateDeliveriesFulfilOnce();
    void expiredSession();
    void portal();

private:
    PurchaseFixture m_f;
};

void tst_ServerPurchase::initTestCase()
{
    QVERIFY2(m_f.start(), qPrintable(m_f.server.output() + m_f.stripe.output()));
}

void tst_ServerPurchase::oneTimeWithCallback()
{
    QVERIFY(setTier(m_f.server, u"biz"_s, u"business"_s));
    const QString nonce = u"n0nce-for-the-app_123"_s;
    const QJsonObject bought =
        m_f.buy(u"biz"_s, u"reports"_s, u"one_time"_s, u"http://127.0.0.1:45999/checkout"_s, nonce);
    QCOMPARE(bought[u"status"_s].toInt(), 201);
    const QString order = bought[u"order"_s][u"id"_s].toString();
    QCOMPARE(bought[u"order"_s][u"amount"_s].toInteger(), 4410);
    QCOMPARE(bought[u"order"_s][u"status"_s].toString(), u"pending"_s);
    // Asking again while it is open gives the same order and session.
    const QJsonObject again = m_f.buy(u"biz"_s, u"reports"_s, u"one_time"_s);
    QCOMPARE(again[u"order"_s][u"id"_s].toString(), order);
    // The order is on record once, as the tenant's.
    const TestUser admin = adminUser(m_f.server);
    QVERIFY2(admin.isValid(), qPrintable(admin.error));
    const HttpAnswer audit =
        httpRequest("GET", apiUrl(m_f.server, u"/audit"_s, params({{u"action"_s, u"order.create"_s}})), {},
                    admin.headers());
    QVERIFY2(audit.status == 200, audit.body.constData());
    const QJsonArray entries = audit.json().value(u"items"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(u"target"_s).toString(), order);
    QCOMPARE(entries.at(0).toObject().value(u"detail"_s).toObject().value(u"tenant"_s).toString(), u"biz"_s);
    QCOMPARE(again[u"checkout_url"_s], bought[u"checkout_url"_s]);

    const QJsonObject request = m_f.sessionRequest(order);
    QVERIFY2(!request.isEmpty(), "no checkout session request with the order as Idempotency-Key");
    const QJsonObject params = request[u"params"_s].toObject();
    QCOMPARE(params[u"mode"_s].toString(), u"payment"_s);
    QCOMPARE(params[u"metadata"_s][u"order"_s].toString(), order);
    QCOMPARE(params[u"client_reference_id"_s].toString(), order);
    QVERIFY(params[u"customer"_s].toString().startsWith(u"cus_"_s));
    const QJsonObject price = params[u"line_items"_s][0][u"price_data"_s].toObject();
    QCOMPARE(price[u"unit_amount"_s].toString(), u"4410"_s);
    QCOMPARE(price[u"currency"_s].toString(), u"eur"_s);
    QVERIFY(params[u"success_url"_s].toString().contains(u"/checkout/complete?order="_s + order));

    const BrowserVisit visit = m_f.stripe.pay(QUrl(bought[u"checkout_url"_s].toString()));
    QVERIFY2(visit.hops.size() >= 2, visit.body.constData());
    QCOMPARE(visit.hops.at(0).path(), u"/checkout/complete"_s);
    const QUrl callback = visit.hops.last();
    QCOMPARE(callback.port(), 45999);
    QCOMPARE(QUrlQuery(callback).queryItemValue(u"nonce"_s), nonce);
    QCOMPARE(QUrlQuery(callback).queryItemValue(u"order"_s), order);

    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"biz"_s, order), u"fulfilled"_s, 30000);
    const QJsonObject license = m_f.order(u"biz"_s, order)[u"license"_s].toObject();
    QCOMPARE(license[u"plan"_s].toString(), u"one-time"_s);
    QCOMPARE(m_f.verify(license, u"biz"_s), LicenseStatus::Valid);
    QCOMPARE(m_f.licenses(u"biz"_s).size(), 1);
    QCOMPARE(m_f.buy(u"biz"_s, u"reports"_s, u"one_time"_s)[u"status"_s].toInt(), 409);

    // A full refund at Stripe revokes it.
    const QString charge =
        m_f.sessionState(bought[u"checkout_url"_s].toString())[u"charge"_s][u"id"_s].toString();
    QVERIFY(!charge.isEmpty());
    m_f.stripe.control("POST", u"/_test/charges/%1/refund"_s.arg(charge));
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"biz"_s, order), u"refunded"_s, 30000);
    QCOMPARE(m_f.order(u"biz"_s, order)[u"license"_s][u"revoked"_s].toBool(), true);
}

void tst_ServerPurchase::subscriptionRenewsAndCancels()
{
    const QJsonObject bought = m_f.buy(u"subs"_s, u"ledger"_s, u"monthly"_s);
    QCOMPARE(bought[u"status"_s].toInt(), 201);
    const QString order = bought[u"order"_s][u"id"_s].toString();
    const QJsonObject params = m_f.sessionRequest(order)[u"params"_s].toObject();
    QCOMPARE(params[u"mode"_s].toString(), u"subscription"_s);
    QCOMPARE(params[u"line_items"_s][0][u"price_data"_s][u"recurring"_s][u"interval"_s].toString(),
             u"month"_s);
    QCOMPARE(params[u"subscription_data"_s][u"metadata"_s][u"order"_s].toString(), order);
    QVERIFY(!params[u"subscription_data"_s].toObject().contains(u"trial_period_days"_s));

    m_f.stripe.pay(QUrl(bought[u"checkout_url"_s].toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"subs"_s, order), u"fulfilled"_s, 30000);
    const QJsonObject first = m_f.order(u"subs"_s, order)[u"license"_s].toObject();
    QCOMPARE(first[u"plan"_s].toString(), u"subscription"_s);
    QCOMPARE(m_f.verify(first, u"subs"_s), LicenseStatus::Valid);
    const QDateTime firstEnd = QDateTime::fromString(first[u"expires"_s].toString(), Qt::ISODate);
    QVERIFY(firstEnd > QDateTime::currentDateTimeUtc().addDays(27));

    const QString subscription =
        m_f.sessionState(bought[u"checkout_url"_s].toString())[u"subscription"_s][u"id"_s].toString();
    m_f.stripe.control("POST", u"/_test/subscriptions/%1/renew"_s.arg(subscription));
    QTRY_COMPARE_WITH_TIMEOUT(m_f.licenses(u"subs"_s).size(), 2, 30000);
    const QJsonObject renewed = m_f.order(u"subs"_s, order)[u"license"_s].toObject();
    QVERIFY(renewed[u"id"_s] != first[u"id"_s]);
    QVERIFY(QDateTime::fromString(renewed[u"expires"_s].toString(), Qt::ISODate) > firstEnd.addDays(27));
    QCOMPARE(m_f.verify(renewed, u"subs"_s), LicenseStatus::Valid);
    QCOMPARE(count(m_f.server, u"SELECT COUNT(*) FROM payments WHERE order_id = ?"_s, {order}), 2);

    m_f.stripe.control("POST", u"/_test/subscriptions/%1/cancel"_s.arg(subscription));
    QTRY_COMPARE_WITH_TIMEOUT(count(m_f.server, u"SELECT COUNT(*) FROM subscriptions WHERE tenant = 'subs'"
                                                u" AND status = 'canceled'"_s),
                              1, 30000);
    const QJsonObject after = m_f.order(u"subs"_s, order)[u"license"_s].toObject();
    QCOMPARE(after[u"revoked"_s].toBool(), false);
    QCOMPARE(after[u"expires"_s], renewed[u"expires"_s]);
}

void tst_ServerPurchase::trialSubscription()
{
    const QJsonObject bought = m_f.buy(u"trialist"_s, u"crm-sync"_s, u"monthly"_s);
    QCOMPARE(bought[u"status"_s].toInt(), 201);
    const QString order = bought[u"order"_s][u"id"_s].toString();
    QCOMPARE(
        m_f.sessionRequest(order)[u"params"_s][u"subscription_data"_s][u"trial_period_days"_s].toString(),
        u"14"_s);
    m_f.stripe.pay(QUrl(bought[u"checkout_url"_s].toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"trialist"_s, order), u"fulfilled"_s, 30000);
    const QJsonObject license = m_f.order(u"trialist"_s, order)[u"license"_s].toObject();
    QCOMPARE(license[u"plan"_s].toString(), u"trial"_s);
    const QDateTime ends = QDateTime::fromString(license[u"expires"_s].toString(), Qt::ISODate);
    QVERIFY(ends > QDateTime::currentDateTimeUtc().addDays(13) &&
            ends < QDateTime::currentDateTimeUtc().addDays(15));
    QCOMPARE(count(m_f.server, u"SELECT COUNT(*) FROM payments WHERE order_id = ?"_s, {order}), 0);
}

void tst_ServerPurchase::duplicateDeliveriesFulfilOnce()
{
    const QJsonObject bought = m_f.buy(u"dup"_s, u"reports"_s, u"one_time"_s);
    const QString order = bought[u"order"_s][u"id"_s].toString();
    const QString session = FakeStripeProcess::sessionIdFrom(QUrl(bought[u"checkout_url"_s].toString()));
    // Stripe delivers the same event three times, back to back.
    const QJsonObject completed = m_f.stripe.complete(session, {{u"duplicates"_s, 2}});
    const QString event = completed[u"events"_s][0].toString();
    QVERIFY(!event.isEmpty());
    const QJsonArray deliveries = m_f.stripe.waitForDeliveries(event, 3);
    QCOMPARE(deliveries.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"dup"_s, order), u"fulfilled"_s, 30000);
    QCOMPARE(m_f.licenses(u"dup"_s).size(), 1);
    QCOMPARE(count(m_f.server, u"SELECT COUNT(*) FROM payments WHERE order_id = ?"_s, {order}), 1);
    QCOMPARE(count(m_f.server, u"SELECT COUNT(*) FROM stripe_events WHERE id = ?"_s, {event}), 1);
}

void tst_ServerPurchase::expiredSession()
{
    const QJsonObject bought = m_f.buy(u"late"_s, u"reports"_s, u"one_time"_s);
    const QString order = bought[u"order"_s][u"id"_s].toString();
    m_f.stripe.expire(FakeStripeProcess::sessionIdFrom(QUrl(bought[u"checkout_url"_s].toString())));
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"late"_s, order), u"expired"_s, 30000);
    QCOMPARE(m_f.licenses(u"late"_s).size(), 0);
    // A new purchase opens a new order.
    const QJsonObject again = m_f.buy(u"late"_s, u"reports"_s, u"one_time"_s);
    QCOMPARE(again[u"status"_s].toInt(), 201);
    QVERIFY(again[u"order"_s][u"id"_s].toString() != order);
}

void tst_ServerPurchase::portal()
{
    QCOMPARE(tenantCall(m_f.server, "POST", u"/billing/portal"_s, u"never-bought"_s).status, 404);
    const QJsonObject bought = m_f.buy(u"portal-user"_s, u"ledger"_s, u"yearly"_s);
    QCOMPARE(bought[u"status"_s].toInt(), 201);
    const auto answer = tenantCall(m_f.server, "POST", u"/billing/portal"_s, u"portal-user"_s);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json()[u"url"_s].toString().contains(u"/p/session/"_s));
}

QTEST_GUILESS_MAIN(tst_ServerPurchase)
#include "tst_server_purchase.moc"
