#pragma once

#include "server/accounts/Caller.h"
#include "server/billing/BillingContext.h"
#include "server/billing/CheckoutPages.h"
#include "server/billing/OrderRoutes.h"
#include "server/billing/PricingRoutes.h"
#include "server/billing/PurchaseRoutes.h"
#include "server/billing/RevenueRoutes.h"
#include "server/billing/UsageRoutes.h"
#include "server/billing/WebhookRoutes.h"

#include <memory>

namespace mm::server {
class ApiRouter;
}

namespace mm::server::billing {

// Everything modmarketd does for money (docs/checkout.md): prices, orders and Stripe Checkout,
// webhooks, subscriptions, usage and revenue. Owns the billing tables and the Stripe client.
class Billing
{
public:
    Billing(catalog::CatalogDatabase& database, TenantRecords& tenants, LicenseRecords& licenses,
            SubscriptionRecords& subscriptions, LicenseIssuer& issuer, BillingConfig config);
    ~Billing();

    Result<void> createSchema();
    void registerOn(ApiRouter& router);
    // The address browsers reach the server at, unless --public-url named one.
    void setListeningUrl(const QUrl& url);

private:
    BillingConfig m_config;
    OrderRecords m_orders;
    CustomerRecords m_customers;
    StripeEventLog m_events;
    PaymentRecords m_payments;
    BillingSubscriptions m_billingSubscriptions;
    UsageRecords m_usage;
    StripePriceRecords m_stripePrices;
    std::unique_ptr<StripeClient> m_stripe;
    BillingContext m_context;
    PricingRoutes m_pricing;
    PurchaseRoutes m_purchase;
    OrderRoutes m_orderRoutes;
    CheckoutPages m_pages;
    WebhookRoutes m_webhooks;
    UsageRoutes m_usageRoutes;
    RevenueRoutes m_revenue;
};

} // namespace mm::server::billing
