// Usage-based modules bought through the fake Stripe: modmarketd makes a Billing Meter and a
// graduated metered price per module (the test reads the wire requests the fake received), the
// Checkout Session references that price, usage goes out as meter events under the module's own
// event name, and each renewal invoice bills exactly its module's usage, as the running total said.
#include "tests/server/PurchaseFixture.h"

using namespace Qt::StringLiterals;
using namespace mm::test;
using namespace mm::test::billing;
using mm::licensing::LicenseStatus;

class tst_ServerUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void meteredModules();

private:
    PurchaseFixture m_f;
};

void tst_ServerUsage::initTestCase()
{
    QVERIFY2(m_f.start(), qPrintable(m_f.server.output() + m_f.stripe.output()));
}

namespace {

// The fake's record of the successful POSTs to a path, oldest first.
QList<QJsonObject> requestsTo(const FakeStripeProcess& stripe, const QString& path)
{
    QList<QJsonObject> found;
    for (const QJsonValue& request : stripe.requests())
        if (request[u"method"_s].toString() == u"POST" && request[u"path"_s].toString() == path &&
            request[u"status"_s].toInt() == 200)
            found.append(request.toObject());
    return found;
}

} // namespace

void tst_ServerUsage::meteredModules()
{
    const QJsonObject bought = m_f.buy(u"metered"_s, u"meter"_s, u"usage"_s);
    QCOMPARE(bought[u"status"_s].toInt(), 201);
    const QString order = bought[u"order"_s][u"id"_s].toString();
    QCOMPARE(bought[u"order"_s][u"amount"_s].toInteger(), 0);

    // A Billing Meter for the module, then a graduated metered price on it.
    const QList<QJsonObject> meters = requestsTo(m_f.stripe, u"/v1/billing/meters"_s);
    QCOMPARE(meters.size(), 1);
    QCOMPARE(meters[0][u"idempotency_key"_s].toString(), u"meter-meter"_s);
    const QJsonObject meter = meters[0][u"params"_s].toObject();
    QCOMPARE(meter[u"event_name"_s].toString(), u"modmarket.meter"_s);
    QCOMPARE(meter[u"default_aggregation"_s][u"formula"_s].toString(), u"sum"_s);
    QCOMPARE(meter[u"customer_mapping"_s][u"type"_s].toString(), u"by_id"_s);
    QCOMPARE(meter[u"customer_mapping"_s][u"event_payload_key"_s].toString(), u"stripe_customer_id"_s);
    QCOMPARE(meter[u"value_settings"_s][u"event_payload_key"_s].toString(), u"value"_s);
    const QString meterId =
        m_f.stripe.api("GET", u"/v1/billing/meters?limit=100"_s).json()[u"data"_s][0][u"id"_s].toString();
    QVERIFY(meterId.startsWith(u"mtr_"_s));

    const QList<QJsonObject> prices = requestsTo(m_f.stripe, u"/v1/prices"_s);
    QCOMPARE(prices.size(), 1);
    const QJsonObject price = prices[0][u"params"_s].toObject();
    QCOMPARE(price[u"currency"_s].toString(), u"eur"_s);
    QCOMPARE(price[u"recurring"_s][u"interval"_s].toString(), u"month"_s);
    QCOMPARE(price[u"recurring"_s][u"usage_type"_s].toString(), u"metered"_s);
    QCOMPARE(price[u"recurring"_s][u"meter"_s].toString(), meterId);
    QCOMPARE(price[u"billing_scheme"_s].toString(), u"tiered"_s);
    QCOMPARE(price[u"tiers_mode"_s].toString(), u"graduated"_s);
    const QJsonArray tiers = price[u"tiers"_s].toArray();
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers[0][u"up_to"_s].toString(), u"10000"_s);
    QCOMPARE(tiers[0][u"unit_amount"_s].toString(), u"0"_s);
    QCOMPARE(tiers[1][u"up_to"_s].toString(), u"inf"_s);
    QCOMPARE(tiers[1][u"unit_amount_decimal"_s].toString(), u"0.002"_s); // 2 cents per 1,000
    QVERIFY(!prices[0][u"idempotency_key"_s].toString().isEmpty());
    const QString priceId = m_f.sessionRequest(order)[u"params"_s][u"line_items"_s][0][u"price"_s].toString();
    QVERIFY(priceId.startsWith(u"price_"_s));
    QCOMPARE(m_f.stripe.api("GET", u"/v1/prices/"_s + priceId).json()[u"recurring"_s][u"meter"_s].toString(),
             meterId);

    // Checkout references that price: no inline price_data, no quantity.
    const QJsonObject line = m_f.sessionRequest(order)[u"params"_s][u"line_items"_s][0].toObject();
    QCOMPARE(line[u"price"_s].toString(), priceId);
    QVERIFY(!line.contains(u"price_data"_s));
    QVERIFY(!line.contains(u"quantity"_s));
    m_f.stripe.pay(QUrl(bought[u"checkout_url"_s].toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"metered"_s, order), u"fulfilled"_s, 30000);
    const QJsonObject license = m_f.order(u"metered"_s, order)[u"license"_s].toObject();
    QCOMPARE(license[u"plan"_s].toString(), u"usage-based"_s);
    QCOMPARE(m_f.verify(license, u"metered"_s), LicenseStatus::Valid);

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto record = [&](const QString& id, qint64 quantity) {
        return QJsonObject{{u"id"_s, id}, {u"quantity"_s, quantity}, {u"time"_s, now}};
    };
    const auto report = [&](const QString& module, const QJsonArray& records) {
        return tenantCall(m_f.server, "POST", u"/modules/%1/usage"_s.arg(module), u"metered"_s,
                          {{u"records"_s, records}})
            .json();
    };
    const QJsonObject first = report(u"meter"_s, {record(u"u-1"_s, 6000), record(u"u-2"_s, 5000)});
    QCOMPARE(first[u"accepted"_s].toInt(), 2);
    QCOMPARE(first[u"units"_s].toInteger(), 11000);
    QCOMPARE(first[u"billable_units"_s].toInteger(), 1000);
    QCOMPARE(first[u"amount"_s].toInteger(), 2);
    const QJsonObject resent =
        report(u"meter"_s, {record(u"u-1"_s, 6000), record(u"u-2"_s, 5000), record(u"u-3"_s, 1)});
    QCOMPARE(resent[u"accepted"_s].toInt(), 1);
    QCOMPARE(resent[u"duplicates"_s].toInt(), 2);
    QCOMPARE(resent[u"units"_s].toInteger(), 11001);
    QCOMPARE(resent[u"amount"_s].toInteger(), 2); // 1,001 x 0.002 = 2.002, as Stripe rounds it
    // 1,250 billable units cost 2.5 cents: Stripe rounds the total half up, and so does modmarketd.
    QCOMPARE(report(u"meter"_s, {record(u"u-4"_s, 249)})[u"amount"_s].toInteger(), 3);
    const QJsonObject summary = tenantCall(m_f.server, "GET", u"/modules/meter/usage"_s, u"metered"_s).json();
    QCOMPARE(summary[u"units"_s].toInteger(), 11250);
    QCOMPARE(summary[u"amount"_s].toInteger(), 3);
    QCOMPARE(summary[u"currency"_s].toString(), u"EUR"_s);

    const QJsonArray meterEvents = m_f.stripe.control("GET", u"/_test/meter_events"_s)[u"data"_s].toArray();
    QStringList identifiers;
    for (const QJsonValue& event : meterEvents) {
        identifiers.append(event[u"identifier"_s].toString());
        QCOMPARE(event[u"event_name"_s].toString(), u"modmarket.meter"_s);
    }
    identifiers.sort();
    QCOMPARE(identifiers, (QStringList{u"u-1"_s, u"u-2"_s, u"u-3"_s, u"u-4"_s}));
    QCOMPARE(tenantCall(m_f.server, "POST", u"/modules/meter/usage"_s, u"metered"_s,
                        {{u"records"_s, QJsonArray{record(u"bad id!"_s, 1)}}})
                 .status,
             400);
    QCOMPARE(tenantCall(m_f.server, "GET", u"/modules/meter/usage"_s, u"stranger"_s).status, 409);

    // A second usage module of the same tenant gets a meter and price of its own ...
    const QJsonObject pager = m_f.buy(u"metered"_s, u"pager"_s, u"usage"_s);
    QCOMPARE(pager[u"status"_s].toInt(), 201);
    const QList<QJsonObject> bothMeters = requestsTo(m_f.stripe, u"/v1/billing/meters"_s);
    QCOMPARE(bothMeters.size(), 2);
    QCOMPARE(bothMeters[1][u"params"_s][u"event_name"_s].toString(), u"modmarket.pager"_s);
    const QJsonObject pagerPrice = requestsTo(m_f.stripe, u"/v1/prices"_s).last()[u"params"_s].toObject();
    QVERIFY(pagerPrice[u"recurring"_s][u"meter"_s].toString() != meterId);
    const QJsonArray pagerTiers = pagerPrice[u"tiers"_s].toArray();
    QCOMPARE(pagerTiers.size(), 1); // nothing included: no free tier
    QCOMPARE(pagerTiers[0][u"up_to"_s].toString(), u"inf"_s);
    QCOMPARE(pagerTiers[0][u"unit_amount_decimal"_s].toString(), u"0.428571428571"_s); // 3 / 7
    m_f.stripe.pay(QUrl(pager[u"checkout_url"_s].toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderStatus(u"metered"_s, pager[u"order"_s][u"id"_s].toString()),
                              u"fulfilled"_s, 30000);
    // Stamped now: the pager's period began at its purchase, after `now` above.
    const QJsonObject pagerRecord{{u"id"_s, u"p-1"_s},
                                  {u"quantity"_s, 10},
                                  {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const HttpAnswer pagerUsage = tenantCall(m_f.server, "POST", u"/modules/pager/usage"_s, u"metered"_s,
                                             {{u"records"_s, QJsonArray{pagerRecord}}});
    QVERIFY2(pagerUsage.status == 200, pagerUsage.body.constData());
    QVERIFY2(pagerUsage.json()[u"amount"_s].toInteger() == 4, pagerUsage.body.constData()); // 4.2857...

    // ... so each renewal bills exactly its own module's usage.
    const auto renew = [&](const QString& checkoutUrl) {
        const QString subscription = m_f.sessionState(checkoutUrl)[u"subscription"_s][u"id"_s].toString();
        return m_f.stripe.control("POST", u"/_test/subscriptions/%1/renew"_s.arg(subscription))[u"object"_s]
            .toObject();
    };
    const QJsonObject meterInvoice = renew(bought[u"checkout_url"_s].toString());
    QCOMPARE(meterInvoice[u"amount_paid"_s].toInteger(), 3);
    const QJsonObject pagerInvoice = renew(pager[u"checkout_url"_s].toString());
    QCOMPARE(pagerInvoice[u"amount_paid"_s].toInteger(), 4);

    // Another tenant buying the same module reuses the meter and the price.
    const QJsonObject other = m_f.buy(u"metered-too"_s, u"meter"_s, u"usage"_s);
    QCOMPARE(other[u"status"_s].toInt(), 201);
    QCOMPARE(requestsTo(m_f.stripe, u"/v1/billing/meters"_s).size(), 2);
    QCOMPARE(requestsTo(m_f.stripe, u"/v1/prices"_s).size(), 2);
    QCOMPARE(
        m_f.sessionRequest(other[u"order"_s][u"id"_s].toString())[u"params"_s][u"line_items"_s][0][u"price"_s]
            .toString(),
        priceId);
}

QTEST_GUILESS_MAIN(tst_ServerUsage)
#include "tst_server_usage.moc"
