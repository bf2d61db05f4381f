// Pricing models, the entry price used for sorting, and money formatting: integers all the way,
// the locale only decides separators and where the symbol goes.
#include "core/pricing/Money.h"
#include "core/pricing/PriceQuote.h"
#include "core/pricing/Pricing.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using mm::ErrorCode;
using mm::pricing::Money;
using mm::pricing::Pricing;
using mm::pricing::PricingModel;

namespace {

constexpr QChar nbsp(0x00A0);

QJsonObject plan(const QString& id, const QString& interval, qint64 amount)
{
    return {{u"id"_s, id}, {u"interval"_s, interval}, {u"amount"_s, amount}};
}

QJsonObject subscription(const QJsonArray& plans)
{
    return {{u"model"_s, u"subscription"_s}, {u"currency"_s, u"EUR"_s}, {u"plans"_s, plans}};
}

QJsonObject usage()
{
    return {{u"model"_s, u"usage"_s}, {u"currency"_s, u"EUR"_s}, {u"unit"_s, u"API call"_s},
            {u"unit_amount"_s, 2},    {u"per_units"_s, 1000},    {u"included_units"_s, 10000},
            {u"period"_s, u"month"_s}};
}

QJsonObject oneTime(qint64 amount)
{
    return {{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, amount}};
}

} // namespace

class tst_Pricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryPrice_data();
    void entryPrice();
    void invalidPricing_data();
    void invalidPricing();
    void shortLabel();
    void minorUnits();
    void formatMoney_data();
    void formatMoney();
    void formatExtremes();
    void formatNativeDigits();
    void priceQuote_data();
    void priceQuote();
    void quotePlans();
    void invalidTierDiscounts_data();
    void invalidTierDiscounts();
    void billableUnits_data();
    void billableUnits();
};

void tst_Pricing::entryPrice_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("model");
    QTest::addColumn<qint64>("entry");

    QTest::newRow("free") << QJsonObject{{u"model"_s, u"free"_s}} << int(PricingModel::Free) << qint64(0);
    QTest::newRow("free ignores amount")
        << QJsonObject{{u"model"_s, u"free"_s}, {u"amount"_s, 500}} << int(PricingModel::Free) << qint64(0);
    QTest::newRow("one time") << oneTime(4900) << int(PricingModel::OneTime) << qint64(4900);
    QTest::newRow("one time zero") << oneTime(0) << int(PricingModel::OneTime) << qint64(0);
    QTest::newRow("monthly only") << subscription({plan(u"m"_s, u"month"_s, 900)})
                                  << int(PricingModel::Subscription) << qint64(900);
    QTest::newRow("yearly cheaper per month")
        << subscription({plan(u"m"_s, u"month"_s, 900), plan(u"y"_s, u"year"_s, 9000)})
        << int(PricingModel::Subscription) << qint64(750);
    QTest::newRow("monthly cheaper") << subscription(
                                            {plan(u"y"_s, u"year"_s, 12000), plan(u"m"_s, u"month"_s, 900)})
                                     << int(PricingModel::Subscription) << qint64(900);
    QTest::newRow("yearly rounds down")
        << subscription({plan(u"y"_s, u"year"_s, 1000)}) << int(PricingModel::Subscription) << qint64(83);
    QTest::newRow("yearly 11 -> 0") << subscription({plan(u"y"_s, u"year"_s, 11)})
                                    << int(PricingModel::Subscription) << qint64(0);
    QTest::newRow("usage") << usage() << int(PricingModel::Usage) << qint64(0);
    QTest::newRow("max safe amount") << oneTime(9007199254740991LL) << int(PricingModel::OneTime)
                                     << qint64(9007199254740991LL);
}

void tst_Pricing::entryPrice()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, model);
    QFETCH(qint64, entry);
    const auto pricing = Pricing::fromJson(json);
    QVERIFY2(pricing, qPrintable(pricing ? QString() : pricing.error().message));
    QCOMPARE(int(pricing->model), model);
    QCOMPARE(pricing->entryPriceMinor(), entry);
}

void tst_Pricing::invalidPricing_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("no model") << QJsonObject{} << u"model"_s;
    QTest::newRow("model case") << QJsonObject{{u"model"_s, u"Free"_s}} << u"\"Free\""_s;
    QTest::newRow("fractional amount")
        << QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 0.5}}
        << u"\"amount\""_s;
    QTest::newRow("amount 2^53") << oneTime(9007199254740992LL) << u"\"amount\""_s;
    QTest::newRow("no currency") << QJsonObject{{u"model"_s, u"one_time"_s}, {u"amount"_s, 1}}
                                 << u"\"currency\""_s;
    QTest::newRow("currency 4 letters")
        << QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EURO"_s}, {u"amount"_s, 1}}
        << u"\"EURO\""_s;
    QTest::newRow("empty plans") << subscription({}) << u"\"plans\""_s;
    QTest::newRow("nine plans") << subscription({plan(u"a"_s, u"month"_s, 1), plan(u"b"_s, u"month"_s, 1),
                                                 plan(u"c"_s, u"month"_s, 1), plan(u"d"_s, u"month"_s, 1),
                                                 plan(u"e"_s, u"month"_s, 1), plan(u"f"_s, u"month"_s, 1),
                                                 plan(u"g"_s, u"month"_s, 1), plan(u"h"_s, u"month"_s, 1),
                                                 plan(u"i"_s, u"month"_s, 1)})
                                << u"\"plans\""_s;
    QTest::newRow("plan without id") << subscription({plan(QString(), u"month"_s, 1)}) << u"\"id\""_s;
    QTest::newRow("plan fractional")
        << subscription({QJsonObject{{u"id"_s, u"m"_s}, {u"interval"_s, u"month"_s}, {u"amount"_s, 8.5}}})
        << u"\"amount\""_s;
    QTest::newRow("plan weekly") << subscription({plan(u"w"_s, u"week"_s, 1)}) << u"\"interval\""_s;
    QJsonObject noUnit = usage();
    noUnit.remove(u"unit"_s);
    QTest::newRow("usage without unit") << noUnit << u"\"unit\""_s;
    QJsonObject zeroPer = usage();
    zeroPer.insert(u"per_units"_s, 0);
    QTest::newRow("usage per 0 units") << zeroPer << u"\"per_units\""_s;
    QJsonObject weekly = usage();
    weekly.insert(u"period"_s, u"week"_s);
    QTest::newRow("usage weekly") << weekly << u"\"period\""_s;
    QJsonObject trial = oneTime(100);
    trial.insert(u"trial_days"_s, 366);
    QTest::newRow("trial 366 days") << trial << u"\"trial_days\""_s;
    trial.insert(u"trial_days"_s, 1.5);
    QTest::newRow("trial 1.5 days") << trial << u"\"trial_days\""_s;
}

void tst_Pricing::invalidPricing()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, fragment);
    const auto pricing = Pricing::fromJson(json);
    QVERIFY(!pricing);
    QCOMPARE(pricing.error().code, ErrorCode::Parse);
    QVERIFY2(pricing.error().message.startsWith(u"pricing: "_s), qPrintable(pricing.error().message));
    QVERIFY2(pricing.error().message.contains(fragment), qPrintable(pricing.error().message));
}

void tst_Pricing::shortLabel()
{
    const QLocale en(u"en_US"_s);
    QCOMPARE(Pricing::fromJson({{u"model"_s, u"free"_s}})->shortLabel(en), u"Free"_s);
    QCOMPARE(Pricing::fromJson(oneTime(4900))->shortLabel(en), u"€49.00"_s);
    QCOMPARE(Pricing::fromJson(subscription({plan(u"m"_s, u"month"_s, 900)}))->shortLabel(en),
             u"€9.00 / month"_s);
    // A monthly plan leads the label even when the yearly one is cheaper per month.
    QCOMPARE(Pricing::fromJson(subscription({plan(u"y"_s, u"year"_s, 9000), plan(u"m"_s, u"month"_s, 900)}))
                 ->shortLabel(en),
             u"€9.00 / month"_s);
    QCOMPARE(Pricing::fromJson(subscription({plan(u"y"_s, u"year"_s, 9000)}))->shortLabel(en),
             u"€90.00 / year"_s);
    QCOMPARE(Pricing::fromJson(usage())->shortLabel(en), u"€0.02 per 1,000 API call"_s);
    auto trial = oneTime(100);
    trial.insert(u"trial_days"_s, 14);
    QCOMPARE(Pricing::fromJson(trial)->trialDays, 14);
}

void tst_Pricing::minorUnits()
{
    QCOMPARE(mm::pricing::minorUnitDigits(u"EUR"), 2);
    QCOMPARE(mm::pricing::minorUnitDigits(u"USD"), 2);
    QCOMPARE(mm::pricing::minorUnitDigits(u"JPY"), 0);
    QCOMPARE(mm::pricing::minorUnitDigits(u"KRW"), 0);
    QCOMPARE(mm::pricing::minorUnitDigits(u"KWD"), 3);
    QCOMPARE(mm::pricing::minorUnitDigits(u"BHD"), 3);
    QVERIFY(mm::pricing::isCurrencyCode(u"EUR"));
    QVERIFY(!mm::pricing::isCurrencyCode(u"eur"));
    QVERIFY(!mm::pricing::isCurrencyCode(u"EU"));
    QVERIFY(!mm::pricing::isCurrencyCode(u"EUR "));
    QVERIFY(!mm::pricing::isCurrencyCode(u"ÉUR"));
}

void tst_Pricing::formatMoney_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("EUR en_US") << u"en_US"_s << qint64(4900) << u"EUR"_s << u"€49.00"_s;
    QTest::newRow("EUR de_DE") << u"de_DE"_s << qint64(4900) << u"EUR"_s
                               << QString(u"49,00"_s + nbsp + u"€"_s);
    QTest::newRow("EUR cents") << u"en_US"_s << qint64(5) << u"EUR"_s << u"€0.05"_s;
    QTest::newRow("EUR zero") << u"en_US"_s << qint64(0) << u"EUR"_s << u"€0.00"_s;
    QTest::newRow("USD grouping") << u"en_US"_s << qint64(123456789) << u"USD"_s << u"$1,234,567.89"_s;
    QTest::newRow("USD de_DE grouping")
        << u"de_DE"_s << qint64(123456789) << u"USD"_s << QString(u"1.234.567,89"_s + nbsp + u"$"_s);
    QTest::newRow("JPY 0 digits") << u"en_US"_s << qint64(4900) << u"JPY"_s << u"¥4,900"_s;
    QTest::newRow("JPY de_DE") << u"de_DE"_s << qint64(4900) << u"JPY"_s
                               << QString(u"4.900"_s + nbsp + u"¥"_s);
    QTest::newRow("KWD 3 digits") << u"en_US"_s << qint64(12345) << u"KWD"_s << u"KWD12.345"_s;
    QTest::newRow("KWD fils") << u"en_US"_s << qint64(7) << u"KWD"_s << u"KWD0.007"_s;
    QTest::newRow("unknown code") << u"en_US"_s << qint64(100) << u"CHF"_s << u"CHF1.00"_s;
    QTest::newRow("negative en_US") << u"en_US"_s << qint64(-4900) << u"EUR"_s << u"-€49.00"_s;
    QTest::newRow("negative de_DE") << u"de_DE"_s << qint64(-4900) << u"EUR"_s
                                    << QString(u"-49,00"_s + nbsp + u"€"_s);
    QTest::newRow("negative cent") << u"en_US"_s << qint64(-1) << u"EUR"_s << u"-€0.01"_s;
    QTest::newRow("negative JPY") << u"en_US"_s << qint64(-5) << u"JPY"_s << u"-¥5"_s;
    // 2^53 + 1 is not exact in a double: only integer arithmetic prints it right.
    QTest::newRow("beyond double") << u"en_US"_s << qint64(9007199254740993LL) << u"USD"_s
                                   << u"$90,071,992,547,409.93"_s;
}

void tst_Pricing::formatMoney()
{
    QFETCH(QString, locale);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(mm::pricing::formatMoney(Money{amount, currency}, QLocale(locale)), expected);
}

void tst_Pricing::formatExtremes()
{
    const QLocale en(u"en_US"_s);
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QCOMPARE(mm::pricing::formatMoney({min, u"USD"_s}, en), u"-$92,233,720,368,547,758.08"_s);
    QCOMPARE(mm::pricing::formatMoney({max, u"USD"_s}, en), u"$92,233,720,368,547,758.07"_s);
    QCOMPARE(mm::pricing::formatMoney({min, u"JPY"_s}, en), u"-¥9,223,372,036,854,775,808"_s);
    QCOMPARE(mm::pricing::formatMoney({min, u"KWD"_s}, en), u"-KWD9,223,372,036,854,775.808"_s);
}

void tst_Pricing::formatNativeDigits()
{
    // ar_EG writes Arabic-Indic digits: the whole amount must use them, and a negative amount
    // must keep its sign even though the locale's currency pattern has no ASCII '7' to replace.
    const QLocale ar(u"ar_EG"_s);
    const QString positive = mm::pricing::formatMoney({4905, u"EUR"_s}, ar);
    const QString negative = mm::pricing::formatMoney({-4905, u"EUR"_s}, ar);
    for (const QString& text : {positive, negative}) {
        QVERIFY2(std::none_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }),
                 qPrintable(text));
        QVERIFY2(text.contains(ar.toString(49)) && text.contains(ar.toString(0) + ar.toString(5)),
                 qPrintable(text));
        QVERIFY(text.contains(u"€"_s));
    }
    QVERIFY2(!positive.contains(ar.negativeSign()), qPrintable(positive));
    QVERIFY2(negative.contains(ar.negativeSign()), qPrintable(negative));
}

void tst_Pricing::priceQuote_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("expected");
    // business 10 %, enterprise 15 %: the highest tier the tenant reaches wins.
    QTest::newRow("free tier") << qint64(4900) << u"free"_s << 0 << qint64(4900);
    QTest::newRow("team below any") << qint64(4900) << u"team"_s << 0 << qint64(4900);
    QTest::newRow("business") << qint64(4900) << u"business"_s << 10 << qint64(4410);
    QTest::newRow("enterprise") << qint64(4900) << u"enterprise"_s << 15 << qint64(4165);
    // 999 * 10 / 100 = 99 (99.9 truncated): the buyer pays 900, never a fraction of a cent.
    QTest::newRow("rounding") << qint64(999) << u"business"_s << 10 << qint64(900);
    QTest::newRow("odd cents") << qint64(1) << u"enterprise"_s << 15 << qint64(1);
    QTest::newRow("zero") << qint64(0) << u"enterprise"_s << 15 << qint64(0);
}

void tst_Pricing::priceQuote()
{
    QFETCH(qint64, amount);
    QFETCH(QString, tier);
    QFETCH(int, percent);
    QFETCH(qint64, expected);
    QJsonObject json = oneTime(amount);
    json.insert(u"tier_discounts"_s, QJsonObject{{u"enterprise"_s, 15}, {u"business"_s, 10}});
    const auto pricing = Pricing::fromJson(json);
    QVERIFY2(pricing, qPrintable(pricing ? QString() : pricing.error().message));
    const auto quote = mm::pricing::PriceQuote::of(*pricing, *mm::licensing::tierFromName(tier));
    QCOMPARE(quote.discountPercent, percent);
    QVERIFY(quote.oneTime);
    QCOMPARE(quote.oneTime->listAmount, amount);
    QCOMPARE(quote.oneTime->amount, expected);
    QCOMPARE(quote.amountFor(u"one_time"_s).value_or(-1), qint64(expected));
    QVERIFY(!quote.amountFor(u"monthly"_s));
}

void tst_Pricing::quotePlans()
{
    QJsonObject json =
        subscription({plan(u"monthly"_s, u"month"_s, 2900), plan(u"yearly"_s, u"year"_s, 29000)});
    // A lower tier listed with a bigger discount still only applies to tenants of that tier up.
    json.insert(u"tier_discounts"_s, QJsonObject{{u"team"_s, 5}, {u"enterprise"_s, 25}});
    const auto pricing = Pricing::fromJson(json);
    QVERIFY(pricing);
    const auto business = mm::pricing::PriceQuote::of(*pricing, mm::licensing::Tier::Business);
    QCOMPARE(business.discountPercent, 5);
    QCOMPARE(business.plans.size(), 2);
    QCOMPARE(business.plans[0].amount, 2755);
    QCOMPARE(business.plans[1].amount, 27550);
    QCOMPARE(business.amountFor(u"yearly"_s).value_or(-1), qint64(27550));
    QVERIFY(!business.amountFor(u"one_time"_s));
    QVERIFY(!business.oneTime);
    QCOMPARE(mm::pricing::PriceQuote::of(*pricing, mm::licensing::Tier::Enterprise).plans[0].amount, 2175);
    // Usage is never discounted.
    QJsonObject metered = usage();
    metered.insert(u"tier_discounts"_s, QJsonObject{{u"free"_s, 50}});
    const auto usagePricing = Pricing::fromJson(metered);
    QVERIFY(usagePricing);
    const auto usageQuote = mm::pricing::PriceQuote::of(*usagePricing, mm::licensing::Tier::Enterprise);
    QCOMPARE(usageQuote.discountPercent, 0);
    QCOMPARE(usageQuote.usage->unitAmount, 2);
    QCOMPARE(usageQuote.amountFor(u"usage"_s).value_or(-1), qint64(0));
}

void tst_Pricing::invalidTierDiscounts_data()
{
    QTest::addColumn<QJsonValue>("discounts");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not an object") << QJsonValue(10) << u"must be an object"_s;
    QTest::newRow("unknown tier") << QJsonValue(QJsonObject{{u"gold"_s, 10}}) << u"\"gold\" is not a tier"_s;
    QTest::newRow("zero") << QJsonValue(QJsonObject{{u"team"_s, 0}}) << u"tier team"_s;
    QTest::newRow("above 90") << QJsonValue(QJsonObject{{u"business"_s, 91}}) << u"1 to 90"_s;
    QTest::newRow("fraction") << QJsonValue(QJsonObject{{u"business"_s, 10.5}}) << u"whole percent"_s;
    QTest::newRow("text") << QJsonValue(QJsonObject{{u"business"_s, u"10"_s}}) << u"whole percent"_s;
}

void tst_Pricing::invalidTierDiscounts()
{
    QFETCH(QJsonValue, discounts);
    QFETCH(QString, fragment);
    QJsonObject json = oneTime(4900);
    json.insert(u"tier_discounts"_s, discounts);
    const auto pricing = Pricing::fromJson(json);
    QVERIFY(!pricing);
    QCOMPARE(pricing.error().code, ErrorCode::Parse);
    QVERIFY2(pricing.error().message.contains(u"tier_discounts"_s), qPrintable(pricing.error().message));
    QVERIFY2(pricing.error().message.contains(fragment), qPrintable(pricing.error().message));
}

void tst_Pricing::billableUnits_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<qint64>("billable");
    // 10,000 calls included.
    QTest::newRow("none") << qint64(0) << qint64(0);
    QTest::newRow("within included") << qint64(10000) << qint64(0);
    QTest::newRow("one past") << qint64(10001) << qint64(1);
    QTest::newRow("many") << qint64(1010000) << qint64(1000000);
}

void tst_Pricing::billableUnits()
{
    QFETCH(qint64, units);
    QFETCH(qint64, billable);
    const auto pricing = Pricing::fromJson(usage());
    QVERIFY(pricing);
    QCOMPARE(mm::pricing::PriceQuote::billableUnits(pricing->usage, units), billable);
}

QTEST_GUILESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"
