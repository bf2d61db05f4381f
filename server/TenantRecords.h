#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/licensing/Tier.h"

#include <QDateTime>

namespace mm::server {

struct Tenant
{
    QString id;
    licensing::Tier tier = licensing::Tier::Free;
    QDateTime created;
};

// The tenants the server has seen and the tier each subscribes to, in the server's store. A
// tenant starts on the free tier the first time it is seen; operators change the tier
// (`modmarketd tenant set-tier`) until billing does it.
class TenantRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::TenantRecords)

public:
    explicit TenantRecords(catalog::CatalogDatabase& database);

    // 1 to 64 of a-z 0-9 . _ -, starting with a letter or digit: the ids signup and the operator
    // commands accept.
    static bool isValidId(const QString& id);

    Result<void> createSchema();
    // The tenant, created on the free tier when it is new.
    Result<Tenant> seen(const QString& id);
    // Whether a tenant with this id was ever recorded (signup refuses a taken id).
    Result<bool> exists(const QString& id);
    // Creates the tenant with this tier when it is new.
    Result<Tenant> setTier(const QString& id, licensing::Tier tier);

    // Forbidden unless the tenant's tier allows `required`; the message names what needs it (`what`),
    // the tier it needs and the tenant's tier.
    static Result<void> requireTier(const Tenant& tenant, licensing::Tier required, const QString& what);
    // A catalog min_tier; ModuleRecord accepts known tiers only, so anything else is the highest.
    static licensing::Tier tierOf(const QString& minTier);

private:
    Result<Tenant> find(const QString& id);

    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server
