// The fake Stripe's Billing Meters and prices: meters unique by event name, prices validated the
// way Stripe does (errors name the parameter), and a metered price's renewal billing the usage of
// its own meter through graduated tiers, rounded half up.
#include "tests/fakestripe/WebhookReceiver.h"
#include "tests/support/FakeStripeProcess.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mm::test::FakeStripeProcess;
using mm::test::HttpAnswer;
using mm::test::WebhookReceiver;

namespace {

QJsonObject errorOf(const HttpAnswer& answer)
{
    return answer.json().value(u"error"_s).toObject();
}

} // namespace

class TestFakeStripePrices : public QObject
{
    Q_OBJECT

private:
    FakeStripeProcess m_stripe;
    WebhookReceiver m_receiver;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        QVERIFY2(m_stripe.start(m_receiver.url(u"/webhook"_s)), qPrintable(m_stripe.output()));
    }

    void metersAreUniqueByEventName()
    {
        QCOMPARE(errorOf(m_stripe.api("POST", u"/v1/billing/meters"_s,
                                      "display_name=X&default_aggregation[formula]=sum"))
                     .value(u"param"_s)
                     .toString(),
                 u"event_name"_s);
        QCOMPARE(errorOf(m_stripe.createMeter("fs.formula", "median")).value(u"param"_s).toString(),
                 u"default_aggregation[formula]"_s);
        const HttpAnswer created = m_stripe.createMeter("fs.unique");
        QCOMPARE(created.status, 200);
        const QJsonObject meter = created.json();
        QVERIFY(meter.value(u"id"_s).toString().startsWith(u"mtr_"_s));
        QCOMPARE(meter.value(u"object"_s).toString(), u"billing.meter"_s);
        QCOMPARE(meter.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(meter[u"customer_mapping"_s][u"event_payload_key"_s].toString(), u"stripe_customer_id"_s);
        const HttpAnswer again = m_stripe.createMeter("fs.unique");
        QCOMPARE(again.status, 400);
        QCOMPARE(errorOf(again).value(u"param"_s).toString(), u"event_name"_s);
        QCOMPARE(m_stripe.api("GET", u"/v1/billing/meters/"_s + meter.value(u"id"_s).toString()).json(),
                 meter);
        QStringList listed;
        for (const auto& value :
             m_stripe.api("GET", u"/v1/billing/meters?limit=100"_s).json()[u"data"_s].toArray())
            listed.append(value[u"event_name"_s].toString());
        QCOMPARE(listed.count(u"fs.unique"_s), 1);
    }

    void namesInvalidPriceParams_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QString>("param");
        const QByteArray base = "currency=eur&product_data[name]=P&recurring[interval]=month";
        const QByteArray tiered = base + "&billing_scheme=tiered&tiers_mode=graduated";
        QTest::newRow("no currency") << QByteArray("product_data[name]=P&unit_amount=1") << u"currency"_s;
        QTest::newRow("no product") << QByteArray("currency=eur&unit_amount=1") << u"product_data[name]"_s;
        QTest::newRow("no amount") << base << u"unit_amount"_s;
        QTest::newRow("metered without meter")
            << QByteArray(base + "&recurring[usage_type]=metered&unit_amount=1") << u"recurring[meter]"_s;
        QTest::newRow("unknown meter")
            << QByteArray(base + "&recurring[usage_type]=metered&recurring[meter]=mtr_nope&unit_amount=1")
            << u"recurring[meter]"_s;
        QTest::newRow("unknown recurring key")
            << QByteArray(base + "&recurring[colour]=red&unit_amount=1") << u"recurring[colour]"_s;
        QTest::newRow("no tiers_mode") << QByteArray(base + "&billing_scheme=tiered&tiers[0][up_to]=inf"
                                                            "&tiers[0][unit_amount]=1")
                                       << u"tiers_mode"_s;
        QTest::newRow("last tier not inf")
            << QByteArray(tiered + "&tiers[0][up_to]=10&tiers[0][unit_amount]=0") << u"tiers[0][up_to]"_s;
        QTest::newRow("inf before the last tier")
            << QByteArray(tiered + "&tiers[0][up_to]=inf&tiers[0][unit_amount]=0"
                                   "&tiers[1][up_to]=inf&tiers[1][unit_amount]=1")
            << u"tiers[0][up_to]"_s;
        QTest::newRow("decreasing up_to")
            << QByteArray(tiered + "&tiers[0][up_to]=10&tiers[0][unit_amount]=0&tiers[1][up_to]=5"
                                   "&tiers[1][unit_amount]=0&tiers[2][up_to]=inf&tiers[2][unit_amount]=1")
            << u"tiers[1][up_to]"_s;
        QTest::newRow("tier without amount")
            << QByteArray(tiered + "&tiers[0][up_to]=inf") << u"tiers[0][unit_amount]"_s;
        QTest::newRow("13 decimal places")
            << QByteArray(tiered + "&tiers[0][up_to]=inf&tiers[0][unit_amount_decimal]=0.0000000000001")
            << u"tiers[0][unit_amount_decimal]"_s;
    }

    void namesInvalidPriceParams()
    {
        QFETCH(QByteArray, form);
        QFETCH(QString, param);
        const HttpAnswer answer = m_stripe.api("POST", u"/v1/prices"_s, form);
        QCOMPARE(answer.status, 400);
        QCOMPARE(errorOf(answer).value(u"param"_s).toString(), param);
    }

    void meteredPriceRenewalBillsItsOwnMeter()
    {
        const QString alpha = m_stripe.createMeter("fs.alpha").json().value(u"id"_s).toString();
        const QString beta = m_stripe.createMeter("fs.beta").json().value(u"id"_s).toString();
        // 100 units free, then a quarter cent each: 2 billable units cost 0.5, rounded up to 1.
        const HttpAnswer created = m_stripe.api(
            "POST", u"/v1/prices"_s,
            "currency=eur&product_data[name]=Alpha&recurring[interval]=month"
            "&recurring[usage_type]=metered&recurring[meter]=" +
                alpha.toUtf8() +
                "&billing_scheme=tiered&tiers_mode=graduated&tiers[0][up_to]=100"
                "&tiers[0][unit_amount]=0&tiers[1][up_to]=inf&tiers[1][unit_amount_decimal]=0.25");
        QCOMPARE(created.status, 200);
        const QJsonObject price = created.json();
        QVERIFY(price.value(u"id"_s).toString().startsWith(u"price_"_s));
        QCOMPARE(price[u"recurring"_s][u"meter"_s].toString(), alpha);
        QCOMPARE(price[u"tiers"_s][1][u"unit_amount_decimal"_s].toString(), u"0.25"_s);
        QVERIFY(price[u"tiers"_s][1][u"up_to"_s].isNull());
        QCOMPARE(m_stripe.api("GET", u"/v1/prices/"_s + price.value(u"id"_s).toString()).json(), price);

        const QString customer =
            m_stripe.api("POST", u"/v1/customers"_s, "metadata[tenant]=fs").json().value(u"id"_s).toString();
        const QByteArray session = "mode=subscription&customer=" + customer.toUtf8() + "&success_url=" +
                                   QUrl::toPercentEncoding(m_receiver.url(u"/done"_s).toString()) +
                                   "&line_items[0][price]=" + price.value(u"id"_s).toString().toUtf8();
        const HttpAnswer withQuantity =
            m_stripe.api("POST", u"/v1/checkout/sessions"_s, session + "&line_items[0][quantity]=1");
        QCOMPARE(errorOf(withQuantity).value(u"param"_s).toString(), u"line_items[0][quantity]"_s);
        const QJsonObject opened = m_stripe.createSession(session);
        QCOMPARE(opened.value(u"amount_total"_s).toInteger(), 0);
        const QString subscription =
            m_stripe.complete(opened.value(u"id"_s).toString())[u"object"_s][u"subscription"_s].toString();
        QVERIFY(subscription.startsWith(u"sub_"_s));

        const auto usage = [&](const char* event, int value) {
            return m_stripe
                .api("POST", u"/v1/billing/meter_events"_s,
                     QByteArray("event_name=") + event + "&payload[stripe_customer_id]=" + customer.toUtf8() +
                         "&payload[value]=" + QByteArray::number(value))
                .status;
        };
        QCOMPARE(usage("fs.alpha", 100), 200);
        QCOMPARE(usage("fs.alpha", 2), 200);
        QCOMPARE(usage("fs.beta", 5000), 200); // another meter: not this price's usage
        QVERIFY(!beta.isEmpty());
        const QJsonObject invoice =
            m_stripe.control("POST", u"/_test/subscriptions/"_s + subscription + u"/renew"_s)[u"object"_s]
                .toObject();
        QCOMPARE(invoice.value(u"amount_paid"_s).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFakeStripePrices)
#include "tst_fakestripe_prices.moc"
