#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/LicenseIssuer.h"
#include "server/LicenseRecords.h"
#include "server/SubscriptionRecords.h"
#include "server/TenantRecords.h"
#include "server/billing/BillingConfig.h"
#include "server/billing/BillingSubscriptions.h"
#include "server/billing/CustomerRecords.h"
#include "server/billing/OrderRecords.h"
#include "server/billing/PaymentRecords.h"
#include "server/billing/StripeClient.h"
#include "server/billing/StripeEventLog.h"
#include "server/billing/StripePriceRecords.h"
#include "server/billing/UsageRecords.h"

namespace mm::server::billing {

// Everything the billing routes and event handlers share; Billing owns the parts that are its own.
struct BillingContext
{
    catalog::CatalogDatabase& database;
    TenantRecords& tenants;
    LicenseRecords& licenses;
    SubscriptionRecords& subscriptions;
    LicenseIssuer& issuer;
    OrderRecords& orders;
    CustomerRecords& customers;
    StripeEventLog& events;
    PaymentRecords& payments;
    BillingSubscriptions& billingSubscriptions;
    UsageRecords& usage;
    StripePriceRecords& stripePrices;
    StripeClient* stripe; // null when the marketplace takes no payments
    BillingConfig& config;
};

} // namespace mm::server::billing
