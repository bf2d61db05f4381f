#pragma once

#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server::billing {

// GET /checkout/complete and /checkout/cancel: where Stripe Checkout sends the browser back. With
// a registered loopback callback they redirect there (with the order's nonce); otherwise they are
// a small page that says what the order says now, never more (docs/checkout.md).
class CheckoutPages
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::CheckoutPages)

public:
    explicit CheckoutPages(BillingContext& context);
    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse page(const QHttpServerRequest& request, bool complete);

    BillingContext& m_context;
};

} // namespace mm::server::billing
