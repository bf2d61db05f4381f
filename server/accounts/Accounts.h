#pragma once

#include "server/accounts/AccountRoutes.h"
#include "server/accounts/AccountSettings.h"
#include "server/accounts/AdminUserRoutes.h"
#include "server/accounts/DataRights.h"
#include "server/accounts/HashingPool.h"
#include "server/accounts/LoginThrottle.h"
#include "server/accounts/MeRoutes.h"
#include "server/accounts/SessionRecords.h"
#include "server/accounts/TokenAuthenticator.h"
#include "server/accounts/UserRecords.h"
#include "server/audit/AuditRoutes.h"
#include "server/submissions/PublisherKeyRecords.h"

namespace mm::server {
class ApiRouter;
class TenantRecords;
} // namespace mm::server

namespace mm::server::accounts {

// Accounts on modmarketd in one object (docs/accounts.md): users and their sessions, the
// Authenticator every route goes through, signup/login/refresh/logout, the user's own data
// (export and deletion through DataRights), the admin's user routes and the audit log route.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::Accounts)

public:
    Accounts(catalog::CatalogDatabase& database, TenantRecords& tenants, audit::AuditLog& audit,
             const QString& dataDir, const AccountSettings& settings);

    Result<void> createSchema();
    void registerOn(ApiRouter& router);

    Authenticator& authenticator() { return m_authenticator; }
    // Parts of the server that keep personal data register with it (DataRights::add).
    DataRights& dataRights() { return m_dataRights; }
    UserRecords& users() { return m_users; }
    SessionRecords& sessions() { return m_sessions; }

    // The demo accounts (docs/accounts.md, "Demo accounts"), password "demo-password"; accounts
    // that exist already are left alone.
    Result<void> seedDemo();

    static constexpr auto demoPassword = "demo-password";

private:
    catalog::CatalogDatabase& m_database;
    TenantRecords& m_tenants;
    UserRecords m_users;
    SessionRecords m_sessions;
    submissions::PublisherKeyRecords m_publishers;
    TokenAuthenticator m_authenticator;
    LoginThrottle m_throttle;
    DataRights m_dataRights;
    AccountRoutes m_accountRoutes;
    MeRoutes m_meRoutes;
    AdminUserRoutes m_adminRoutes;
    audit::AuditRoutes m_auditRoutes;
    // Last, so it is destroyed first: its pending answers use everything above.
    HashingPool m_hashing;
};

} // namespace mm::server::accounts
