#pragma once

#include "server/billing/BillingContext.h"
#include "server/billing/EventEffect.h"

#include <optional>
#include <variant>

namespace mm::server::billing {

// checkout.session.completed and .expired: an order is paid (a payment row, a license, and for
// subscriptions the subscription records) or is over. Runs inside the event's transaction.
class CheckoutEvents
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::CheckoutEvents)

public:
    explicit CheckoutEvents(BillingContext& context);

    // `subscription` is Stripe's subscription object for subscription-mode sessions.
    Result<EventEffect> completed(const QJsonObject& session, const std::optional<QJsonObject>& subscription);
    Result<EventEffect> expired(const QJsonObject& session);

private:
    // The pending order the session pays for, or why the session does not match one.
    Result<std::variant<Order, EventEffect>> matchingOrder(const QJsonObject& session);
    Result<EventEffect> fulfilSubscription(const Order& order, const catalog::ModuleRecord& module,
                                           const QJsonObject& session, const QJsonObject& subscription);

    BillingContext& m_context;
};

} // namespace mm::server::billing
