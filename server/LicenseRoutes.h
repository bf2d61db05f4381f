#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/LicenseIssuer.h"
#include "server/LicenseRecords.h"
#include "server/MarketplaceKeys.h"
#include "server/SubscriptionRecords.h"
#include "server/TenantRecords.h"
#include "server/accounts/Caller.h"

#include <QJsonObject>

class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {

class ApiRouter;
namespace audit {
class AuditLog;
}

// The tenant's tier and licenses: list them, start a trial, check a license online against the
// revocation table, and renew a subscription's license. Tenant admins only, each for its own tenant
// (Caller::tenant); another tenant's license is refused, never acted on.
class LicenseRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::LicenseRoutes)

public:
    LicenseRoutes(catalog::CatalogDatabase& database, const MarketplaceKeys& keys, TenantRecords& tenants,
                  LicenseRecords& licenses, SubscriptionRecords& subscriptions, LicenseIssuer& issuer);
    void registerOn(ApiRouter& router);

    // {"id", "module", "plan", "issued", "expires" (null: never), "revoked", "document"}
    static QJsonObject licenseToJson(const IssuedLicense& license);

private:
    using Caller = accounts::Caller;
    QHttpServerResponse tenant(const Caller& caller);
    QHttpServerResponse list(const Caller& caller);
    QHttpServerResponse trial(const Caller& caller, const QHttpServerRequest& request);
    QHttpServerResponse validate(const Caller& caller, const QHttpServerRequest& request);
    QHttpServerResponse renew(const QString& id, const Caller& caller);

    catalog::CatalogDatabase& m_database;
    const MarketplaceKeys& m_keys;
    TenantRecords& m_tenants;
    LicenseRecords& m_licenses;
    SubscriptionRecords& m_subscriptions;
    LicenseIssuer& m_issuer;
    audit::AuditLog* m_audit = nullptr;
};

} // namespace mm::server
