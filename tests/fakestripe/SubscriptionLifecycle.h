#pragma once

#include "tests/fakestripe/ObjectFactory.h"
#include "tests/fakestripe/Outcome.h"
#include "tests/fakestripe/WebhookSender.h"

namespace mm::fakestripe {

// What happens to a subscription after checkout: a period renews (paid or failed), the customer
// cancels now or at the period's end, and refunds of its (or any) charge.
class SubscriptionLifecycle
{
public:
    SubscriptionLifecycle(StripeStore& store, WebhookSender& sender)
        : m_store(store)
        , m_sender(sender)
        , m_factory(store)
    {}

    // A new period with an invoice paid (billing_reason subscription_cycle): invoice.paid, then
    // customer.subscription.updated.
    OutcomeResult renew(const QString& subscriptionId, const DeliveryOptions& options = {});
    // The renewal invoice fails: invoice.payment_failed, then customer.subscription.updated
    // (status past_due). The period does not move.
    OutcomeResult fail(const QString& subscriptionId, const DeliveryOptions& options = {});
    // Ends it now: customer.subscription.deleted.
    OutcomeResult cancel(const QString& subscriptionId, const DeliveryOptions& options = {});
    OutcomeResult setCancelAtPeriodEnd(const QString& subscriptionId, bool cancel);
    // `amount` < 0 refunds what is left of the charge; sends charge.refunded.
    OutcomeResult refund(const QString& chargeId, qint64 amount, const DeliveryOptions& options = {});

private:
    std::expected<QJsonObject, HttpReply> live(const QString& subscriptionId) const;
    QString updated(const QJsonObject& subscription, const QJsonObject& previous);

    StripeStore& m_store;
    WebhookSender& m_sender;
    ObjectFactory m_factory;
};

} // namespace mm::fakestripe
