#pragma once

#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"
#include "server/billing/CheckoutEvents.h"
#include "server/billing/RefundEvents.h"
#include "server/billing/SubscriptionEvents.h"

#include <QObject>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace mm::server::billing {

// POST /api/marketplace/stripe/webhook (docs/checkout.md, "Webhooks"): refuses anything whose
// Stripe-Signature does not verify, then handles each event id once: the event id is recorded in
// the same transaction as its effect.
class WebhookRoutes : public QObject
{
    Q_OBJECT

public:
    explicit WebhookRoutes(BillingContext& context, QObject* parent = nullptr);
    void registerOn(ApiRouter& router);

private:
    void receive(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // Handles a verified event in one transaction and says how to answer Stripe.
    QHttpServerResponse apply(const QJsonObject& event, const std::optional<QJsonObject>& subscription);
    Result<EventEffect> dispatch(const QString& type, const QJsonObject& object,
                                 const std::optional<QJsonObject>& subscription);

    BillingContext& m_context;
    CheckoutEvents m_checkout;
    SubscriptionEvents m_subscriptionEvents;
    RefundEvents m_refunds;
};

} // namespace mm::server::billing
