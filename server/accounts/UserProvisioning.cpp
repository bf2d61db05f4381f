#include "server/accounts/UserProvisioning.h"

#include "server/TenantRecords.h"
#include "server/accounts/AccountRules.h"
#include "server/billing/DatabaseTransaction.h"
#include "server/submissions/PublisherKeyRecords.h"

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

UserProvisioning::UserProvisioning(catalog::CatalogDatabase& database, UserRecords& users,
                                   TenantRecords& tenants, submissions::PublisherKeyRecords& publishers)
    : m_database(database)
    , m_users(users)
    , m_tenants(tenants)
    , m_publishers(publishers)
{}

Result<User> UserProvisioning::check(const Request& request)
{
    User user;
    const auto email = AccountRules::email(request.email);
    if (!email)
        return std::unexpected(email.error());
    if (auto ok = AccountRules::password(request.password); !ok)
        return std::unexpected(ok.error());
    const auto name = AccountRules::name(request.name, *email);
    if (!name)
        return std::unexpected(name.error());
    const auto roles = rolesFromNames(request.roles);
    if (!roles || !*roles)
        return fail(ErrorCode::InvalidInput,
                    tr("\"roles\" must name one or more of %1; got \"%2\".")
                        .arg(roleNames(Role::TenantAdmin | Role::Developer | Role::Moderator | Role::Admin)
                                 .join(u", "_s),
                             request.roles.join(u',')));
    user.email = *email;
    user.name = *name;
    user.roles = *roles;
    if (roles->testFlag(Role::TenantAdmin)) {
        if (auto ok = AccountRules::tenantId(request.tenant); !ok)
            return fail(ErrorCode::InvalidInput,
                        tr("A tenant admin needs a tenant: %1").arg(ok.error().message));
        user.tenant = request.tenant;
    } else if (!request.tenant.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Only a tenant admin belongs to a tenant."));
    }
    if (roles->testFlag(Role::Developer)) {
        if (auto ok = AccountRules::publisherId(request.publisher); !ok)
            return fail(ErrorCode::InvalidInput,
                        tr("A developer needs a publisher: %1").arg(ok.error().message));
        user.publisher = request.publisher;
    } else if (!request.publisher.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Only a developer belongs to a publisher."));
    }
    return user;
}

Result<User> UserProvisioning::create(const User& user)
{
    User created;
    auto done = billing::DatabaseTransaction::run(m_database, [&]() -> Result<void> {
        if (!user.tenant.isEmpty())
            if (auto tenant = m_tenants.seen(user.tenant); !tenant)
                return std::unexpected(tenant.error());
        if (!user.publisher.isEmpty()) {
            const auto known = m_publishers.exists(user.publisher);
            if (!known)
                return std::unexpected(known.error());
            if (!*known)
                if (auto ok = m_publishers.create(user.publisher, user.publisher); !ok)
                    return ok;
        }
        auto stored = m_users.create(user);
        if (!stored)
            return std::unexpected(stored.error());
        created = *stored;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return created;
}

} // namespace mm::server::accounts
