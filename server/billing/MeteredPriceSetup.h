#pragma once

#include "server/billing/BillingContext.h"
#include "server/billing/MeteredPrice.h"

#include <functional>

namespace mm::server::billing {

// Finds or makes the Stripe price a usage module is sold with (docs/checkout.md, "Usage-based
// billing"): its Billing Meter (once per module), then the metered price on it (once per module,
// currency and pricing), both remembered in StripePriceRecords. The Idempotency-Keys derive from
// what is made, so two first purchases at once make one of each; a meter whose event name Stripe
// already has (made before this database knew it) is found by listing the meters.
class MeteredPriceSetup
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::MeteredPriceSetup)

public:
    struct Request
    {
        QString module;
        QString productName;
        QString currency; // ISO 4217, either case
        pricing::UsagePrice usage;
    };
    using Callback = std::function<void(Result<QString>)>;

    explicit MeteredPriceSetup(BillingContext& context);

    // `done` gets the price id.
    void priceFor(const Request& request, QObject* receiver, Callback done);

private:
    void meterFor(const Request& request, QObject* receiver, Callback done);
    // Pages through GET /v1/billing/meters for the module's event name.
    void findMeter(const QString& module, const QString& startingAfter, const Error& createError,
                   QObject* receiver, Callback done);

    BillingContext& m_context;
};

} // namespace mm::server::billing
