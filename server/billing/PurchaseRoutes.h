#pragma once

#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"
#include "server/billing/CheckoutStarter.h"

#include <QObject>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;
class QHttpServerResponder;

namespace mm::server::audit {
class AuditLog;
}

namespace mm::server::billing {

// POST /api/marketplace/modules/:id/purchase: checks what the tenant asks to buy, records the
// order at the tenant's price and opens its Checkout Session (docs/checkout.md). Answers when
// Stripe has, without holding up the server's event loop.
class PurchaseRoutes : public QObject
{
    Q_OBJECT

public:
    explicit PurchaseRoutes(BillingContext& context, QObject* parent = nullptr);
    void registerOn(ApiRouter& router);

private:
    void purchase(const QString& id, const accounts::Caller& caller, const QHttpServerRequest& request,
                  QHttpServerResponder&& responder);
    // The order to open a session for, or the error to answer with.
    Result<std::pair<Order, CheckoutStarter::Line>> prepare(const QString& id, const accounts::Caller& caller,
                                                            const QHttpServerRequest& request);

    BillingContext& m_context;
    CheckoutStarter m_starter;
    audit::AuditLog* m_audit = nullptr;
};

} // namespace mm::server::billing
