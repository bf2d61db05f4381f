// The marketplace's checkout answers parsed into typed values: well-formed answers give every
// field, and hostile or broken ones are refused with an error that names the field.
#include "core/checkout/Order.h"
#include "core/checkout/TenantPrice.h"
#include "core/usage/UsageReporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mm::checkout;

namespace {

// QVERIFY2 builds its message even when the check passes.
template <typename T>
QString why(const mm::Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QJsonObject pendingOrder()
{
    return {{u"id"_s, u"ord-42"_s},
            {u"module"_s, u"reports"_s},
            {u"plan"_s, u"one_time"_s},
            {u"model"_s, u"one_time"_s},
            {u"amount"_s, 4900},
            {u"currency"_s, u"EUR"_s},
            {u"status"_s, u"pending"_s},
            {u"created"_s, u"2026-11-22T08:00:00Z"_s},
            {u"updated"_s, u"2026-11-22T08:00:01Z"_s},
            {u"checkout_url"_s, u"https://checkout.stripe.com/c/pay/cs_test_1"_s},
            {u"license"_s, QJsonValue()},
            {u"message"_s, u""_s}};
}

QJsonObject fulfilledOrder()
{
    QJsonObject order = pendingOrder();
    order.insert(u"status"_s, u"fulfilled"_s);
    order.insert(u"license"_s, QJsonObject{{u"id"_s, u"lic-1"_s},
                                           {u"module"_s, u"reports"_s},
                                           {u"plan"_s, u"one-time"_s},
                                           {u"document"_s, u"{\"format\":\"modmarket-signed/1\"}"_s}});
    return order;
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject subscriptionPrice()
{
    return QJsonDocument::fromJson(R"({"module": "crm-sync", "model": "subscription", "currency": "EUR",
        "tier": "business", "discount_percent": 10, "trial_days": 14,
        "plans": [{"id": "monthly", "interval": "month", "list_amount": 2900, "amount": 2610},
                  {"id": "yearly", "interval": "year", "list_amount": 29000, "amount": 26100}],
        "one_time": null, "usage": null,
        "owned": {"license": "lic-9", "plan": "subscription", "expires": "2026-12-22T08:00:00Z"}})")
        .object();
}

} // namespace

class tst_CheckoutJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderFields();
    void fulfilledOrderCarriesItsLicense();
    void brokenOrdersNameTheField_data();
    void brokenOrdersNameTheField();
    void purchaseAnswer();
    void subscriptionPrice();
    void oneTimeAndUsagePrices();
    void brokenPricesNameTheField_data();
    void brokenPricesNameTheField();
    void usageTotal();
};

void tst_CheckoutJson::orderFields()
{
    const auto order = Order::parse(bytes(pendingOrder()));
    QVERIFY2(order, qPrintable(why(order)));
    QCOMPARE(order->id, u"ord-42"_s);
    QCOMPARE(order->module, u"reports"_s);
    QCOMPARE(order->plan, u"one_time"_s);
    QCOMPARE(order->price, (mm::pricing::Money{4900, u"EUR"_s}));
    QCOMPARE(order->status, OrderStatus::Pending);
    QCOMPARE(order->created, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    QCOMPARE(order->checkoutUrl, QUrl(u"https://checkout.stripe.com/c/pay/cs_test_1"_s));
    QVERIFY(!order->license);
    for (const QString& status : {u"cancelled"_s, u"expired"_s, u"failed"_s})
        QCOMPARE(orderStatusName(*orderStatusFromName(status)), status);
    QVERIFY(!orderStatusFromName(u"paid"));

    // The fake Stripe and the demo serve checkout pages over http on the loopback.
    QJsonObject local = pendingOrder();
    local.insert(u"checkout_url"_s, u"http://127.0.0.1:4242/c/pay/cs_test_1"_s);
    QVERIFY(Order::parse(bytes(local)));
}

void tst_CheckoutJson::fulfilledOrderCarriesItsLicense()
{
    const auto order = Order::parse(bytes(fulfilledOrder()));
    QVERIFY2(order, qPrintable(why(order)));
    QCOMPARE(order->status, OrderStatus::Fulfilled);
    QVERIFY(order->license);
    QCOMPARE(order->license->id, u"lic-1"_s);
    QCOMPARE(order->license->document, QByteArray(R"({"format":"modmarket-signed/1"})"));
}

void tst_CheckoutJson::brokenOrdersNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined removes the field
    QTest::addColumn<QString>("expected");
    QTest::newRow("no id") << u"id"_s << QJsonValue(QJsonValue::Undefined) << u"\"id\" is missing"_s;
    QTest::newRow("id path") << u"id"_s << QJsonValue(u"../orders"_s) << u"\"id\""_s;
    QTest::newRow("status") << u"status"_s << QJsonValue(u"paid"_s) << u"\"status\""_s;
    QTest::newRow("negative amount") << u"amount"_s << QJsonValue(-1) << u"\"amount\""_s;
    QTest::newRow("fraction amount") << u"amount"_s << QJsonValue(49.5) << u"\"amount\""_s;
    QTest::newRow("string amount") << u"amount"_s << QJsonValue(u"4900"_s) << u"\"amount\""_s;
    QTest::newRow("currency") << u"currency"_s << QJsonValue(u"eur"_s) << u"\"currency\""_s;
    QTest::newRow("created") << u"created"_s << QJsonValue(u"yesterday"_s) << u"\"created\""_s;
    QTest::newRow("javascript url") << u"checkout_url"_s << QJsonValue(u"javascript:alert(1)"_s)
                                    << u"\"checkout_url\""_s;
    QTest::newRow("plain http url") << u"checkout_url"_s << QJsonValue(u"http://evil.example/pay"_s)
                                    << u"\"checkout_url\""_s;
    QTest::newRow("license type") << u"license"_s << QJsonValue(u"lic-1"_s) << u"\"license\""_s;
    QTest::newRow("license without document")
        << u"license"_s << QJsonValue(QJsonObject{{u"id"_s, u"lic-1"_s}, {u"module"_s, u"reports"_s}})
        << u"\"document\" is missing"_s;
    QTest::newRow("license of another module")
        << u"license"_s
        << QJsonValue(
               QJsonObject{{u"id"_s, u"lic-1"_s}, {u"module"_s, u"crm-sync"_s}, {u"document"_s, u"x"_s}})
        << u"crm-sync"_s;
    QTest::newRow("message type") << u"message"_s << QJsonValue(42) << u"\"message\""_s;
}

void tst_CheckoutJson::brokenOrdersNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject order = pendingOrder();
    if (value.isUndefined())
        order.remove(field);
    else
        order.insert(field, value);
    const auto parsed = Order::parse(bytes(order));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, mm::ErrorCode::Parse);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void tst_CheckoutJson::purchaseAnswer()
{
    const QJsonObject answer{{u"order"_s, pendingOrder()},
                             {u"checkout_url"_s, u"https://checkout.stripe.com/c/pay/cs_test_1"_s}};
    const auto purchase = Purchase::parse(bytes(answer));
    QVERIFY2(purchase, qPrintable(why(purchase)));
    QCOMPARE(purchase->order.id, u"ord-42"_s);
    QCOMPARE(purchase->checkoutUrl.host(), u"checkout.stripe.com"_s);

    // A fulfilled order without its license is not believed.
    QJsonObject broken = fulfilledOrder();
    broken.insert(u"license"_s, QJsonValue());
    QVERIFY(!Order::parse(bytes(broken)));
    QVERIFY(!Purchase::parse(bytes(QJsonObject{{u"order"_s, pendingOrder()}})));
    QVERIFY(!Purchase::parse("[1, 2]"));
    QVERIFY(!Purchase::parse("{\"order\": "));
    QVERIFY(!Order::parse(QByteArray(4 * 1024 * 1024, ' ')));
}

void tst_CheckoutJson::subscriptionPrice()
{
    const auto price = TenantPrice::parse(bytes(::subscriptionPrice()));
    QVERIFY2(price, qPrintable(why(price)));
    QCOMPARE(price->model, mm::pricing::PricingModel::Subscription);
    QCOMPARE(price->tier, u"business"_s);
    QCOMPARE(price->discountPercent, 10);
    QCOMPARE(price->trialDays, 14);
    QCOMPARE(price->options.size(), 2);
    QCOMPARE(price->defaultPlan(), u"monthly"_s);
    QCOMPARE(price->option(u"yearly"_s)->amount, 26100);
    QCOMPARE(price->option(u"yearly"_s)->listAmount, 29000);
    QCOMPARE(price->option(u"yearly"_s)->interval, u"year"_s);
    QVERIFY(!price->option(u"one_time"_s));
    QVERIFY(price->owned);
    QCOMPARE(price->owned->license, u"lic-9"_s);
    QCOMPARE(price->owned->expires.date(), QDate(2026, 12, 22));
}

void tst_CheckoutJson::oneTimeAndUsagePrices()
{
    const auto oneTime = TenantPrice::parse(R"({"module": "reports", "model": "one_time", "currency": "EUR",
        "tier": "free", "discount_percent": 0, "trial_days": 0, "plans": [],
        "one_time": {"list_amount": 4900, "amount": 4900}, "usage": null, "owned": null})");
    QVERIFY2(oneTime, qPrintable(why(oneTime)));
    QCOMPARE(oneTime->defaultPlan(), u"one_time"_s);
    QCOMPARE(oneTime->option(u"one_time"_s)->amount, 4900);
    QVERIFY(!oneTime->owned);

    const auto usage = TenantPrice::parse(R"({"module": "geo-api", "model": "usage", "currency": "USD",
        "tier": "team", "discount_percent": 0, "trial_days": 0, "plans": [], "one_time": null,
        "usage": {"unit": "API call", "unit_amount": 2, "per_units": 1000, "included_units": 10000,
                  "period": "month"}, "owned": null})");
    QVERIFY2(usage, qPrintable(why(usage)));
    QCOMPARE(usage->defaultPlan(), u"usage"_s);
    QCOMPARE(usage->usage->perUnits, 1000);
    QCOMPARE(usage->usage->includedUnits, 10000);

    const auto free = TenantPrice::parse(R"({"module": "event-bus", "model": "free", "tier": "free",
        "discount_percent": 0, "plans": [], "one_time": null, "usage": null, "owned": null})");
    QVERIFY2(free, qPrintable(why(free)));
    QVERIFY(free->defaultPlan().isEmpty());
}

void tst_CheckoutJson::brokenPricesNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("model") << u"model"_s << QJsonValue(u"pay-what-you-want"_s) << u"\"model\""_s;
    QTest::newRow("discount") << u"discount_percent"_s << QJsonValue(150) << u"\"discount_percent\""_s;
    QTest::newRow("currency") << u"currency"_s << QJsonValue(u"EURO"_s) << u"\"currency\""_s;
    QTest::newRow("no plans") << u"plans"_s << QJsonValue(QJsonArray()) << u"\"plans\""_s;
    QTest::newRow("interval") << u"plans"_s
                              << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, u"weekly"_s},
                                                                   {u"interval"_s, u"week"_s},
                                                                   {u"list_amount"_s, 100},
                                                                   {u"amount"_s, 90}}})
                              << u"plans[0]: \"interval\""_s;
    QTest::newRow("discount raises") << u"plans"_s
                                     << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, u"monthly"_s},
                                                                          {u"interval"_s, u"month"_s},
                                                                          {u"list_amount"_s, 100},
                                                                          {u"amount"_s, 101}}})
                                     << u"\"amount\" 101"_s;
    QTest::newRow("one_time on a subscription")
        << u"one_time"_s << QJsonValue(QJsonObject{{u"list_amount"_s, 1}, {u"amount"_s, 1}})
        << u"\"one_time\""_s;
    QTest::newRow("owned type") << u"owned"_s << QJsonValue(true) << u"\"owned\""_s;
    QTest::newRow("owned expiry") << u"owned"_s
                                  << QJsonValue(QJsonObject{{u"license"_s, u"lic-9"_s},
                                                            {u"plan"_s, u"subscription"_s},
                                                            {u"expires"_s, u"soon"_s}})
                                  << u"\"expires\""_s;
}

void tst_CheckoutJson::brokenPricesNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject price = ::subscriptionPrice();
    price.insert(field, value);
    const auto parsed = TenantPrice::parse(bytes(price));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, mm::ErrorCode::Parse);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void tst_CheckoutJson::usageTotal()
{
    QJsonObject answer{{u"period_start"_s, u"2026-11-01T00:00:00Z"_s},
                       {u"period_end"_s, u"2026-12-01T00:00:00Z"_s},
                       {u"units"_s, 12500},
                       {u"included_units"_s, 10000},
                       {u"billable_units"_s, 2500},
                       {u"amount"_s, 6},
                       {u"currency"_s, u"USD"_s}};
    const auto total = mm::usage::UsageReporter::parseTotal(answer, u"geo-api"_s);
    QVERIFY2(total, qPrintable(why(total)));
    QCOMPARE(total->units, 12500);
    QCOMPARE(total->billableUnits, 2500);
    QCOMPARE(total->amount, (mm::pricing::Money{6, u"USD"_s}));
    QCOMPARE(total->periodEnd.date(), QDate(2026, 12, 1));

    answer.insert(u"billable_units"_s, 20000);
    auto broken = mm::usage::UsageReporter::parseTotal(answer, u"geo-api"_s);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(u"\"billable_units\""_s), qPrintable(broken.error().message));
    answer.insert(u"billable_units"_s, 2500);
    answer.insert(u"units"_s, -5);
    broken = mm::usage::UsageReporter::parseTotal(answer, u"geo-api"_s);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(u"\"units\""_s), qPrintable(broken.error().message));
}

QTEST_GUILESS_MAIN(tst_CheckoutJson)
#include "tst_checkout_json.moc"
