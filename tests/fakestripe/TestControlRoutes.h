#pragma once

#include "tests/fakestripe/FakeConfig.h"
#include "tests/fakestripe/SessionCompletion.h"
#include "tests/fakestripe/SubscriptionLifecycle.h"

#include <optional>

namespace mm::fakestripe {

// The /_test/ routes (JSON in and out, no key): tests drive what a buyer or time would do at
// Stripe (complete, expire, renew, fail, cancel, refund), control webhook delivery (duplicates,
// holds, delays, re-delivery with bad or stale signatures) and read back what the fake saw.
class TestControlRoutes
{
public:
    TestControlRoutes(FakeConfig& config, StripeStore& store, WebhookSender& sender,
                      SessionCompletion& completion, SubscriptionLifecycle& lifecycle)
        : m_config(config)
        , m_store(store)
        , m_sender(sender)
        , m_completion(completion)
        , m_lifecycle(lifecycle)
    {}

    // nullopt when the path is not under /_test/.
    std::optional<HttpReply> handle(const HttpCall& call);

private:
    HttpReply route(const QByteArray& method, const QStringList& path, const QJsonObject& body);
    HttpReply configure(const QJsonObject& body);
    HttpReply completeSession(const QString& id, const QJsonObject& body);
    HttpReply deliver(const QString& eventId, const QJsonObject& body);
    HttpReply sessionState(const QString& id) const;

    FakeConfig& m_config;
    StripeStore& m_store;
    WebhookSender& m_sender;
    SessionCompletion& m_completion;
    SubscriptionLifecycle& m_lifecycle;
};

} // namespace mm::fakestripe
