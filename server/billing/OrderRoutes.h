#pragma once

#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"

#include <QObject>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace mm::server::billing {

// A tenant's orders (read, cancel) and the way into Stripe's customer portal.
class OrderRoutes : public QObject
{
    Q_OBJECT

public:
    explicit OrderRoutes(BillingContext& context, QObject* parent = nullptr);
    void registerOn(ApiRouter& router);

private:
    // The caller's tenant's order; another tenant's order is Forbidden.
    Result<Order> ownOrder(const QString& id, const accounts::Caller& caller);
    QHttpServerResponse get(const QString& id, const accounts::Caller& caller);
    QHttpServerResponse cancel(const QString& id, const accounts::Caller& caller);
    void portal(const accounts::Caller& caller, QHttpServerResponder&& responder);

    BillingContext& m_context;
};

} // namespace mm::server::billing
