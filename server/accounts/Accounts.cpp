#include "server/accounts/Accounts.h"

#include "server/TenantRecords.h"

#include <QDir>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {
namespace {

// Argon2id (interactive limits) of "demo-password", made once, so a demo server does not spend a
// second hashing at every start.
constexpr auto demoHash =
    "$argon2id$v=19$m=65536,t=2,p=1$xOh3MXgXAoGQcxeMaeJhJg$w16hO570McwDIeKrH+AijeEmxQlRd0+qQy1/c+ZeJPY";

struct DemoAccount
{
    const char16_t* email;
    const char16_t* name;
    Role role;
    const char16_t* tenant;
    const char16_t* publisher;
};

constexpr DemoAccount demoAccounts[] = {
    {u"admin@demo.test", u"Demo Admin", Role::Admin, u"", u""},
    {u"moderator@demo.test", u"Demo Moderator", Role::Moderator, u"", u""},
    {u"developer@demo.test", u"Demo Developer", Role::Developer, u"", u"foundry"},
    {u"tenant@demo.test", u"Demo Tenant Admin", Role::TenantAdmin, u"demo-tenant", u""},
};

} // namespace

Accounts::Accounts(catalog::CatalogDatabase& database, TenantRecords& tenants, audit::AuditLog& audit,
                   const QString& dataDir, const AccountSettings& settings)
    : m_database(database)
    , m_tenants(tenants)
    , m_users(database)
    , m_sessions(database, settings.accessTtl, settings.refreshTtl)
    , m_publishers(database, QDir(dataDir).filePath(u"keys/publishers"_s))
    , m_authenticator(m_users, m_sessions)
    , m_throttle(settings.loginWindow)
    , m_dataRights(database, m_users, audit)
    , m_accountRoutes({database, m_users, m_sessions, tenants, m_publishers, audit}, m_throttle, m_hashing)
    , m_meRoutes(m_users, m_dataRights, audit, m_hashing)
    , m_adminRoutes(database, m_users, m_sessions, tenants, m_publishers, audit, m_hashing)
    , m_auditRoutes(audit, m_users)
{
    m_dataRights.add(m_sessions);
}

Result<void> Accounts::createSchema()
{
    for (const auto& ok : {m_users.createSchema(), m_sessions.createSchema(), m_publishers.createSchema()})
        if (!ok)
            return ok;
    return {};
}

void Accounts::registerOn(ApiRouter& router)
{
    m_accountRoutes.registerOn(router);
    m_meRoutes.registerOn(router);
    m_adminRoutes.registerOn(router);
    m_auditRoutes.registerOn(router);
}

Result<void> Accounts::seedDemo()
{
    // The tier only when the tenant is new: a demo that changed it keeps its change.
    const auto known = m_tenants.exists(u"demo-tenant"_s);
    if (!known)
        return std::unexpected(known.error());
    if (!*known)
        if (auto tenant = m_tenants.setTier(u"demo-tenant"_s, licensing::Tier::Team); !tenant)
            return std::unexpected(tenant.error());
    for (const DemoAccount& account : demoAccounts) {
        const QString email = QString::fromUtf16(account.email);
        const auto existing = m_users.byEmail(email);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            continue;
        User user;
        user.email = email;
        user.name = QString::fromUtf16(account.name);
        user.passwordHash = demoHash;
        user.roles = account.role;
        user.tenant = QString::fromUtf16(account.tenant);
        user.publisher = QString::fromUtf16(account.publisher);
        if (auto created = m_users.create(user); !created)
            return std::unexpected(created.error());
        spdlog::info("demo account {} ({})", email.toStdString(), roleName(account.role).toStdString());
    }
    return {};
}

} // namespace mm::server::accounts
