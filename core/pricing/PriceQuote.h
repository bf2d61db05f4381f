#pragma once

#include "core/licensing/Tier.h"
#include "core/pricing/Pricing.h"

#include <optional>

namespace mm::pricing {

// What one tenant pays for a module: the list price with its tier's discount taken off, in
// integers (docs/checkout.md, "Prices"). The app and modmarketd compute it the same way, so the
// price a tenant sees is the price Checkout charges. Usage prices are not discounted.
struct PriceQuote
{
    struct Plan
    {
        QString id;
        Interval interval = Interval::Month;
        qint64 listAmount = 0;
        qint64 amount = 0;
    };
    struct OneTime
    {
        qint64 listAmount = 0;
        qint64 amount = 0;
    };

    PricingModel model = PricingModel::Free;
    QString currency;
    licensing::Tier tier = licensing::Tier::Free;
    int discountPercent = 0;
    int trialDays = 0;
    QList<Plan> plans;              // subscription modules only
    std::optional<OneTime> oneTime; // one-time modules only
    std::optional<UsagePrice> usage;

    static PriceQuote of(const Pricing& pricing, licensing::Tier tier);
    // amount - amount * percent / 100, rounded towards the buyer's favour only as far as integer
    // division goes: never a fraction of a minor unit.
    static qint64 discounted(qint64 amount, int percent);
    // Units past the included ones. What they cost follows Stripe's graduated tiers and lives
    // with the metered price modmarketd creates (server/billing/MeteredPrice), so that the running
    // total and Stripe's invoice cannot disagree.
    static qint64 billableUnits(const UsagePrice& usage, qint64 units);

    // The amount charged for a plan id as docs/checkout.md names them ("one_time", "usage" or a
    // subscription plan's id); nullopt when the module has no such plan. Usage is charged later,
    // by metered use, so its checkout amount is 0.
    std::optional<qint64> amountFor(const QString& planId) const;
    // The subscription plan of that id, if any.
    const Plan* plan(const QString& planId) const;
};

} // namespace mm::pricing
