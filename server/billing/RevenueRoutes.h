#pragma once

#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server::billing {

// GET /api/marketplace/revenue, /revenue/modules and /revenue/subscriptions: a developer's own
// publisher's (Caller::publisher); ?publisher= may repeat it and is refused when it names another.
class RevenueRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::RevenueRoutes)

public:
    explicit RevenueRoutes(BillingContext& context);
    void registerOn(ApiRouter& router);

private:
    using Caller = accounts::Caller;
    QHttpServerResponse revenue(const Caller& caller, const QHttpServerRequest& request);
    QHttpServerResponse modules(const Caller& caller, const QHttpServerRequest& request);
    QHttpServerResponse subscriptions(const Caller& caller, const QHttpServerRequest& request);
    Result<QString> publisher(const Caller& caller, const QHttpServerRequest& request);

    BillingContext& m_context;
};

} // namespace mm::server::billing
