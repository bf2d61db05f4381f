#pragma once

#include "core/pricing/Pricing.h"
#include "server/billing/FormEncoder.h"

namespace mm::server::billing {

// A usage module's price as Stripe bills it (docs/checkout.md, "Usage-based billing"): a Billing
// Meter per module and a graduated, tiered monthly price on it whose first tier holds the
// included units at 0 and whose last tier charges unit_amount / per_units per single unit as an
// exact decimal. amount() is the same rule in integers, so the running total modmarketd shows
// is what Stripe's invoice will charge.
class MeteredPrice
{
public:
    // Stripe's unit_amount_decimal takes at most 12 decimal places of a minor unit.
    static constexpr int decimals = 12;

    explicit MeteredPrice(pricing::UsagePrice usage);

    // The meter's event name for a module: one per module, so one module's usage never counts
    // against another's price.
    static QString eventName(const QString& module);

    // unit_amount / per_units in minor units: "0.002" for 2 per 1,000, exact when it ends within
    // 12 decimal places and otherwise rounded half up at the 12th.
    QString unitAmountDecimal() const;
    // What `units` used in one period cost: the included units free, each further unit at
    // unitAmountDecimal(), the total rounded to a whole minor unit, half up.
    qint64 amount(qint64 units) const;
    // Names the pricing the Stripe price was made for; a catalog change makes a new price.
    QString fingerprint() const;

    FormEncoder meterForm(const QString& module, const QString& displayName) const;
    FormEncoder priceForm(const QString& currency, const QString& productName, const QString& meterId) const;

private:
    __extension__ using Scaled = __int128;
    Scaled scaledUnitAmount() const;

    pricing::UsagePrice m_usage;
};

} // namespace mm::server::billing
