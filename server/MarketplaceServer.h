#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/ApiRouter.h"
#include "server/CatalogRoutes.h"
#include "server/InstallRecords.h"
#include "server/InstallRoutes.h"
#include "server/LicenseIssuer.h"
#include "server/LicenseRecords.h"
#include "server/LicenseRoutes.h"
#include "server/MarketplaceKeys.h"
#include "server/PackageRoutes.h"
#include "server/PackageStore.h"
#include "server/ServerOptions.h"
#include "server/SubscriptionRecords.h"
#include "server/TenantRecords.h"
#include "server/accounts/Accounts.h"
#include "server/audit/AuditLog.h"
#include "server/billing/Billing.h"
#include "server/moderation/Moderation.h"
#include "server/reviews/Reviews.h"
#include "server/submissions/Submissions.h"

#include <QHttpServer>
#include <QObject>

#include <memory>

namespace mm::server {

// modmarketd in one object: its store under --data, its routes and its listening socket.
class MarketplaceServer : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<MarketplaceServer>> create(const ServerOptions& options);
    ~MarketplaceServer() override;

    // Returns the port actually bound (useful when 0 was asked for).
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    struct Private
    {};
    MarketplaceServer(Private, std::unique_ptr<catalog::CatalogDatabase> database, MarketplaceKeys keys,
                      const ServerOptions& options, submissions::PipelineSettings pipeline);

private:
    std::unique_ptr<catalog::CatalogDatabase> m_database;
    MarketplaceKeys m_keys;
    TenantRecords m_tenants;
    // Before every route class: the router authenticates each request through m_accounts and
    // records refusals in m_audit. It keeps a reference to m_http, which is constructed last.
    audit::AuditLog m_audit;
    accounts::Accounts m_accounts;
    ApiRouter m_router;
    LicenseRecords m_licenses;
    SubscriptionRecords m_subscriptions;
    LicenseIssuer m_issuer;
    CatalogRoutes m_catalogRoutes;
    PackageStore m_packages;
    PackageRoutes m_packageRoutes;
    InstallRecords m_installs;
    InstallRoutes m_installRoutes;
    LicenseRoutes m_licenseRoutes;
    billing::Billing m_billing;
    submissions::Submissions m_submissions;
    moderation::Moderation m_moderation;
    reviews::Reviews m_reviews;
    QHttpServer m_http;
};

} // namespace mm::server
