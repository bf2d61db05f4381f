#pragma once

#include "tests/fakestripe/FakeConfig.h"
#include "tests/fakestripe/ObjectFactory.h"
#include "tests/fakestripe/SessionCompletion.h"

#include <optional>

namespace mm::fakestripe {

// /v1/customers and /v1/checkout/sessions: creating and reading customers and Checkout Sessions,
// and expiring a session.
class CheckoutApi
{
public:
    CheckoutApi(const FakeConfig& config, StripeStore& store, SessionCompletion& completion)
        : m_config(config)
        , m_store(store)
        , m_completion(completion)
        , m_factory(store)
    {}

    // nullopt when the route is not one of these; `path` is the part after /v1/.
    std::optional<HttpReply> handle(const QByteArray& method, const QStringList& path,
                                    const QJsonObject& params);

private:
    HttpReply createCustomer(const QJsonObject& params);
    HttpReply createSession(const QJsonObject& params);
    HttpReply getSession(const QString& id) const;
    HttpReply expireSession(const QString& id);

    const FakeConfig& m_config;
    StripeStore& m_store;
    SessionCompletion& m_completion;
    ObjectFactory m_factory;
};

} // namespace mm::fakestripe
