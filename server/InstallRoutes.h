#pragma once

#include "server/InstallRecords.h"
#include "server/LicenseIssuer.h"
#include "server/TenantRecords.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {

// What tenants report installing and removing, and each module's install count. An install
// needs the tier of the version's min_tier, and brings the tenant's license of a free module.
// Until accounts exist the tenant names itself in the X-Modmarket-Tenant header (TenantHeader).
class InstallRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::InstallRoutes)

public:
    InstallRoutes(catalog::CatalogDatabase& database, InstallRecords& records, TenantRecords& tenants,
                  LicenseIssuer& issuer);
    void registerOn(QHttpServer& server);

private:
    Result<Tenant> tenantOf(const QHttpServerRequest& request);
    QHttpServerResponse install(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse uninstall(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse installed(const QHttpServerRequest& request);

    catalog::CatalogDatabase& m_database;
    InstallRecords& m_records;
    TenantRecords& m_tenants;
    LicenseIssuer& m_issuer;
};

} // namespace mm::server
