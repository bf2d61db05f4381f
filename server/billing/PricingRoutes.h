#pragma once

#include "core/pricing/PriceQuote.h"
#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"

#include <QJsonObject>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server::billing {

// GET /api/marketplace/modules/:id/pricing: the price for the asking tenant, its tier's discount
// taken off, and the license it already holds (docs/checkout.md, "Prices"). Public: anyone else
// (signed out, a developer) gets the free tier's price and no license.
class PricingRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::PricingRoutes)

public:
    explicit PricingRoutes(BillingContext& context);
    void registerOn(ApiRouter& router);

    static QJsonObject quoteToJson(const QString& module, const pricing::PriceQuote& quote);

private:
    QHttpServerResponse pricing(const QString& id, const accounts::Caller& caller);

    BillingContext& m_context;
};

} // namespace mm::server::billing
