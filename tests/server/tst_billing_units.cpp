// The billing pieces that need no server: Stripe's form encoding, webhook signatures (checked
// against a signature computed here independently), the loopback callback rule, fee rounding and
// the metered price's decimal unit amount and running total.
#include "server/billing/CheckoutCallback.h"
#include "server/billing/FormEncoder.h"
#include "server/billing/MeteredPrice.h"
#include "server/billing/RevenueReport.h"
#include "server/billing/StripeSignature.h"

#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mm::server::billing;
using Verdict = StripeSignature::Verdict;

class tst_BillingUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formEncoding();
    void signature();
    void callbackRule_data();
    void callbackRule();
    void callbackRedirect();
    void feeRounding();
    void meteredPrice_data();
    void meteredPrice();
};

void tst_BillingUnits::formEncoding()
{
    FormEncoder form;
    form.add(u"line_items[0][price_data][unit_amount]"_s, 4900)
        .add(u"metadata[order]"_s, u"ord-1"_s)
        .add(u"product_data[name]"_s, u"Reports & more = 100% é"_s)
        .add(u"success_url"_s, u"http://h/c?order=1&session_id={CHECKOUT_SESSION_ID}"_s);
    const QByteArray body = form.encode();
    QCOMPARE(body.split('&').size(), 4); // no value smuggles a field
    QVERIFY(body.startsWith("line_items[0][price_data][unit_amount]=4900&metadata[order]=ord-1&"));
    QVERIFY(body.contains("product_data[name]=Reports%20%26%20more%20%3D%20100%25%20%C3%A9"));
    // Decoding gives back exactly what was put in.
    const QUrlQuery decoded(QString::fromLatin1(body));
    QCOMPARE(decoded.queryItemValue(u"success_url"_s, QUrl::FullyDecoded),
             u"http://h/c?order=1&session_id={CHECKOUT_SESSION_ID}"_s);
    QVERIFY(FormEncoder().encode().isEmpty());
}

void tst_BillingUnits::signature()
{
    const QByteArray secret = "whsec_unit";
    const QByteArray body = R"({"id":"evt_1","object":"event"})";
    const qint64 t = 1700000000;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(t) + '.' + body);
    const QByteArray expected = mac.result().toHex();
    QCOMPARE(StripeSignature::sign(t, body, secret), expected);
    const QByteArray good = "t=1700000000,v1=" + expected;
    QCOMPARE(StripeSignature::verify(good, body, secret, t), Verdict::Valid);
    QCOMPARE(StripeSignature::verify(good, body, secret, t + 300), Verdict::Valid);
    QCOMPARE(StripeSignature::verify(good, body, secret, t + 301), Verdict::Stale);
    QCOMPARE(StripeSignature::verify(good, body, secret, t - 301), Verdict::Stale);
    // Several v1 (a secret being rolled): any one matching is enough; v0 is never trusted.
    QCOMPARE(StripeSignature::verify("t=1700000000,v1=00ff,v1=" + expected + ",v0=abc", body, secret, t),
             Verdict::Valid);
    QCOMPARE(StripeSignature::verify("t=1700000000,v0=" + expected, body, secret, t), Verdict::Malformed);
    QCOMPARE(StripeSignature::verify(good, body + " ", secret, t), Verdict::NoMatch);
    QCOMPARE(StripeSignature::verify(good, body, "whsec_other", t), Verdict::NoMatch);
    QCOMPARE(StripeSignature::verify("t=1700000000,v1=" + expected.left(63), body, secret, t),
             Verdict::NoMatch);
    QCOMPARE(StripeSignature::verify({}, body, secret, t), Verdict::Missing);
    QCOMPARE(StripeSignature::verify("t=abc,v1=" + expected, body, secret, t), Verdict::Malformed);
    QCOMPARE(StripeSignature::verify("v1=" + expected, body, secret, t), Verdict::Malformed);
    QCOMPARE(StripeSignature::verify("t=1,t=1700000000,v1=" + expected, body, secret, t), Verdict::Malformed);
    QCOMPARE(StripeSignature::verify("garbage", body, secret, t), Verdict::Malformed);
}

void tst_BillingUnits::callbackRule_data()
{
    QTest::addColumn<QString>("callback");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<bool>("accepted");
    const QString nonce = u"0123456789abcdef"_s;
    QTest::newRow("none") << QString() << QString() << true;
    QTest::newRow("ipv4") << u"http://127.0.0.1:4711/checkout"_s << nonce << true;
    QTest::newRow("ipv6") << u"http://[::1]:4711/checkout"_s << nonce << true;
    QTest::newRow("https") << u"https://127.0.0.1:4711/checkout"_s << nonce << false;
    QTest::newRow("elsewhere") << u"http://evil.example:4711/checkout"_s << nonce << false;
    QTest::newRow("localhost name") << u"http://localhost:4711/checkout"_s << nonce << false;
    QTest::newRow("other loopback") << u"http://127.0.0.2:4711/checkout"_s << nonce << false;
    QTest::newRow("no port") << u"http://127.0.0.1/checkout"_s << nonce << false;
    QTest::newRow("no path") << u"http://127.0.0.1:4711"_s << nonce << false;
    QTest::newRow("user info") << u"http://evil.example@127.0.0.1:4711/c"_s << nonce << false;
    QTest::newRow("query") << u"http://127.0.0.1:4711/c?x=1"_s << nonce << false;
    QTest::newRow("no nonce") << u"http://127.0.0.1:4711/checkout"_s << QString() << false;
    QTest::newRow("nonce only") << QString() << nonce << false;
    QTest::newRow("short nonce") << u"http://127.0.0.1:4711/checkout"_s << u"0123456789abcde"_s << false;
    QTest::newRow("long nonce") << u"http://127.0.0.1:4711/checkout"_s << QString(129, u'a') << false;
    QTest::newRow("nonce chars") << u"http://127.0.0.1:4711/checkout"_s << u"0123456789abcdef&x=1"_s << false;
}

void tst_BillingUnits::callbackRule()
{
    QFETCH(QString, callback);
    QFETCH(QString, nonce);
    QFETCH(bool, accepted);
    const auto result = CheckoutCallback::check(callback, nonce);
    QCOMPARE(bool(result), accepted);
    if (!result)
        QVERIFY(!result.error().message.isEmpty());
}

void tst_BillingUnits::callbackRedirect()
{
    const QUrl url = CheckoutCallback::redirect(u"http://127.0.0.1:4711/checkout"_s, u"ord-1"_s,
                                                u"0123456789abcdef"_s, u"complete"_s);
    QCOMPARE(url.toString(),
             u"http://127.0.0.1:4711/checkout?order=ord-1&nonce=0123456789abcdef&result=complete"_s);
}

void tst_BillingUnits::feeRounding()
{
    const RevenueReport report(20);
    const auto t = report.finish({999, 0, 0, 0, 1});
    QCOMPARE(t.fee, 199); // 199.8 rounds down: the fraction stays with the developer
    QCOMPARE(t.net, 800);
    const auto refunded = report.finish({1000, 1000, 0, 0, 1});
    QCOMPARE(refunded.fee, 0);
    QCOMPARE(refunded.net, 0);
    QCOMPARE(RevenueReport(0).finish({1000, 0, 0, 0, 1}).net, 1000);
}

void tst_BillingUnits::meteredPrice_data()
{
    QTest::addColumn<qint64>("unitAmount");
    QTest::addColumn<qint64>("perUnits");
    QTest::addColumn<qint64>("included");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<qint64>("amount");
    QTest::newRow("2 per 1000, exact") << 2LL << 1000LL << 10000LL << u"0.002"_s << 11000LL << 2LL;
    QTest::newRow("2 per 1000, 2.002") << 2LL << 1000LL << 10000LL << u"0.002"_s << 11001LL << 2LL;
    QTest::newRow("2 per 1000, half up") << 2LL << 1000LL << 10000LL << u"0.002"_s << 11250LL << 3LL;
    QTest::newRow("2 per 1000, just below half") << 2LL << 1000LL << 10000LL << u"0.002"_s << 11249LL << 2LL;
    QTest::newRow("within included units") << 2LL << 1000LL << 10000LL << u"0.002"_s << 9999LL << 0LL;
    QTest::newRow("20 per 100") << 20LL << 100LL << 0LL << u"0.2"_s << 7LL << 1LL;
    QTest::newRow("whole unit price") << 7LL << 1LL << 0LL << u"7"_s << 6LL << 42LL;
    QTest::newRow("3 per 7, rounded at 12 places") << 3LL << 7LL << 0LL << u"0.428571428571"_s << 10LL << 4LL;
    QTest::newRow("2 per 3, rounded up at 12 places")
        << 2LL << 3LL << 0LL << u"0.666666666667"_s << 3LL << 2LL;
    QTest::newRow("large usage stays exact")
        << 1LL << 1000000LL << 0LL << u"0.000001"_s << 2500000000000LL << 2500000LL;
}

void tst_BillingUnits::meteredPrice()
{
    QFETCH(qint64, unitAmount);
    QFETCH(qint64, perUnits);
    QFETCH(qint64, included);
    QFETCH(QString, decimal);
    QFETCH(qint64, units);
    QFETCH(qint64, amount);
    mm::pricing::UsagePrice usage;
    usage.unitAmount = unitAmount;
    usage.perUnits = perUnits;
    usage.includedUnits = included;
    usage.period = u"month"_s;
    const MeteredPrice price(usage);
    QCOMPARE(price.unitAmountDecimal(), decimal);
    QCOMPARE(price.amount(units), amount);
    QCOMPARE(MeteredPrice::eventName(u"crm-sync"_s), u"modmarket.crm-sync"_s);

    const QUrlQuery form(QString::fromLatin1(price.priceForm(u"EUR"_s, u"Module"_s, u"mtr_1"_s).encode()));
    QCOMPARE(form.queryItemValue(u"currency"_s), u"eur"_s);
    QCOMPARE(form.queryItemValue(u"recurring[meter]"_s), u"mtr_1"_s);
    const int last = included > 0 ? 1 : 0;
    QCOMPARE(form.hasQueryItem(u"tiers[1][up_to]"_s), included > 0);
    QCOMPARE(form.queryItemValue(u"tiers[%1][up_to]"_s.arg(last)), u"inf"_s);
    QCOMPARE(form.queryItemValue(u"tiers[%1][unit_amount_decimal]"_s.arg(last)), decimal);
}

QTEST_GUILESS_MAIN(tst_BillingUnits)
#include "tst_billing_units.moc"
