#pragma once

#include "tests/fakestripe/FakeConfig.h"
#include "tests/fakestripe/SubscriptionLifecycle.h"

#include <optional>

namespace mm::fakestripe {

// /v1/subscriptions, /v1/billing_portal/sessions, and /v1/refunds (meters: MeterApi).
class BillingApi
{
public:
    BillingApi(const FakeConfig& config, StripeStore& store, SubscriptionLifecycle& lifecycle)
        : m_config(config)
        , m_store(store)
        , m_lifecycle(lifecycle)
    {}

    // nullopt when the route is not one of these; `path` is the part after /v1/.
    std::optional<HttpReply> handle(const QByteArray& method, const QStringList& path,
                                    const QJsonObject& params);

private:
    HttpReply subscription(const QByteArray& method, const QString& id, const QJsonObject& params);
    HttpReply createPortalSession(const QJsonObject& params);
    HttpReply createRefund(const QJsonObject& params);

    const FakeConfig& m_config;
    StripeStore& m_store;
    SubscriptionLifecycle& m_lifecycle;
};

} // namespace mm::fakestripe
