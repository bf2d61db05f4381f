#pragma once

#include "server/billing/BillingContext.h"

#include <QObject>

class QHttpServer;
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
    void registerOn(QHttpServer& server);

private:
    // The tenant's order; another tenant's order is NotFound like an unknown one.
    Result<Order> ownOrder(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse get(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse cancel(const QString& id, const QHttpServerRequest& request);
    void portal(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    BillingContext& m_context;
};

} // namespace mm::server::billing
