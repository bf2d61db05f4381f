#include "core/pricing/PriceQuote.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::pricing {

qint64 PriceQuote::discounted(qint64 amount, int percent)
{
    if (percent <= 0)
        return amount;
    // Amounts are at most 2^53 and percents at most 90, so the product cannot overflow 64 bits.
    return amount - amount * percent / 100;
}

qint64 PriceQuote::billableUnits(const UsagePrice& usage, qint64 units)
{
    return std::max<qint64>(0, units - usage.includedUnits);
}

PriceQuote PriceQuote::of(const Pricing& pricing, licensing::Tier tier)
{
    PriceQuote quote;
    quote.model = pricing.model;
    quote.currency = pricing.currency;
    quote.tier = tier;
    quote.trialDays = pricing.trialDays;
    if (pricing.model == PricingModel::Free)
        return quote;
    quote.discountPercent = pricing.model == PricingModel::Usage ? 0 : pricing.discountPercentFor(tier);
    switch (pricing.model) {
    case PricingModel::Free:
        break;
    case PricingModel::OneTime:
        quote.oneTime = OneTime{pricing.amount, discounted(pricing.amount, quote.discountPercent)};
        break;
    case PricingModel::Subscription:
        for (const SubscriptionPlan& plan : pricing.plans)
            quote.plans.append(
                {plan.id, plan.interval, plan.amount, discounted(plan.amount, quote.discountPercent)});
        break;
    case PricingModel::Usage:
        quote.usage = pricing.usage;
        break;
    }
    return quote;
}

std::optional<qint64> PriceQuote::amountFor(const QString& planId) const
{
    if (model == PricingModel::OneTime && planId == u"one_time")
        return oneTime ? oneTime->amount : 0;
    if (model == PricingModel::Usage && planId == u"usage")
        return 0;
    if (const Plan* found = plan(planId))
        return found->amount;
    return std::nullopt;
}

const PriceQuote::Plan* PriceQuote::plan(const QString& planId) const
{
    if (model != PricingModel::Subscription)
        return nullptr;
    for (const Plan& p : plans)
        if (p.id == planId)
            return &p;
    return nullptr;
}

} // namespace mm::pricing
