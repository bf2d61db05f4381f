#pragma once

#include "tests/fakestripe/ObjectFactory.h"
#include "tests/fakestripe/Outcome.h"
#include "tests/fakestripe/WebhookSender.h"

namespace mm::fakestripe {

// Ends an open Checkout Session the way the buyer would: paid (payment intent and charge, or
// customer, subscription and first invoice) or expired, and sends the events Stripe sends.
class SessionCompletion
{
public:
    SessionCompletion(StripeStore& store, WebhookSender& sender)
        : m_store(store)
        , m_sender(sender)
        , m_factory(store)
    {}

    OutcomeResult pay(const QString& sessionId, const DeliveryOptions& options = {});
    OutcomeResult expire(const QString& sessionId, const DeliveryOptions& options = {});

    // The success_url with {CHECKOUT_SESSION_ID} replaced, as Stripe redirects.
    static QUrl successUrl(const QJsonObject& session);

private:
    std::expected<QJsonObject, HttpReply> openSession(const QString& sessionId) const;
    QStringList completeSubscription(QJsonObject& session);

    StripeStore& m_store;
    WebhookSender& m_sender;
    ObjectFactory m_factory;
};

} // namespace mm::fakestripe
