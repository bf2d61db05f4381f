#pragma once

#include "server/InstallRecords.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {

// What tenants report installing and removing, and each module's install count. Until accounts
// exist the tenant names itself in the X-Modmarket-Tenant header.
class InstallRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::InstallRoutes)

public:
    InstallRoutes(catalog::CatalogDatabase& database, InstallRecords& records);
    void registerOn(QHttpServer& server);

    static constexpr auto tenantHeader = "X-Modmarket-Tenant";

private:
    Result<QString> tenantOf(const QHttpServerRequest& request) const;
    QHttpServerResponse install(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse uninstall(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse installed(const QHttpServerRequest& request);

    catalog::CatalogDatabase& m_database;
    InstallRecords& m_records;
};

} // namespace mm::server
