#pragma once

#include "tests/fakestripe/BillingApi.h"
#include "tests/fakestripe/CheckoutApi.h"
#include "tests/fakestripe/MeterApi.h"
#include "tests/fakestripe/PriceApi.h"

#include <QHash>

namespace mm::fakestripe {

// Everything under /v1/: the secret-key check, Idempotency-Key replays, the request log tests
// read, and dispatch to the resource handlers.
class ApiRoutes
{
public:
    ApiRoutes(const FakeConfig& config, StripeStore& store, SessionCompletion& completion,
              SubscriptionLifecycle& lifecycle)
        : m_config(config)
        , m_store(store)
        , m_checkout(config, store, completion)
        , m_billing(config, store, lifecycle)
        , m_meters(store)
        , m_prices(store)
    {}

    HttpReply handle(const HttpCall& call);

private:
    struct StoredReply
    {
        QByteArray fingerprint;
        HttpReply reply;
    };

    std::optional<HttpReply> authenticate(const HttpCall& call) const;
    HttpReply dispatch(const HttpCall& call, const QJsonObject& params);

    const FakeConfig& m_config;
    StripeStore& m_store;
    CheckoutApi m_checkout;
    BillingApi m_billing;
    MeterApi m_meters;
    PriceApi m_prices;
    QHash<QString, StoredReply> m_idempotent;
};

} // namespace mm::fakestripe
