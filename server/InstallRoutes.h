#pragma once

#include "server/InstallRecords.h"
#include "server/LicenseIssuer.h"
#include "server/TenantRecords.h"
#include "server/accounts/Caller.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {

class ApiRouter;

// What tenants report installing and removing, and each module's install count. An install
// needs the tier of the version's min_tier, and brings the tenant's license of a free module.
// Tenant admins only; the tenant is always the caller's own (Caller::tenant).
class InstallRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::InstallRoutes)

public:
    InstallRoutes(catalog::CatalogDatabase& database, InstallRecords& records, TenantRecords& tenants,
                  LicenseIssuer& issuer);
    void registerOn(ApiRouter& router);

private:
    using Caller = accounts::Caller;
    QHttpServerResponse install(const QString& id, const Caller& caller, const QHttpServerRequest& request);
    QHttpServerResponse uninstall(const QString& id, const Caller& caller);
    QHttpServerResponse installed(const Caller& caller);

    catalog::CatalogDatabase& m_database;
    InstallRecords& m_records;
    TenantRecords& m_tenants;
    LicenseIssuer& m_issuer;
};

} // namespace mm::server
