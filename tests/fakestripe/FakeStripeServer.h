#pragma once

#include "tests/fakestripe/ApiRoutes.h"
#include "tests/fakestripe/HostedPages.h"
#include "tests/fakestripe/TestControlRoutes.h"

#include <QHostAddress>
#include <QHttpServer>

namespace mm::fakestripe {

// The whole fake: one HTTP server on loopback whose requests go to the API (/v1/), the hosted
// pages (/c/, /p/) or the test controls (/_test/).
class FakeStripeServer
{
public:
    explicit FakeStripeServer(FakeConfig config);

    // The bound port, 0 when listening failed.
    quint16 listen(quint16 port);
    const FakeConfig& config() const { return m_config; }

private:
    HttpReply route(const HttpCall& call);

    FakeConfig m_config;
    StripeStore m_store;
    WebhookSender m_sender;
    SessionCompletion m_completion;
    SubscriptionLifecycle m_lifecycle;
    ApiRoutes m_api;
    HostedPages m_pages;
    TestControlRoutes m_control;
    QHttpServer m_http;
};

} // namespace mm::fakestripe
