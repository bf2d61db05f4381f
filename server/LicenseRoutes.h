#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/LicenseIssuer.h"
#include "server/LicenseRecords.h"
#include "server/MarketplaceKeys.h"
#include "server/SubscriptionRecords.h"
#include "server/TenantRecords.h"

#include <QJsonObject>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {

// The tenant's tier and licenses: list them, start a trial, check a license online against the
// revocation table, and renew a subscription's license. Until accounts exist the tenant names
// itself in the X-Modmarket-Tenant header (TenantHeader).
class LicenseRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::LicenseRoutes)

public:
    LicenseRoutes(catalog::CatalogDatabase& database, const MarketplaceKeys& keys, TenantRecords& tenants,
                  LicenseRecords& licenses, SubscriptionRecords& subscriptions, LicenseIssuer& issuer);
    void registerOn(QHttpServer& server);

    // {"id", "module", "plan", "issued", "expires" (null: never), "revoked", "document"}
    static QJsonObject licenseToJson(const IssuedLicense& license);

private:
    Result<Tenant> tenantOf(const QHttpServerRequest& request);
    QHttpServerResponse tenant(const QHttpServerRequest& request);
    QHttpServerResponse list(const QHttpServerRequest& request);
    QHttpServerResponse trial(const QHttpServerRequest& request);
    QHttpServerResponse validate(const QHttpServerRequest& request);
    QHttpServerResponse renew(const QString& id, const QHttpServerRequest& request);

    catalog::CatalogDatabase& m_database;
    const MarketplaceKeys& m_keys;
    TenantRecords& m_tenants;
    LicenseRecords& m_licenses;
    SubscriptionRecords& m_subscriptions;
    LicenseIssuer& m_issuer;
};

} // namespace mm::server
