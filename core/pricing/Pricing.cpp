#include "core/pricing/Pricing.h"

#include "core/common/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::pricing {
namespace {

// The JSON key is the context a reader needs, so it prefixes the translated explanation.
std::unexpected<Error> invalid(const QString& what)
{
    return fail(ErrorCode::Parse, u"pricing: "_s + what);
}

Result<QList<TierDiscount>> parseTierDiscounts(const QJsonValue& value)
{
    if (!value.isObject())
        return invalid(Pricing::tr("\"tier_discounts\" must be an object of tier names and percents"));
    const QJsonObject object = value.toObject();
    QList<TierDiscount> discounts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto tier = licensing::tierFromName(it.key());
        if (!tier)
            return invalid(Pricing::tr("\"tier_discounts\": \"%1\" is not a tier (free, team, business or "
                                       "enterprise)")
                               .arg(it.key()));
        const auto percent = wholeNumber(it.value());
        if (!percent || *percent < 1 || *percent > 90)
            return invalid(Pricing::tr("\"tier_discounts\": the discount of tier %1 must be a whole percent "
                                       "from 1 to 90")
                               .arg(it.key()));
        discounts.append({*tier, int(*percent)});
    }
    std::ranges::sort(discounts, {}, [](const TierDiscount& d) { return int(d.tier); });
    return discounts;
}

} // namespace

QString modelName(PricingModel model)
{
    switch (model) {
    case PricingModel::Free:
        return u"free"_s;
    case PricingModel::OneTime:
        return u"one_time"_s;
    case PricingModel::Subscription:
        return u"subscription"_s;
    case PricingModel::Usage:
        return u"usage"_s;
    }
    return {};
}

std::optional<PricingModel> modelFromName(QStringView name)
{
    for (auto model :
         {PricingModel::Free, PricingModel::OneTime, PricingModel::Subscription, PricingModel::Usage})
        if (name == modelName(model))
            return model;
    return std::nullopt;
}

Result<Pricing> Pricing::fromJson(const QJsonObject& json)
{
    Pricing p;
    const auto model = modelFromName(json.value(u"model").toString());
    if (!model)
        return invalid(tr("unknown model \"%1\" (expected free, one_time, subscription or usage)")
                           .arg(json.value(u"model").toString()));
    p.model = *model;
    if (p.model == PricingModel::Free)
        return p;

    p.currency = json.value(u"currency").toString();
    if (!isCurrencyCode(p.currency))
        return invalid(tr("\"currency\" must be an ISO 4217 code such as EUR, got \"%1\"").arg(p.currency));
    if (json.contains(u"trial_days")) {
        const auto days = wholeNumber(json.value(u"trial_days"));
        if (!days || *days < 1 || *days > 365)
            return invalid(tr("\"trial_days\" must be a whole number from 1 to 365"));
        p.trialDays = int(*days);
    }
    if (json.contains(u"tier_discounts")) {
        auto discounts = parseTierDiscounts(json.value(u"tier_discounts"));
        if (!discounts)
            return std::unexpected(discounts.error());
        p.tierDiscounts = std::move(*discounts);
    }

    switch (p.model) {
    case PricingModel::Free:
        break;
    case PricingModel::OneTime: {
        const auto amount = wholeNumber(json.value(u"amount"));
        if (!amount)
            return invalid(tr("\"amount\" must be a whole number of minor units (cents)"));
        p.amount = *amount;
        break;
    }
    case PricingModel::Subscription: {
        const QJsonArray plans = json.value(u"plans").toArray();
        if (plans.isEmpty() || plans.size() > 8)
            return invalid(tr("a subscription needs 1 to 8 \"plans\""));
        for (const QJsonValue& value : plans) {
            const QJsonObject plan = value.toObject();
            SubscriptionPlan sp;
            sp.id = plan.value(u"id").toString();
            const QString interval = plan.value(u"interval").toString();
            if (interval == u"month")
                sp.interval = Interval::Month;
            else if (interval == u"year")
                sp.interval = Interval::Year;
            else
                return invalid(tr("plan \"%1\": \"interval\" must be month or year").arg(sp.id));
            const auto amount = wholeNumber(plan.value(u"amount"));
            if (sp.id.isEmpty() || !amount)
                return invalid(tr("each plan needs an \"id\" and a whole-number \"amount\""));
            sp.amount = *amount;
            p.plans.append(sp);
        }
        break;
    }
    case PricingModel::Usage: {
        p.usage.unit = json.value(u"unit").toString();
        const auto unitAmount = wholeNumber(json.value(u"unit_amount"));
        const auto perUnits = wholeNumber(json.value(u"per_units"));
        const auto included = wholeNumber(json.value(u"included_units"));
        p.usage.period = json.value(u"period").toString();
        if (p.usage.unit.isEmpty() || !unitAmount || !perUnits || *perUnits < 1 || !included)
            return invalid(tr("usage pricing needs \"unit\", \"unit_amount\", \"per_units\" >= 1 and "
                              "\"included_units\" as whole numbers"));
        if (p.usage.period != u"month")
            return invalid(tr("usage \"period\" must be month"));
        p.usage.unitAmount = *unitAmount;
        p.usage.perUnits = *perUnits;
        p.usage.includedUnits = *included;
        break;
    }
    }
    return p;
}

int Pricing::discountPercentFor(licensing::Tier tier) const
{
    int percent = 0;
    for (const TierDiscount& discount : tierDiscounts)
        if (licensing::tierAllows(tier, discount.tier))
            percent = discount.percent; // sorted upwards, so the highest applicable tier wins
    return percent;
}

qint64 Pricing::entryPriceMinor() const
{
    switch (model) {
    case PricingModel::Free:
    case PricingModel::Usage:
        return 0;
    case PricingModel::OneTime:
        return amount;
    case PricingModel::Subscription: {
        qint64 best = std::numeric_limits<qint64>::max();
        for (const auto& plan : plans)
            best = std::min(best, plan.interval == Interval::Year ? plan.amount / 12 : plan.amount);
        return plans.isEmpty() ? 0 : best;
    }
    }
    return 0;
}

QString Pricing::shortLabel(const QLocale& locale) const
{
    switch (model) {
    case PricingModel::Free:
        return tr("Free");
    case PricingModel::OneTime:
        return formatMoney({amount, currency}, locale);
    case PricingModel::Subscription: {
        // People compare subscriptions per month, so a monthly plan leads when there is one.
        const auto monthly = std::find_if(plans.begin(), plans.end(),
                                          [](const auto& plan) { return plan.interval == Interval::Month; });
        const auto shown = monthly != plans.end() ? monthly : plans.begin();
        if (shown == plans.end())
            return {};
        const QString price = formatMoney({shown->amount, currency}, locale);
        return shown->interval == Interval::Year ? tr("%1 / year").arg(price) : tr("%1 / month").arg(price);
    }
    case PricingModel::Usage:
        return tr("%1 per %2 %3")
            .arg(formatMoney({usage.unitAmount, currency}, locale), locale.toString(usage.perUnits),
                 usage.unit);
    }
    return {};
}

} // namespace mm::pricing
