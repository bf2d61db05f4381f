#pragma once

#include "server/billing/BillingContext.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server::billing {

// GET /api/marketplace/revenue, /revenue/modules and /revenue/subscriptions for a publisher
// (?publisher=ID until accounts exist).
class RevenueRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::RevenueRoutes)

public:
    explicit RevenueRoutes(BillingContext& context);
    void registerOn(QHttpServer& server);

private:
    QHttpServerResponse revenue(const QHttpServerRequest& request);
    QHttpServerResponse modules(const QHttpServerRequest& request);
    QHttpServerResponse subscriptions(const QHttpServerRequest& request);
    Result<QString> publisher(const QHttpServerRequest& request);

    BillingContext& m_context;
};

} // namespace mm::server::billing
