#pragma once

#include "server/billing/BillingContext.h"
#include "server/billing/EventEffect.h"

namespace mm::server::billing {

// A subscription's life after checkout: renewals (invoice.paid for a new cycle, with a fresh
// license for the new period), failed payments, Stripe-side changes and cancellation. A lapsed
// subscription's license is left to run out with its grace. Runs inside the event's transaction.
class SubscriptionEvents
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::SubscriptionEvents)

public:
    explicit SubscriptionEvents(BillingContext& context);

    Result<EventEffect> invoicePaid(const QJsonObject& invoice);
    Result<EventEffect> invoiceFailed(const QJsonObject& invoice);
    Result<EventEffect> updated(const QJsonObject& subscription);
    Result<EventEffect> deleted(const QJsonObject& subscription);

private:
    // Both records of the subscription: billing's row and the license side's row.
    Result<void> setState(const BillingSubscription& subscription, const QString& status,
                          const QDateTime& periodStart, const QDateTime& periodEnd,
                          const QDateTime& canceledAt);

    BillingContext& m_context;
};

} // namespace mm::server::billing
