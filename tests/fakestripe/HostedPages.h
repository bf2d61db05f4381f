#pragma once

#include "tests/fakestripe/SessionCompletion.h"

#include <optional>

namespace mm::fakestripe {

// What a buyer's browser sees at Stripe: the hosted checkout page (/c/pay/<session>) whose Pay
// button completes the session and redirects to its success_url, and the customer portal
// (/p/session/<id>).
class HostedPages
{
public:
    HostedPages(StripeStore& store, SessionCompletion& completion)
        : m_store(store)
        , m_completion(completion)
    {}

    // nullopt when the path is not a hosted page.
    std::optional<HttpReply> handle(const HttpCall& call);

    // "49.00 EUR": minor units shown with the currency's decimals, no floating point.
    static QString formatAmount(qint64 amount, const QString& currency);

private:
    HttpReply checkoutPage(const QString& sessionId) const;
    HttpReply pay(const QString& sessionId);
    HttpReply portalPage(const QString& portalId) const;

    StripeStore& m_store;
    SessionCompletion& m_completion;
};

} // namespace mm::fakestripe
