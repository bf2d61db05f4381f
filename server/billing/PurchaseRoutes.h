#pragma once

#include "server/billing/BillingContext.h"
#include "server/billing/CheckoutStarter.h"

#include <QObject>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace mm::server::billing {

// POST /api/marketplace/modules/:id/purchase: checks what the tenant asks to buy, records the
// order at the tenant's price and opens its Checkout Session (docs/checkout.md). Answers when
// Stripe has, without holding up the server's event loop.
class PurchaseRoutes : public QObject
{
    Q_OBJECT

public:
    explicit PurchaseRoutes(BillingContext& context, QObject* parent = nullptr);
    void registerOn(QHttpServer& server);

private:
    void purchase(const QString& id, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // The order to open a session for, or the error to answer with.
    Result<std::pair<Order, CheckoutStarter::Line>> prepare(const QString& id,
                                                            const QHttpServerRequest& request);

    BillingContext& m_context;
    CheckoutStarter m_starter;
};

} // namespace mm::server::billing
