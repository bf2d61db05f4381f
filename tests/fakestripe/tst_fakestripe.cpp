#include "tests/fakestripe/WebhookReceiver.h"
#include "tests/support/FakeStripeProcess.h"

#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using mm::test::FakeStripeProcess;
using mm::test::HttpAnswer;
using mm::test::WebhookReceiver;

namespace {

struct Signature
{
    QByteArray t;
    QByteArray v1;
};

Signature parseSignature(const QByteArray& header)
{
    Signature signature;
    for (const QByteArray& part : header.split(',')) {
        if (part.startsWith("t="))
            signature.t = part.mid(2);
        else if (part.startsWith("v1="))
            signature.v1 = part.mid(3);
    }
    return signature;
}

// The check modmarketd makes, written independently of the fake: HMAC-SHA256 over "t.body".
bool signatureMatches(const QByteArray& header, const QByteArray& body, const QByteArray& secret)
{
    const Signature signature = parseSignature(header);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(signature.t + '.' + body, secret, QCryptographicHash::Sha256)
            .toHex();
    return !signature.t.isEmpty() && signature.v1 == expected;
}

QJsonObject errorOf(const HttpAnswer& answer)
{
    return answer.json().value(u"error"_s).toObject();
}

} // namespace

class TestFakeStripe : public QObject
{
    Q_OBJECT

private:
    FakeStripeProcess m_stripe;
    WebhookReceiver m_receiver;

    QByteArray paymentForm(const QString& successPath = u"/done"_s) const
    {
        QUrlQuery form;
        form.addQueryItem(u"mode"_s, u"payment"_s);
        form.addQueryItem(u"success_url"_s,
                          m_receiver.url(successPath).toString() + u"?session={CHECKOUT_SESSION_ID}"_s);
        form.addQueryItem(u"cancel_url"_s, m_receiver.url(u"/cancelled"_s).toString());
        form.addQueryItem(u"client_reference_id"_s, u"ord-1"_s);
        form.addQueryItem(u"metadata[order]"_s, u"ord-1"_s);
        form.addQueryItem(u"line_items[0][price_data][currency]"_s, u"EUR"_s);
        form.addQueryItem(u"line_items[0][price_data][unit_amount]"_s, u"4900"_s);
        form.addQueryItem(u"line_items[0][price_data][product_data][name]"_s, u"Reports Pro"_s);
        form.addQueryItem(u"line_items[0][quantity]"_s, u"1"_s);
        return form.query(QUrl::FullyEncoded).toUtf8();
    }

    QByteArray subscriptionForm(const QByteArray& extra = {}) const
    {
        return "mode=subscription&success_url=" +
               QUrl::toPercentEncoding(m_receiver.url(u"/done"_s).toString()) +
               "&line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=2900"
               "&line_items[0][price_data][product_data][name]=CRM+Sync"
               "&line_items[0][price_data][recurring][interval]=month&line_items[0][quantity]=1"
               "&metadata[order]=ord-sub&subscription_data[metadata][order]=ord-sub" +
               extra;
    }

    // The event's delivered body, after waiting for it to arrive at the receiver.
    QJsonObject delivered(const QString& eventId)
    {
        const bool arrived =
            QTest::qWaitFor([&] { return !m_receiver.deliveriesOf(eventId).isEmpty(); }, 30000);
        return arrived ? m_receiver.deliveriesOf(eventId).first().event() : QJsonObject{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        QVERIFY2(m_stripe.start(m_receiver.url(u"/webhook"_s)), qPrintable(m_stripe.output()));
    }

    void parsesBracketFormsIntoNestedObjectsAndArrays()
    {
        // Indexes out of order, percent-encoded brackets, "+" for space, "[]" appends.
        const QByteArray form =
            "mode=payment&success_url=http%3A%2F%2F127.0.0.1%3A9%2Fok"
            "&line_items[1][price_data][currency]=eur&line_items[1][price_data][unit_amount]=100"
            "&line_items[1][price_data][product_data][name]=Second&line_items[1][quantity]=3"
            "&line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=eur&line_items[0][price_data][unit_amount]=4900"
            "&line_items[0][price_data][product_data][name]=First+item%21&line_items[0][quantity]=2"
            "&metadata[note]=a%26b+c%3Dd&metadata[order]=ord-%C3%A9&expand[]=x&expand[]=y";
        const HttpAnswer answer = m_stripe.api("POST", u"/v1/checkout/sessions"_s, form);
        QCOMPARE(answer.status, 200);
        const QJsonObject session = answer.json();
        QCOMPARE(session.value(u"amount_total"_s).toInteger(), 4900 * 2 + 100 * 3);
        QCOMPARE(session.value(u"metadata"_s).toObject().value(u"note"_s).toString(), u"a&b c=d"_s);
        QCOMPARE(session.value(u"metadata"_s).toObject().value(u"order"_s).toString(), u"ord-é"_s);

        const QJsonObject request = m_stripe.requests().last().toObject();
        QCOMPARE(request.value(u"body"_s).toString(), QString::fromUtf8(form));
        const QJsonObject params = request.value(u"params"_s).toObject();
        const QJsonArray lines = params.value(u"line_items"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)[u"price_data"_s][u"product_data"_s][u"name"_s].toString(), u"First item!"_s);
        QCOMPARE(lines.at(0)[u"price_data"_s][u"currency"_s].toString(), u"eur"_s);
        QCOMPARE(lines.at(1)[u"quantity"_s].toString(), u"3"_s);
        QCOMPARE(params.value(u"expand"_s).toArray(), (QJsonArray{u"x"_s, u"y"_s}));

        const QJsonObject state =
            m_stripe.control("GET", u"/_test/sessions/"_s + session[u"id"_s].toString() + u"/state"_s);
        QCOMPARE(state[u"params"_s][u"lines"_s].toArray().at(0)[u"name"_s].toString(), u"First item!"_s);
    }

    void refusesMissingOrWrongKeys()
    {
        const HttpAnswer none =
            mm::test::httpRequest("GET", m_stripe.url().resolved(QUrl(u"/v1/customers/cus_x"_s)));
        QCOMPARE(none.status, 401);
        QCOMPARE(errorOf(none).value(u"type"_s).toString(), u"invalid_request_error"_s);
        QVERIFY(errorOf(none).value(u"message"_s).toString().contains(u"API key"_s));

        const HttpAnswer wrong =
            mm::test::httpRequest("GET", m_stripe.url().resolved(QUrl(u"/v1/customers/cus_x"_s)), {},
                                  {{"Authorization", "Bearer sk_test_wrong_key_123456"}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(errorOf(wrong).value(u"message"_s).toString().startsWith(u"Invalid API Key provided"_s));
        QVERIFY(!wrong.body.contains("sk_test_wrong_key_123456"));

        // HTTP Basic with the key as the user name is accepted too.
        const QByteArray basic = "Basic " + QByteArray(FakeStripeProcess::apiKey().toUtf8() + ':').toBase64();
        const HttpAnswer created = mm::test::httpRequest(
            "POST", m_stripe.url().resolved(QUrl(u"/v1/customers"_s)), "email=a%40example.com",
            {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(created.status, 200);
        QVERIFY(created.json().value(u"id"_s).toString().startsWith(u"cus_"_s));
        QCOMPARE(created.json().value(u"email"_s).toString(), u"a@example.com"_s);
    }

    void namesMissingAndInvalidParams_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("code");
        const QByteArray line =
            "&line_items[0][price_data][currency]=eur&line_items[0][price_data][product_data][name]=X";
        QTest::newRow("no mode") << QByteArray("success_url=http%3A%2F%2Fa.test%2F" + line) << u"mode"_s
                                 << u"parameter_missing"_s;
        QTest::newRow("no success_url")
            << QByteArray("mode=payment" + line + "&line_items[0][price_data][unit_amount]=1")
            << u"success_url"_s << u"parameter_missing"_s;
        QTest::newRow("no line_items") << QByteArray("mode=payment&success_url=http%3A%2F%2Fa.test%2F")
                                       << u"line_items"_s << u"parameter_missing"_s;
        QTest::newRow("no unit_amount")
            << QByteArray("mode=payment&success_url=http%3A%2F%2Fa.test%2F" + line)
            << u"line_items[0][price_data][unit_amount]"_s << u"parameter_missing"_s;
        QTest::newRow("bad unit_amount")
            << QByteArray("mode=payment&success_url=http%3A%2F%2Fa.test%2F" + line +
                          "&line_items[0][price_data][unit_amount]=4.9")
            << u"line_items[0][price_data][unit_amount]"_s << u"parameter_invalid_integer"_s;
        QTest::newRow("bad interval")
            << QByteArray("mode=subscription&success_url=http%3A%2F%2Fa.test%2F" + line +
                          "&line_items[0][price_data][unit_amount]=1&line_items[0][price_data][recurring]["
                          "interval]=fortnight")
            << u"line_items[0][price_data][recurring][interval]"_s << u"parameter_invalid"_s;
        QTest::newRow("recurring in payment mode")
            << QByteArray("mode=payment&success_url=http%3A%2F%2Fa.test%2F" + line +
                          "&line_items[0][price_data][unit_amount]=1&line_items[0][price_data][recurring]["
                          "interval]=month")
            << u"line_items[0][price_data][recurring]"_s << u"parameter_invalid"_s;
        // Checkout's inline prices take only interval and interval_count: metered needs a meter.
        QTest::newRow("metered inline price")
            << QByteArray("mode=subscription&success_url=http%3A%2F%2Fa.test%2F" + line +
                          "&line_items[0][price_data][unit_amount]=1&line_items[0][price_data][recurring]["
                          "interval]=month&line_items[0][price_data][recurring][usage_type]=metered")
            << u"line_items[0][price_data][recurring][usage_type]"_s << u"parameter_unknown"_s;
        QTest::newRow("unknown price") << QByteArray("mode=subscription&success_url=http%3A%2F%2Fa.test%2F"
                                                     "&line_items[0][price]=price_nope")
                                       << u"line_items[0][price]"_s << u"resource_missing"_s;
        QTest::newRow("unknown customer")
            << QByteArray("mode=payment&customer=cus_nobody&success_url=http%3A%2F%2Fa.test%2F" + line +
                          "&line_items[0][price_data][unit_amount]=1")
            << u"customer"_s << u"resource_missing"_s;
    }

    void namesMissingAndInvalidParams()
    {
        QFETCH(QByteArray, form);
        QFETCH(QString, param);
        QFETCH(QString, code);
        const HttpAnswer answer = m_stripe.api("POST", u"/v1/checkout/sessions"_s, form);
        QCOMPARE(answer.status, 400);
        QCOMPARE(errorOf(answer).value(u"param"_s).toString(), param);
        QCOMPARE(errorOf(answer).value(u"code"_s).toString(), code);
        QCOMPARE(errorOf(answer).value(u"type"_s).toString(), u"invalid_request_error"_s);
    }

    void answersUnknownIdsWithResourceMissing()
    {
        for (const QString& path : {u"/v1/checkout/sessions/cs_test_nope"_s, u"/v1/customers/cus_nope"_s,
                                    u"/v1/subscriptions/sub_nope"_s}) {
            const HttpAnswer answer = m_stripe.api("GET", path);
            QCOMPARE(answer.status, 404);
            QCOMPARE(errorOf(answer).value(u"code"_s).toString(), u"resource_missing"_s);
            QVERIFY(errorOf(answer).value(u"message"_s).toString().contains(path.section(u'/', -1)));
        }
    }

    void replaysIdempotentRequests()
    {
        const mm::test::HttpHeaders key{{"Idempotency-Key", "ord-idem-1"}};
        const HttpAnswer first = m_stripe.api("POST", u"/v1/checkout/sessions"_s, paymentForm(), key);
        const HttpAnswer again = m_stripe.api("POST", u"/v1/checkout/sessions"_s, paymentForm(), key);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id"_s), first.json().value(u"id"_s));
        QCOMPARE(again.body, first.body);

        const HttpAnswer conflicting =
            m_stripe.api("POST", u"/v1/checkout/sessions"_s, paymentForm(u"/elsewhere"_s), key);
        QCOMPARE(conflicting.status, 400);
        QCOMPARE(errorOf(conflicting).value(u"type"_s).toString(), u"idempotency_error"_s);

        const HttpAnswer otherKey = m_stripe.api("POST", u"/v1/checkout/sessions"_s, paymentForm(),
                                                 {{"Idempotency-Key", "ord-idem-2"}});
        QVERIFY(otherKey.json().value(u"id"_s) != first.json().value(u"id"_s));
        QCOMPARE(m_stripe.requests().last()[u"idempotency_key"_s].toString(), u"ord-idem-2"_s);
    }

    void hostedPagePaysAndSendsASignedEvent()
    {
        const QJsonObject session = m_stripe.createSession(paymentForm());
        const QString id = session.value(u"id"_s).toString();
        QCOMPARE(session.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(session.value(u"payment_status"_s).toString(), u"unpaid"_s);
        QCOMPARE(session.value(u"currency"_s).toString(), u"eur"_s);
        const QUrl checkout(session.value(u"url"_s).toString());
        QCOMPARE(checkout, m_stripe.url().resolved(QUrl(u"/c/pay/"_s + id)));

        const HttpAnswer page = mm::test::httpGet(checkout);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Reports Pro"));
        QVERIFY(page.body.contains("49.00 EUR"));
        QVERIFY(page.body.contains(m_receiver.url(u"/cancelled"_s).toEncoded()));

        const mm::test::BrowserVisit visit = m_stripe.pay(checkout);
        QVERIFY(!visit.hops.isEmpty());
        QCOMPARE(visit.hops.first(), QUrl(m_receiver.url(u"/done"_s).toString() + u"?session="_s + id));
        QCOMPARE(visit.status, 200);
        QVERIFY(visit.body.contains("back at the shop"));

        const QList<QJsonObject> completed = m_stripe.eventsOfType(u"checkout.session.completed"_s);
        QVERIFY(!completed.isEmpty());
        const QString eventId = completed.last().value(u"id"_s).toString();
        const QJsonObject event = delivered(eventId);
        QCOMPARE(event.value(u"object"_s).toString(), u"event"_s);
        QCOMPARE(event.value(u"api_version"_s).toString(), u"2024-06-20"_s);
        QCOMPARE(event.value(u"livemode"_s).toBool(true), false);
        const QJsonObject paid = event[u"data"_s][u"object"_s].toObject();
        QCOMPARE(paid.value(u"id"_s).toString(), id);
        QCOMPARE(paid.value(u"status"_s).toString(), u"complete"_s);
        QCOMPARE(paid.value(u"payment_status"_s).toString(), u"paid"_s);
        QCOMPARE(paid.value(u"amount_total"_s).toInteger(), 4900);
        QCOMPARE(paid[u"metadata"_s][u"order"_s].toString(), u"ord-1"_s);
        QCOMPARE(paid.value(u"client_reference_id"_s).toString(), u"ord-1"_s);
        QVERIFY(paid.value(u"payment_intent"_s).toString().startsWith(u"pi_"_s));

        const WebhookReceiver::Delivery delivery = m_receiver.deliveriesOf(eventId).first();
        QCOMPARE(delivery.contentType, QByteArray("application/json; charset=utf-8"));
        QVERIFY(signatureMatches(delivery.signature, delivery.body, FakeStripeProcess::webhookSecret()));
        QVERIFY(
            !signatureMatches(delivery.signature, delivery.body + ' ', FakeStripeProcess::webhookSecret()));
        QCOMPARE(m_stripe.waitForDeliveries(eventId).at(0)[u"status"_s].toInt(), 200);

        const QJsonObject state = m_stripe.control("GET", u"/_test/sessions/"_s + id + u"/state"_s);
        QCOMPARE(state[u"charge"_s][u"amount"_s].toInteger(), 4900);
        QCOMPARE(state[u"charge"_s][u"amount_refunded"_s].toInteger(), 0);
        QCOMPARE(state[u"charge"_s][u"payment_intent"_s], paid.value(u"payment_intent"_s));

        // Paid once: the page and the Pay button now refuse.
        QCOMPARE(mm::test::httpGet(checkout).status, 409);
        QCOMPARE(m_stripe.pay(checkout).status, 409);
    }

    void subscriptionCheckoutSendsCompletedThenInvoicePaid()
    {
        const QString id = m_stripe.createSession(subscriptionForm()).value(u"id"_s).toString();
        const QJsonObject result = m_stripe.complete(id);
        const QJsonArray events = result.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject completed = delivered(events.at(0).toString());
        const QJsonObject invoicePaid = delivered(events.at(1).toString());
        QCOMPARE(completed.value(u"type"_s).toString(), u"checkout.session.completed"_s);
        QCOMPARE(invoicePaid.value(u"type"_s).toString(), u"invoice.paid"_s);
        // Delivered in the order they were created.
        const auto& all = m_receiver.deliveries();
        const auto position = [&](const QString& eventId) {
            for (qsizetype i = 0; i < all.size(); ++i)
                if (all.at(i).event().value(u"id"_s).toString() == eventId)
                    return i;
            return qsizetype(-1);
        };
        QVERIFY(position(events.at(0).toString()) < position(events.at(1).toString()));

        const QJsonObject session = completed[u"data"_s][u"object"_s].toObject();
        const QJsonObject invoice = invoicePaid[u"data"_s][u"object"_s].toObject();
        QCOMPARE(session.value(u"payment_status"_s).toString(), u"paid"_s);
        QVERIFY(session.value(u"subscription"_s).toString().startsWith(u"sub_"_s));
        QVERIFY(session.value(u"customer"_s).toString().startsWith(u"cus_"_s));
        QCOMPARE(invoice.value(u"id"_s), session.value(u"invoice"_s));
        QCOMPARE(invoice.value(u"subscription"_s), session.value(u"subscription"_s));
        QCOMPARE(invoice.value(u"customer"_s), session.value(u"customer"_s));
        QCOMPARE(invoice.value(u"billing_reason"_s).toString(), u"subscription_create"_s);
        QCOMPARE(invoice.value(u"amount_paid"_s).toInteger(), 2900);
        QCOMPARE(invoice.value(u"status"_s).toString(), u"paid"_s);
        QVERIFY(invoice.value(u"charge"_s).toString().startsWith(u"ch_"_s));
        QCOMPARE(invoice[u"subscription_details"_s][u"metadata"_s][u"order"_s].toString(), u"ord-sub"_s);

        const HttpAnswer subscription =
            m_stripe.api("GET", u"/v1/subscriptions/"_s + session.value(u"subscription"_s).toString());
        QCOMPARE(subscription.status, 200);
        const QJsonObject sub = subscription.json();
        QCOMPARE(sub.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(sub[u"metadata"_s][u"order"_s].toString(), u"ord-sub"_s);
        QCOMPARE(sub[u"items"_s][u"data"_s][0][u"price"_s][u"recurring"_s][u"interval"_s].toString(),
                 u"month"_s);
        QCOMPARE(invoice[u"lines"_s][u"data"_s][0][u"period"_s][u"end"_s],
                 sub.value(u"current_period_end"_s));
        QVERIFY(sub.value(u"current_period_end"_s).toInteger() >
                sub.value(u"current_period_start"_s).toInteger());
    }

    void trialSubscriptionNeedsNoPayment()
    {
        const QJsonObject created =
            m_stripe.createSession(subscriptionForm("&subscription_data[trial_period_days]=14"));
        QCOMPARE(created.value(u"amount_total"_s).toInteger(), 0);
        const QJsonObject result = m_stripe.complete(created.value(u"id"_s).toString());
        const QJsonObject session =
            delivered(result[u"events"_s][0].toString())[u"data"_s][u"object"_s].toObject();
        QCOMPARE(session.value(u"payment_status"_s).toString(), u"no_payment_required"_s);
        QCOMPARE(session.value(u"amount_total"_s).toInteger(), 0);
        const QJsonObject invoice =
            delivered(result[u"events"_s][1].toString())[u"data"_s][u"object"_s].toObject();
        QCOMPARE(invoice.value(u"amount_paid"_s).toInteger(), 0);
        const QJsonObject sub =
            m_stripe.api("GET", u"/v1/subscriptions/"_s + session[u"subscription"_s].toString()).json();
        QCOMPARE(sub.value(u"status"_s).toString(), u"trialing"_s);
        QCOMPARE(sub.value(u"current_period_end"_s), sub.value(u"trial_end"_s));
        QCOMPARE(sub.value(u"trial_end"_s).toInteger() - sub.value(u"trial_start"_s).toInteger(),
                 14LL * 86400);
    }

    void renewFailAndCancelSendTheirEvents()
    {
        const QJsonObject result =
            m_stripe.complete(m_stripe.createSession(subscriptionForm()).value(u"id"_s).toString());
        const QString subId = result[u"object"_s][u"subscription"_s].toString();
        const QJsonObject before = m_stripe.api("GET", u"/v1/subscriptions/"_s + subId).json();

        const QJsonObject renewed =
            m_stripe.control("POST", u"/_test/subscriptions/"_s + subId + u"/renew"_s);
        QCOMPARE(renewed[u"events"_s].toArray().size(), 2);
        const QJsonObject paid = delivered(renewed[u"events"_s][0].toString());
        QCOMPARE(paid.value(u"type"_s).toString(), u"invoice.paid"_s);
        const QJsonObject invoice = paid[u"data"_s][u"object"_s].toObject();
        QCOMPARE(invoice.value(u"billing_reason"_s).toString(), u"subscription_cycle"_s);
        QCOMPARE(invoice.value(u"amount_paid"_s).toInteger(), 2900);
        QCOMPARE(invoice.value(u"subscription"_s).toString(), subId);
        // Stripe's invoice period looks back; the line's period is the new one.
        QCOMPARE(invoice.value(u"period_end"_s), before.value(u"current_period_end"_s));
        QCOMPARE(invoice[u"lines"_s][u"data"_s][0][u"period"_s][u"start"_s],
                 before.value(u"current_period_end"_s));
        const QJsonObject updated = delivered(renewed[u"events"_s][1].toString());
        QCOMPARE(updated.value(u"type"_s).toString(), u"customer.subscription.updated"_s);
        QCOMPARE(updated[u"data"_s][u"object"_s][u"current_period_end"_s],
                 invoice[u"lines"_s][u"data"_s][0][u"period"_s][u"end"_s]);
        QCOMPARE(updated[u"data"_s][u"previous_attributes"_s][u"current_period_end"_s],
                 before.value(u"current_period_end"_s));

        const QJsonObject failed = m_stripe.control("POST", u"/_test/subscriptions/"_s + subId + u"/fail"_s);
        const QJsonObject paymentFailed = delivered(failed[u"events"_s][0].toString());
        QCOMPARE(paymentFailed.value(u"type"_s).toString(), u"invoice.payment_failed"_s);
        QCOMPARE(paymentFailed[u"data"_s][u"object"_s][u"status"_s].toString(), u"open"_s);
        QCOMPARE(paymentFailed[u"data"_s][u"object"_s][u"amount_paid"_s].toInteger(), 0);
        const QJsonObject pastDue = delivered(failed[u"events"_s][1].toString());
        QCOMPARE(pastDue[u"data"_s][u"object"_s][u"status"_s].toString(), u"past_due"_s);

        const QJsonObject cancelled =
            m_stripe.control("POST", u"/_test/subscriptions/"_s + subId + u"/cancel"_s);
        const QJsonObject deleted = delivered(cancelled[u"events"_s][0].toString());
        QCOMPARE(deleted.value(u"type"_s).toString(), u"customer.subscription.deleted"_s);
        QCOMPARE(deleted[u"data"_s][u"object"_s][u"status"_s].toString(), u"canceled"_s);
        QCOMPARE(m_stripe.controlRequest("POST", u"/_test/subscriptions/"_s + subId + u"/renew"_s).status,
                 400);
    }

    void subscriptionApiCancelsAtPeriodEndOrNow()
    {
        const QJsonObject result =
            m_stripe.complete(m_stripe.createSession(subscriptionForm()).value(u"id"_s).toString());
        const QString subId = result[u"object"_s][u"subscription"_s].toString();
        const HttpAnswer later =
            m_stripe.api("POST", u"/v1/subscriptions/"_s + subId, "cancel_at_period_end=true");
        QCOMPARE(later.status, 200);
        QCOMPARE(later.json().value(u"cancel_at_period_end"_s).toBool(), true);
        QCOMPARE(later.json().value(u"status"_s).toString(), u"active"_s);
        const HttpAnswer now = m_stripe.api("DELETE", u"/v1/subscriptions/"_s + subId);
        QCOMPARE(now.status, 200);
        QCOMPARE(now.json().value(u"status"_s).toString(), u"canceled"_s);
        const QList<QJsonObject> deleted = m_stripe.eventsOfType(u"customer.subscription.deleted"_s);
        QCOMPARE(deleted.last()[u"data"_s][u"object"_s][u"id"_s].toString(), subId);
        QCOMPARE(delivered(deleted.last()[u"id"_s].toString()).value(u"type"_s).toString(),
                 u"customer.subscription.deleted"_s);
    }

    void refundsSendChargeRefunded()
    {
        const QJsonObject result =
            m_stripe.complete(m_stripe.createSession(paymentForm()).value(u"id"_s).toString());
        const QString intent = result[u"object"_s][u"payment_intent"_s].toString();
        const HttpAnswer partial =
            m_stripe.api("POST", u"/v1/refunds"_s, "payment_intent=" + intent.toUtf8() + "&amount=900");
        QCOMPARE(partial.status, 200);
        QCOMPARE(partial.json().value(u"object"_s).toString(), u"refund"_s);
        QVERIFY(partial.json().value(u"id"_s).toString().startsWith(u"re_"_s));
        QCOMPARE(partial.json().value(u"amount"_s).toInteger(), 900);
        const QString chargeId = partial.json().value(u"charge"_s).toString();
        QVERIFY(chargeId.startsWith(u"ch_"_s));
        const QJsonObject first =
            delivered(m_stripe.eventsOfType(u"charge.refunded"_s).last()[u"id"_s].toString());
        QCOMPARE(first[u"data"_s][u"object"_s][u"amount_refunded"_s].toInteger(), 900);
        QCOMPARE(first[u"data"_s][u"object"_s][u"refunded"_s].toBool(), false);

        const QJsonObject rest = m_stripe.control("POST", u"/_test/charges/"_s + chargeId + u"/refund"_s);
        const QJsonObject second = delivered(rest[u"events"_s][0].toString());
        QCOMPARE(second.value(u"type"_s).toString(), u"charge.refunded"_s);
        QCOMPARE(second[u"data"_s][u"object"_s][u"amount_refunded"_s].toInteger(), 4900);
        QCOMPARE(second[u"data"_s][u"object"_s][u"refunded"_s].toBool(), true);

        const HttpAnswer again = m_stripe.api("POST", u"/v1/refunds"_s, "charge=" + chargeId.toUtf8());
        QCOMPARE(again.status, 400);
        QCOMPARE(errorOf(again).value(u"code"_s).toString(), u"charge_already_refunded"_s);
    }

    void duplicatesDeliverTheSameEventAgain()
    {
        const QJsonObject result = m_stripe.complete(
            m_stripe.createSession(paymentForm()).value(u"id"_s).toString(), {{u"duplicates"_s, 1}});
        const QString eventId = result[u"events"_s][0].toString();
        QVERIFY(QTest::qWaitFor([&] { return m_receiver.deliveriesOf(eventId).size() == 2; }, 30000));
        QCOMPARE(m_receiver.deliveriesOf(eventId).at(0).body, m_receiver.deliveriesOf(eventId).at(1).body);
        QCOMPARE(m_stripe.waitForDeliveries(eventId, 2).size(), 2);
    }

    void heldEventsWaitUntilDelivered()
    {
        const QJsonObject held = m_stripe.complete(
            m_stripe.createSession(paymentForm()).value(u"id"_s).toString(), {{u"hold"_s, true}});
        QCOMPARE(held[u"redirect"_s].toString().isEmpty(), false);
        const QString heldId = held[u"events"_s][0].toString();
        // A later event goes through the same ordered queue; once it arrived, a held one would have too.
        const QJsonObject later =
            m_stripe.complete(m_stripe.createSession(paymentForm()).value(u"id"_s).toString());
        QVERIFY(!delivered(later[u"events"_s][0].toString()).isEmpty());
        QVERIFY(m_receiver.deliveriesOf(heldId).isEmpty());
        QCOMPARE(m_stripe.event(heldId)->value(u"held"_s).toBool(), true);

        QVERIFY(m_stripe.deliver(heldId));
        QCOMPARE(delivered(heldId).value(u"id"_s).toString(), heldId);
        QCOMPARE(m_stripe.event(heldId)->value(u"held"_s).toBool(), false);
    }

    void hostileDeliveriesAreReallyBadOrStale()
    {
        const QJsonObject result =
            m_stripe.complete(m_stripe.createSession(paymentForm()).value(u"id"_s).toString());
        const QString eventId = result[u"events"_s][0].toString();
        QVERIFY(QTest::qWaitFor([&] { return m_receiver.deliveriesOf(eventId).size() == 1; }, 30000));
        QVERIFY(m_stripe.deliver(eventId, u"bad"_s));
        QVERIFY(QTest::qWaitFor([&] { return m_receiver.deliveriesOf(eventId).size() == 2; }, 30000));
        QVERIFY(m_stripe.deliver(eventId, u"stale"_s));
        QVERIFY(QTest::qWaitFor([&] { return m_receiver.deliveriesOf(eventId).size() == 3; }, 30000));
        QVERIFY(
            m_stripe.deliver(eventId, u"valid"_s, QByteArray(R"({"id": "evt_forged", "object": "event"})")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_receiver.deliveriesOf(eventId).size() == 3 &&
                       m_receiver.deliveries().last().body.contains("evt_forged");
            },
            30000));
        const auto deliveries = m_receiver.deliveriesOf(eventId);
        const QByteArray secret = FakeStripeProcess::webhookSecret();
        const auto& valid = deliveries.at(0);
        const auto& bad = deliveries.at(1);
        const auto& stale = deliveries.at(2);
        QVERIFY(signatureMatches(valid.signature, valid.body, secret));
        QCOMPARE(bad.body, valid.body);
        QVERIFY(!signatureMatches(bad.signature, bad.body, secret));
        // Stale: a correct HMAC over a timestamp ten minutes before the first delivery's.
        QVERIFY(signatureMatches(stale.signature, stale.body, secret));
        QVERIFY(parseSignature(valid.signature.trimmed()).t.toLongLong() -
                    parseSignature(stale.signature).t.toLongLong() >=
                590);
        // Modified after signing: the signature covers the original body, not what was sent.
        const auto& forged = m_receiver.deliveries().last();
        QVERIFY(!signatureMatches(forged.signature, forged.body, secret));
        QVERIFY(signatureMatches(forged.signature, valid.body, secret));
        const QJsonArray attempts = m_stripe.waitForDeliveries(eventId, 4);
        QCOMPARE(attempts.at(1)[u"signature"_s].toString(), u"bad"_s);
        QCOMPARE(attempts.at(3)[u"body_overridden"_s].toBool(), true);
    }

    void expiredSessionsCannotBePaid()
    {
        const QJsonObject session = m_stripe.createSession(paymentForm());
        const QString id = session.value(u"id"_s).toString();
        const HttpAnswer expired = m_stripe.api("POST", u"/v1/checkout/sessions/"_s + id + u"/expire"_s);
        QCOMPARE(expired.status, 200);
        QCOMPARE(expired.json().value(u"status"_s).toString(), u"expired"_s);
        const QJsonObject event = m_stripe.eventsOfType(u"checkout.session.expired"_s).last();
        QCOMPARE(event[u"data"_s][u"object"_s][u"id"_s].toString(), id);
        QCOMPARE(delivered(event[u"id"_s].toString()).value(u"type"_s).toString(),
                 u"checkout.session.expired"_s);
        QCOMPARE(mm::test::httpGet(QUrl(session.value(u"url"_s).toString())).status, 409);
        QCOMPARE(m_stripe.api("POST", u"/v1/checkout/sessions/"_s + id + u"/expire"_s).status, 400);
        QCOMPARE(m_stripe.controlRequest("POST", u"/_test/checkout/sessions/"_s + id + u"/complete"_s).status,
                 409);

        const QString other = m_stripe.createSession(paymentForm()).value(u"id"_s).toString();
        QCOMPARE(m_stripe.expire(other).value(u"redirect"_s).toString(),
                 m_receiver.url(u"/cancelled"_s).toString());
    }

    void meterEventsDedupeByIdentifier()
    {
        QCOMPARE(m_stripe.createMeter("fs.dedupe").status, 200);
        const QByteArray form = "event_name=fs.dedupe&payload[stripe_customer_id]=cus_meter"
                                "&payload[value]=5&identifier=5f0c6f5e-usage-1";
        const HttpAnswer first = m_stripe.api("POST", u"/v1/billing/meter_events"_s, form);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"object"_s).toString(), u"billing.meter_event"_s);
        QCOMPARE(first.json()[u"payload"_s][u"value"_s].toString(), u"5"_s);
        const HttpAnswer second = m_stripe.api("POST", u"/v1/billing/meter_events"_s,
                                               QByteArray(form).replace("value]=5", "value]=7"));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json()[u"payload"_s][u"value"_s].toString(), u"5"_s);
        const QJsonObject meter = m_stripe.control("GET", u"/_test/meter_events"_s);
        int matching = 0;
        for (const auto& value : meter[u"data"_s].toArray())
            matching += value[u"identifier"_s].toString() == u"5f0c6f5e-usage-1" ? 1 : 0;
        QCOMPARE(matching, 1);
        QCOMPARE(meter[u"ignored_duplicates"_s].toInt(), 1);

        const HttpAnswer missing = m_stripe.api("POST", u"/v1/billing/meter_events"_s,
                                                "event_name=fs.dedupe&payload[stripe_customer_id]=cus_meter");
        QCOMPARE(missing.status, 400);
        QCOMPARE(errorOf(missing).value(u"param"_s).toString(), u"payload[value]"_s);
        // An event no meter listens for is refused, not silently dropped.
        const HttpAnswer unheard = m_stripe.api("POST", u"/v1/billing/meter_events"_s,
                                                "event_name=fs.nobody&payload[stripe_customer_id]=cus_meter"
                                                "&payload[value]=1");
        QCOMPARE(unheard.status, 400);
        QCOMPARE(errorOf(unheard).value(u"param"_s).toString(), u"event_name"_s);
    }

    void portalSessionsOpenAPage()
    {
        const QString customer = m_stripe.api("POST", u"/v1/customers"_s, "metadata[tenant]=acme")
                                     .json()
                                     .value(u"id"_s)
                                     .toString();
        const HttpAnswer portal =
            m_stripe.api("POST", u"/v1/billing_portal/sessions"_s,
                         "customer=" + customer.toUtf8() + "&return_url=http%3A%2F%2Fa.test%2Fback");
        QCOMPARE(portal.status, 200);
        QCOMPARE(portal.json().value(u"object"_s).toString(), u"billing_portal.session"_s);
        QCOMPARE(portal.json().value(u"return_url"_s).toString(), u"http://a.test/back"_s);
        const QUrl url(portal.json().value(u"url"_s).toString());
        QVERIFY(url.path().startsWith(u"/p/session/bps_"_s));
        const HttpAnswer page = mm::test::httpGet(url);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("http://a.test/back"));
        QCOMPARE(m_stripe.api("POST", u"/v1/billing_portal/sessions"_s, "customer=cus_nobody").status, 400);
    }
};

QTEST_GUILESS_MAIN(TestFakeStripe)
#include "tst_fakestripe.moc"
