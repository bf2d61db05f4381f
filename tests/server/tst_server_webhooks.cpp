// Stripe webhooks on a real modmarketd, signed by the test itself (Stripe's API URL is a closed
// port): every forged, stale, altered or malformed delivery is refused with a log line and changes
// nothing; replays and events that match no pending order are acknowledged and change nothing; a
// good event fulfils its order exactly once, and a full refund revokes the license.
#include "tests/server/BillingTestUtil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::test;
using namespace mm::test::billing;

namespace {

const QByteArray secret = "whsec_checkout_test_secret";

QJsonObject paidSession(const QString& sessionId, const QString& order, qint64 amount,
                        const QString& currency, const QString& intent)
{
    return {{u"id"_s, sessionId},
            {u"object"_s, u"checkout.session"_s},
            {u"mode"_s, u"payment"_s},
            {u"status"_s, u"complete"_s},
            {u"payment_status"_s, u"paid"_s},
            {u"amount_total"_s, amount},
            {u"currency"_s, currency},
            {u"payment_intent"_s, intent},
            {u"client_reference_id"_s, order},
            {u"metadata"_s, QJsonObject{{u"order"_s, order}}}};
}

} // namespace

class tst_ServerWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedWebhooks_data();
    void refusedWebhooks();
    void fulfilsExactlyOnce();
    void mismatchingEventsChangeNothing_data();
    void mismatchingEventsChangeNothing();
    void fullRefundRevokes();
    void subscriptionNeedsStripe();

private:
    void expectLog(const QString& text);

    ServerProcess m_server;
};

void tst_ServerWebhooks::initTestCase()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "MM_MODMARKETD is not set; run through ctest");
    const QString seed = m_server.dataDir() + u"/seed.json"_s;
    QVERIFY(billingCatalog().writeSeed(seed));
    QVERIFY(m_server.import(seed));
    qputenv("MODMARKETD_STRIPE_SECRET_KEY", "sk_test_webhooks");
    qputenv("MODMARKETD_STRIPE_WEBHOOK_SECRET", secret);
    const bool started = m_server.start(false, {u"--stripe-api"_s, u"http://127.0.0.1:1"_s});
    qunsetenv("MODMARKETD_STRIPE_SECRET_KEY");
    qunsetenv("MODMARKETD_STRIPE_WEBHOOK_SECRET");
    QVERIFY2(started, qPrintable(m_server.output()));
}

void tst_ServerWebhooks::expectLog(const QString& text)
{
    QTRY_VERIFY2_WITH_TIMEOUT(m_server.output().contains(text), qPrintable(u"no log line: "_s + text), 20000);
}

void tst_ServerWebhooks::refusedWebhooks_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    const QString order = insertOrder(m_server, u"hooked"_s, u"reports"_s, 4900, u"cs_refused"_s);
    const QByteArray body =
        QJsonDocument(stripeEvent(u"evt_refused"_s, u"checkout.session.completed"_s,
                                  paidSession(u"cs_refused"_s, order, 4900, u"eur"_s, u"pi_r"_s)))
            .toJson(QJsonDocument::Compact);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto header = [&](qint64 t, const QByteArray& signedBody, const QByteArray& key) -> QByteArray {
        return "t=" + QByteArray::number(t) +
               ",v1=" + mm::server::billing::StripeSignature::sign(t, signedBody, key);
    };
    QByteArray altered = body;
    altered.replace("4900", "4901");
    QTest::newRow("missing") << QByteArray() << body << u"header is missing"_s;
    QTest::newRow("malformed") << QByteArray("v1=abc") << body << u"malformed"_s;
    QTest::newRow("wrong secret") << header(now, body, "whsec_other") << body << u"no v1 signature matches"_s;
    QTest::newRow("old timestamp") << header(now - 400, body, secret) << body << u"more than 300 seconds"_s;
    QTest::newRow("future timestamp")
        << header(now + 400, body, secret) << body << u"more than 300 seconds"_s;
    QTest::newRow("modified body") << header(now, body, secret) << altered << u"no v1 signature matches"_s;
    QTest::newRow("v0 only") << QByteArray("t=" + QByteArray::number(now) + ",v0=" +
                                           mm::server::billing::StripeSignature::sign(now, body, secret))
                             << body << u"malformed"_s;
    const QByteArray notEvent = R"({"id": "x", "object": "charge"})";
    QTest::newRow("not an event") << header(now, notEvent, secret) << notEvent
                                  << u"not a Stripe event object"_s;
}

void tst_ServerWebhooks::refusedWebhooks()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    HttpHeaders headers;
    if (!header.isEmpty())
        headers.append({"Stripe-Signature", header});
    const auto answer = httpRequest("POST", apiUrl(m_server, u"/stripe/webhook"_s), body, headers);
    QCOMPARE(answer.status, 400);
    expectLog(u"stripe webhook refused: "_s);
    QVERIFY2(m_server.output().contains(reason), qPrintable(reason));
    QCOMPARE(count(m_server, u"SELECT COUNT(*) FROM stripe_events WHERE id = 'evt_refused'"_s), 0);
    QCOMPARE(count(m_server, u"SELECT COUNT(*) FROM orders WHERE tenant = 'hooked' AND status = 'pending'"_s),
             1);
}

void tst_ServerWebhooks::fulfilsExactlyOnce()
{
    const QString order = insertOrder(m_server, u"once"_s, u"reports"_s, 4900, u"cs_once"_s);
    QVERIFY(!order.isEmpty());
    const QJsonObject event = stripeEvent(u"evt_once"_s, u"checkout.session.completed"_s,
                                          paidSession(u"cs_once"_s, order, 4900, u"eur"_s, u"pi_once"_s));
    const auto first = postEvent(m_server, secret, event);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()[u"outcome"_s].toString(), u"handled"_s);
    const auto replay = postEvent(m_server, secret, event);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json()[u"outcome"_s].toString(), u"duplicate"_s);
    // The same session again under a new event id: the order is no longer pending.
    const auto again = postEvent(m_server, secret,
                                 stripeEvent(u"evt_once_2"_s, u"checkout.session.completed"_s,
                                             paidSession(u"cs_once"_s, order, 4900, u"eur"_s, u"pi_once"_s)));
    QCOMPARE(again.json()[u"outcome"_s].toString(), u"ignored"_s);
    expectLog(u"is fulfilled, not pending"_s);

    const auto answer = tenantCall(m_server, "GET", u"/orders/"_s + order, u"once"_s).json();
    QCOMPARE(answer[u"status"_s].toString(), u"fulfilled"_s);
    QCOMPARE(answer[u"license"_s][u"plan"_s].toString(), u"one-time"_s);
    QVERIFY(answer[u"license"_s][u"expires"_s].isNull());
    QVERIFY(answer[u"license"_s][u"document"_s].toString().contains(u"modmarket-signed/1"_s));
    const auto licenses = tenantCall(m_server, "GET", u"/licenses"_s, u"once"_s).json();
    QCOMPARE(licenses[u"items"_s].toArray().size(), 1);
    QCOMPARE(count(m_server, u"SELECT COUNT(*) FROM payments WHERE order_id = ?"_s, {order}), 1);
    QCOMPARE(count(m_server, u"SELECT amount FROM payments WHERE id = 'pi_once'"_s), 4900);
    // Owned now: a second purchase is refused before Stripe is asked.
    QCOMPARE(
        tenantCall(m_server, "POST", u"/modules/reports/purchase"_s, u"once"_s, {{u"plan"_s, u"one_time"_s}})
            .status,
        409);
    QCOMPARE(tenantCall(m_server, "GET", u"/modules/reports/pricing"_s, u"once"_s)
                 .json()[u"owned"_s][u"license"_s],
             answer[u"license"_s][u"id"_s]);
}

void tst_ServerWebhooks::mismatchingEventsChangeNothing_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("session");
    QTest::addColumn<bool>("knownOrder");
    QTest::addColumn<QString>("log");
    QTest::newRow("amount") << qint64(100) << u"eur"_s << u"cs_mm"_s << true << u"charged 100 but order"_s;
    QTest::newRow("currency") << qint64(4900) << u"usd"_s << u"cs_mm"_s << true << u"is in USD"_s;
    QTest::newRow("session") << qint64(4900) << u"eur"_s << u"cs_other"_s << true << u"is not order"_s;
    QTest::newRow("unknown order") << qint64(4900) << u"eur"_s << u"cs_mm"_s << false
                                   << u"names unknown order"_s;
}

void tst_ServerWebhooks::mismatchingEventsChangeNothing()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, session);
    QFETCH(bool, knownOrder);
    QFETCH(QString, log);
    const QString tenant = newId(u"mm-"_s).toLower();
    const QString order = insertOrder(m_server, tenant, u"reports"_s, 4900, u"cs_mm"_s);
    const QString named = knownOrder ? order : u"ord-does-not-exist"_s;
    const QString eventId = newId(u"evt_"_s);
    const auto answer =
        postEvent(m_server, secret,
                  stripeEvent(eventId, u"checkout.session.completed"_s,
                              paidSession(session, named, amount, currency, newId(u"pi_"_s))));
    QCOMPARE(answer.status, 200); // acknowledged, so Stripe stops retrying
    QCOMPARE(answer.json()[u"outcome"_s].toString(), u"ignored"_s);
    expectLog(log);
    QCOMPARE(tenantCall(m_server, "GET", u"/orders/"_s + order, tenant).json()[u"status"_s].toString(),
             u"pending"_s);
    QCOMPARE(count(m_server, u"SELECT COUNT(*) FROM payments WHERE order_id = ?"_s, {order}), 0);
    QCOMPARE(tenantCall(m_server, "GET", u"/licenses"_s, tenant).json()[u"items"_s].toArray().size(), 0);
}

void tst_ServerWebhooks::fullRefundRevokes()
{
    const QString order = insertOrder(m_server, u"refundee"_s, u"reports"_s, 4900, u"cs_refund"_s);
    QCOMPARE(postEvent(m_server, secret,
                       stripeEvent(newId(u"evt_"_s), u"checkout.session.completed"_s,
                                   paidSession(u"cs_refund"_s, order, 4900, u"eur"_s, u"pi_refund"_s)))
                 .json()[u"outcome"_s]
                 .toString(),
             u"handled"_s);
    const auto refund = [&](qint64 refunded) {
        return postEvent(m_server, secret,
                         stripeEvent(newId(u"evt_"_s), u"charge.refunded"_s,
                                     {{u"id"_s, u"ch_refund"_s},
                                      {u"object"_s, u"charge"_s},
                                      {u"amount"_s, 4900},
                                      {u"amount_refunded"_s, refunded},
                                      {u"currency"_s, u"eur"_s},
                                      {u"payment_intent"_s, u"pi_refund"_s},
                                      {u"refunded"_s, refunded == 4900}}));
    };
    QCOMPARE(refund(900).json()[u"outcome"_s].toString(), u"handled"_s);
    QCOMPARE(tenantCall(m_server, "GET", u"/orders/"_s + order, u"refundee"_s).json()[u"status"_s].toString(),
             u"fulfilled"_s);
    QCOMPARE(count(m_server, u"SELECT refunded_amount FROM payments WHERE id = 'pi_refund'"_s), 900);
    QCOMPARE(refund(4900).json()[u"outcome"_s].toString(), u"handled"_s);
    const auto answer = tenantCall(m_server, "GET", u"/orders/"_s + order, u"refundee"_s).json();
    QCOMPARE(answer[u"status"_s].toString(), u"refunded"_s);
    QCOMPARE(answer[u"license"_s][u"revoked"_s].toBool(), true);
    QCOMPARE(count(m_server, u"SELECT refunded_amount FROM payments WHERE id = 'pi_refund'"_s), 4900);
}

void tst_ServerWebhooks::subscriptionNeedsStripe()
{
    // A subscription's period comes from Stripe; while Stripe cannot be asked, the event is not
    // recorded, so Stripe's retry handles it later.
    const QString order = insertOrder(m_server, u"subscriber"_s, u"ledger"_s, 900, u"cs_sub"_s);
    QJsonObject session = paidSession(u"cs_sub"_s, order, 900, u"eur"_s, {});
    session.insert(u"mode"_s, u"subscription"_s);
    session.insert(u"subscription"_s, u"sub_unreachable"_s);
    const auto answer = postEvent(m_server, secret,
                                  stripeEvent(u"evt_sub_retry"_s, u"checkout.session.completed"_s, session));
    QCOMPARE(answer.status, 502);
    QCOMPARE(count(m_server, u"SELECT COUNT(*) FROM stripe_events WHERE id = 'evt_sub_retry'"_s), 0);
    QCOMPARE(
        tenantCall(m_server, "GET", u"/orders/"_s + order, u"subscriber"_s).json()[u"status"_s].toString(),
        u"pending"_s);
}

QTEST_GUILESS_MAIN(tst_ServerWebhooks)
#include "tst_server_webhooks.moc"
