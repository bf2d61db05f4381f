// Checkout on a real modmarketd without a working Stripe (its API URL is a closed port, or a
// listener that never answers): prices per tier, what a purchase refuses before Stripe is asked,
// orders of other tenants, the completion pages, and a slow Stripe that must not stall the server.
// Webhooks are in tst_server_webhooks, purchases through the fake Stripe in tst_server_purchase.
#include "tests/server/BillingTestUtil.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mm::test;
using namespace mm::test::billing;

namespace {

const QByteArray secret = "whsec_checkout_test_secret";

} // namespace

class tst_ServerCheckout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutKeyNoPayments();
    void pricingPerTier();
    void purchaseInputChecks();
    void stripeDownFailsTheOrder();
    void otherTenantsOrderIsForbidden();
    void completionPages();
    void cancelPageCancels();
    void slowStripeDoesNotStall();

private:
    ServerProcess m_server;
    ServerProcess m_free; // no Stripe key at all
};

void tst_ServerCheckout::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    for (ServerProcess* server : {&m_server, &m_free}) {
        const QString seed = server->dataDir() + u"/seed.json"_s;
        QVERIFY(billingCatalog().writeSeed(seed));
        QVERIFY(server->import(seed));
    }
    qunsetenv("MODMARKETD_STRIPE_SECRET_KEY");
    qunsetenv("MODMARKETD_STRIPE_WEBHOOK_SECRET");
    QVERIFY2(m_free.start(false), qPrintable(m_free.output()));
    qputenv("MODMARKETD_STRIPE_SECRET_KEY", "sk_test_checkout");
    qputenv("MODMARKETD_STRIPE_WEBHOOK_SECRET", secret);
    QVERIFY2(m_server.start(false, {u"--stripe-api"_s, u"http://127.0.0.1:1"_s}),
             qPrintable(m_server.output()));
    qunsetenv("MODMARKETD_STRIPE_SECRET_KEY");
    qunsetenv("MODMARKETD_STRIPE_WEBHOOK_SECRET");
}

void tst_ServerCheckout::withoutKeyNoPayments()
{
    const auto purchase =
        tenantCall(m_free, "POST", u"/modules/reports/purchase"_s, u"acme-a"_s, {{u"plan"_s, u"one_time"_s}});
    QCOMPARE(purchase.status, 503);
    QVERIFY(purchase.json()[u"error"_s][u"message"_s].toString().contains(u"does not take payments"_s));
    QCOMPARE(tenantCall(m_free, "POST", u"/billing/portal"_s, u"acme-a"_s).status, 503);
    QCOMPARE(postEvent(m_free, secret, stripeEvent(u"evt_x"_s, u"ping"_s, {{u"id"_s, u"x"_s}})).status, 503);
    QCOMPARE(tenantCall(m_free, "GET", u"/modules/reports/pricing"_s, u"acme-a"_s).status, 200);
}

void tst_ServerCheckout::pricingPerTier()
{
    QVERIFY(setTier(m_server, u"big-corp"_s, u"enterprise"_s));
    QVERIFY(setTier(m_server, u"mid-corp"_s, u"business"_s));
    const auto small = tenantCall(m_server, "GET", u"/modules/reports/pricing"_s, u"small-shop"_s).json();
    QCOMPARE(small[u"tier"_s].toString(), u"free"_s);
    QCOMPARE(small[u"discount_percent"_s].toInt(), 0);
    QCOMPARE(small[u"one_time"_s][u"amount"_s].toInteger(), 4900);
    QVERIFY(small[u"owned"_s].isNull());
    const auto big = tenantCall(m_server, "GET", u"/modules/reports/pricing"_s, u"big-corp"_s).json();
    QCOMPARE(big[u"discount_percent"_s].toInt(), 20);
    QCOMPARE(big[u"one_time"_s][u"list_amount"_s].toInteger(), 4900);
    QCOMPARE(big[u"one_time"_s][u"amount"_s].toInteger(), 3920);
    const auto crm = tenantCall(m_server, "GET", u"/modules/crm-sync/pricing"_s, u"mid-corp"_s).json();
    QCOMPARE(crm[u"model"_s].toString(), u"subscription"_s);
    QCOMPARE(crm[u"trial_days"_s].toInt(), 14);
    QCOMPARE(crm[u"plans"_s][1][u"id"_s].toString(), u"yearly"_s);
    QCOMPARE(crm[u"plans"_s][0][u"amount"_s].toInteger(), 2610);
    QCOMPARE(crm[u"plans"_s][1][u"amount"_s].toInteger(), 26100);
    // An enterprise tenant gets the highest discount it qualifies for: business's 10 %.
    const auto crmBig = tenantCall(m_server, "GET", u"/modules/crm-sync/pricing"_s, u"big-corp"_s).json();
    QCOMPARE(crmBig[u"plans"_s][0][u"amount"_s].toInteger(), 2610);
    const auto meter = tenantCall(m_server, "GET", u"/modules/meter/pricing"_s, u"big-corp"_s).json();
    QCOMPARE(meter[u"discount_percent"_s].toInt(), 0);
    QCOMPARE(meter[u"usage"_s][u"unit_amount"_s].toInteger(), 2);
    QCOMPARE(meter[u"usage"_s][u"included_units"_s].toInteger(), 10000);
    QCOMPARE(tenantCall(m_server, "GET", u"/modules/nope/pricing"_s, u"big-corp"_s).status, 404);
}

void tst_ServerCheckout::purchaseInputChecks()
{
    const auto buy = [&](const QString& module, const QJsonObject& body, const QString& tenant = u"buyer"_s) {
        return tenantCall(m_server, "POST", u"/modules/%1/purchase"_s.arg(module), tenant, body);
    };
    const QString nonce = u"abcdefghijklmnop_-0123"_s;
    QCOMPARE(buy(u"nope"_s, {{u"plan"_s, u"one_time"_s}}).status, 404);
    QCOMPARE(buy(u"notes"_s, {{u"plan"_s, u"one_time"_s}}).status, 409);
    const auto unknownPlan = buy(u"crm-sync"_s, {{u"plan"_s, u"weekly"_s}});
    QCOMPARE(unknownPlan.status, 400);
    QVERIFY(unknownPlan.json()[u"error"_s][u"message"_s].toString().contains(u"weekly"_s));
    QCOMPARE(buy(u"reports"_s, {}).status, 400);
    // Without a token nobody buys: the tenant comes from the token, never from the request.
    QCOMPARE(httpRequest("POST", apiUrl(m_server, u"/modules/reports/purchase"_s), R"({"plan": "one_time"})")
                 .status,
             401);
    for (const QString& callback :
         {u"http://evil.example/cb"_s, u"https://127.0.0.1:5000/cb"_s, u"http://127.0.0.1/cb"_s,
          u"http://localhost:5000/cb"_s, u"http://127.0.0.1:5000"_s, u"http://user@127.0.0.1:5000/cb"_s,
          u"javascript:alert(1)"_s, u"http://10.0.0.1:5000/cb"_s}) {
        const auto answer =
            buy(u"reports"_s, {{u"plan"_s, u"one_time"_s}, {u"callback"_s, callback}, {u"nonce"_s, nonce}});
        QVERIFY2(answer.status == 400, qPrintable(callback));
        QVERIFY(answer.json()[u"error"_s][u"message"_s].toString().contains(u"callback"_s));
    }
    QCOMPARE(buy(u"reports"_s, {{u"plan"_s, u"one_time"_s}, {u"callback"_s, u"http://127.0.0.1:5000/cb"_s}})
                 .status,
             400);
    QCOMPARE(buy(u"reports"_s, {{u"plan"_s, u"one_time"_s},
                                {u"callback"_s, u"http://127.0.0.1:5000/cb"_s},
                                {u"nonce"_s, u"short"_s}})
                 .status,
             400);
    QCOMPARE(buy(u"reports"_s, {{u"plan"_s, u"one_time"_s},
                                {u"callback"_s, u"http://127.0.0.1:5000/cb"_s},
                                {u"nonce"_s, u"has spaces in it, which is wrong"_s}})
                 .status,
             400);
    QCOMPARE(count(m_server, u"SELECT COUNT(*) FROM orders WHERE tenant = 'buyer'"_s), 0);
}

void tst_ServerCheckout::stripeDownFailsTheOrder()
{
    const auto answer = tenantCall(m_server, "POST", u"/modules/reports/purchase"_s, u"unlucky"_s,
                                   {{u"plan"_s, u"one_time"_s},
                                    {u"callback"_s, u"http://[::1]:5000/cb"_s},
                                    {u"nonce"_s, u"abcdefghijklmnop"_s}});
    QCOMPARE(answer.status, 502);
    QVERIFY(answer.json()[u"error"_s][u"message"_s].toString().contains(u"Stripe"_s));
    QCOMPARE(count(m_server, u"SELECT COUNT(*) FROM orders WHERE tenant = 'unlucky' AND status = 'failed'"_s),
             1);
}

void tst_ServerCheckout::otherTenantsOrderIsForbidden()
{
    const QString order = insertOrder(m_server, u"owner"_s, u"reports"_s, 4900, u"cs_own"_s);
    QCOMPARE(tenantCall(m_server, "GET", u"/orders/"_s + order, u"owner"_s).status, 200);
    QCOMPARE(tenantCall(m_server, "GET", u"/orders/"_s + order, u"intruder"_s).status, 403);
    QCOMPARE(tenantCall(m_server, "POST", u"/orders/%1/cancel"_s.arg(order), u"intruder"_s).status, 403);
    QCOMPARE(tenantCall(m_server, "GET", u"/orders/"_s + order, u"owner"_s).json()[u"status"_s].toString(),
             u"pending"_s);
    const auto cancelled = tenantCall(m_server, "POST", u"/orders/%1/cancel"_s.arg(order), u"owner"_s);
    QCOMPARE(cancelled.json()[u"status"_s].toString(), u"cancelled"_s);
    QCOMPARE(tenantCall(m_server, "POST", u"/orders/%1/cancel"_s.arg(order), u"owner"_s).status, 409);
}

void tst_ServerCheckout::completionPages()
{
    const QString nonce = u"Nonce_0123456789-abc"_s;
    const QString order = insertOrder(m_server, u"pages"_s, u"reports"_s, 4900, u"cs_pages"_s,
                                      u"http://127.0.0.1:45123/checkout"_s, nonce);
    QUrl url = m_server.url();
    url.setPath(u"/checkout/complete"_s);
    url.setQuery(u"order=%1&session_id=cs_pages"_s.arg(order));
    const RawPage redirect = getPage(url);
    QCOMPARE(redirect.status, 302);
    const QUrl target = QUrl::fromEncoded(redirect.location);
    QCOMPARE(target.host(), u"127.0.0.1"_s);
    QCOMPARE(target.port(), 45123);
    QCOMPARE(target.path(), u"/checkout"_s);
    const QUrlQuery query(target);
    QCOMPARE(query.queryItemValue(u"order"_s), order);
    QCOMPARE(query.queryItemValue(u"nonce"_s), nonce);
    QCOMPARE(query.queryItemValue(u"result"_s), u"complete"_s);

    // Without a callback: a page that reports what the order says, and never claims payment.
    const QString plain = insertOrder(m_server, u"pages"_s, u"reports"_s, 4900, u"cs_plain"_s);
    url.setQuery(u"order=%1"_s.arg(plain));
    const RawPage waiting = getPage(url);
    QCOMPARE(waiting.status, 200);
    QVERIFY(waiting.body.contains("Waiting for payment confirmation"));
    QVERIFY(!waiting.body.contains("Payment received"));
    // Whatever arrives in the query is escaped.
    url.setQuery(u"order=%3Cscript%3Ealert(1)%3C/script%3E"_s);
    const RawPage hostile = getPage(url);
    QCOMPARE(hostile.status, 404);
    QVERIFY(!hostile.body.contains("<script>"));
    QVERIFY(hostile.body.contains("&lt;script&gt;"));
}

void tst_ServerCheckout::cancelPageCancels()
{
    const QString order = insertOrder(m_server, u"leaver"_s, u"reports"_s, 4900, u"cs_leave"_s);
    QUrl url = m_server.url();
    url.setPath(u"/checkout/cancel"_s);
    url.setQuery(u"order="_s + order);
    const RawPage page = getPage(url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Checkout cancelled"));
    QCOMPARE(tenantCall(m_server, "GET", u"/orders/"_s + order, u"leaver"_s).json()[u"status"_s].toString(),
             u"cancelled"_s);
}

void tst_ServerCheckout::slowStripeDoesNotStall()
{
    // A "Stripe" that accepts connections and never answers: the purchase waits for it, and the
    // server keeps answering everyone else meanwhile.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ServerProcess slow;
    const QString seed = slow.dataDir() + u"/seed.json"_s;
    QVERIFY(billingCatalog().writeSeed(seed));
    QVERIFY(slow.import(seed));
    qputenv("MODMARKETD_STRIPE_SECRET_KEY", "sk_test_slow");
    qputenv("MODMARKETD_STRIPE_WEBHOOK_SECRET", secret);
    const bool started =
        slow.start(false, {u"--stripe-api"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort())});
    qunsetenv("MODMARKETD_STRIPE_SECRET_KEY");
    qunsetenv("MODMARKETD_STRIPE_WEBHOOK_SECRET");
    QVERIFY2(started, qPrintable(slow.output()));

    QNetworkAccessManager network;
    QNetworkRequest request(apiUrl(slow, u"/modules/reports/purchase"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", tenantUser(slow, u"patient"_s).bearer());
    QNetworkReply* purchase = network.post(request, QByteArrayLiteral(R"({"plan": "one_time"})"));
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 20000); // modmarketd asked "Stripe"
    const auto health = apiGet(slow, u"/health"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(tenantCall(slow, "GET", u"/modules/reports/pricing"_s, u"other"_s).status, 200);
    QVERIFY(!purchase->isFinished());
    purchase->abort();
    purchase->deleteLater();
}

QTEST_GUILESS_MAIN(tst_ServerCheckout)
#include "tst_server_checkout.moc"
