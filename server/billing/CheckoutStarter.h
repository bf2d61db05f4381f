#pragma once

#include "core/pricing/Pricing.h"
#include "server/billing/BillingContext.h"
#include "server/billing/MeteredPriceSetup.h"

#include <functional>
#include <optional>

namespace mm::server::billing {

// Opens the Stripe Checkout Session of an order (docs/checkout.md, "Orders and checkout"): the
// tenant's Stripe customer first (created once), for usage the module's metered price
// (MeteredPriceSetup), then the session, with the order id as the idempotency key so a retried
// request never opens a second session.
class CheckoutStarter
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::CheckoutStarter)

public:
    struct Line
    {
        QString productName;
        std::optional<pricing::Interval> interval; // subscriptions and usage
        std::optional<pricing::UsagePrice> usage;  // usage: sold with a metered Stripe price
        qint64 unitAmount = 0;                     // the order amount (not for usage)
        int trialDays = 0;                         // 0: no trial
    };
    struct Session
    {
        QString id;
        QString url;
    };
    using Callback = std::function<void(Result<Session>)>;

    explicit CheckoutStarter(BillingContext& context);

    void start(const Order& order, const Line& line, QObject* receiver, Callback done);
    // The session request's form, exactly as sent (tested through the fake Stripe's request log);
    // `meteredPrice` is the Stripe price id of a usage line.
    FormEncoder sessionForm(const Order& order, const Line& line, const QString& customer,
                            const QString& meteredPrice = {}) const;

private:
    void withCustomer(const QString& tenant, QObject* receiver, std::function<void(Result<QString>)> done);

    void openSession(const Order& order, const Line& line, const QString& customer,
                     const QString& meteredPrice, QObject* receiver, const Callback& done);

    BillingContext& m_context;
    MeteredPriceSetup m_prices;
};

} // namespace mm::server::billing
