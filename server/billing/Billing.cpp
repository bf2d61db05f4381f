#include "server/billing/Billing.h"

#include <spdlog/spdlog.h>

namespace mm::server::billing {

Billing::Billing(catalog::CatalogDatabase& database, TenantRecords& tenants, LicenseRecords& licenses,
                 SubscriptionRecords& subscriptions, LicenseIssuer& issuer, BillingConfig config)
    : m_config(std::move(config))
    , m_orders(database)
    , m_customers(database)
    , m_events(database)
    , m_payments(database)
    , m_billingSubscriptions(database)
    , m_usage(database)
    , m_stripePrices(database)
    , m_stripe(m_config.takesPayments()
                   ? std::make_unique<StripeClient>(m_config.stripeApi, m_config.secretKey)
                   : nullptr)
    , m_context{database, tenants,        licenses,       subscriptions, issuer,
                m_orders, m_customers,    m_events,       m_payments,    m_billingSubscriptions,
                m_usage,  m_stripePrices, m_stripe.get(), m_config}
    , m_pricing(m_context)
    , m_purchase(m_context)
    , m_orderRoutes(m_context)
    , m_pages(m_context)
    , m_webhooks(m_context)
    , m_usageRoutes(m_context)
    , m_revenue(m_context)
{
    if (!m_config.takesPayments())
        spdlog::info("no MODMARKETD_STRIPE_SECRET_KEY: this marketplace takes no payments");
    else if (m_config.webhookSecret.isEmpty())
        spdlog::warn(
            "no MODMARKETD_STRIPE_WEBHOOK_SECRET: Stripe webhooks will be refused, so no order completes");
    else
        spdlog::info("taking payments through Stripe at {}", m_config.stripeApi.toString().toStdString());
}

Billing::~Billing() = default;

Result<void> Billing::createSchema()
{
    for (const auto& ok : {m_orders.createSchema(), m_customers.createSchema(), m_events.createSchema(),
                           m_payments.createSchema(), m_billingSubscriptions.createSchema(),
                           m_usage.createSchema(), m_stripePrices.createSchema()})
        if (!ok)
            return ok;
    return {};
}

void Billing::registerOn(ApiRouter& router)
{
    m_pricing.registerOn(router);
    m_purchase.registerOn(router);
    m_orderRoutes.registerOn(router);
    m_pages.registerOn(router);
    m_webhooks.registerOn(router);
    m_usageRoutes.registerOn(router);
    m_revenue.registerOn(router);
}

void Billing::setListeningUrl(const QUrl& url)
{
    if (m_config.publicUrl.isEmpty())
        m_config.publicUrl = url;
}

} // namespace mm::server::billing
