#pragma once

#include "core/common/Error.h"
#include "server/accounts/Caller.h"
#include "server/accounts/Role.h"

#include <QCoreApplication>

namespace mm::server::accounts {

// Who may call a route. ApiRouter asks for one with every route it registers, so no route exists
// without a decision, and checks it before the handler runs: the one place authorisation happens.
// Finer checks that depend on the resource (this publisher's submission, this tenant's order) stay
// in the handler and use Caller; tenant data is always read with Caller::tenant.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::Access)

public:
    enum class Kind
    {
        Anyone,   // public; a token is still checked when one is sent
        SignedIn, // any valid token
        AnyOf,    // a valid token whose user holds one of the roles
    };

    static Access anyone() { return Access(Kind::Anyone, {}); }
    static Access signedIn() { return Access(Kind::SignedIn, {}); }
    static Access anyOf(Roles roles) { return Access(Kind::AnyOf, roles); }
    static Access tenantAdmin() { return anyOf(Role::TenantAdmin); }
    static Access developer() { return anyOf(Role::Developer); }
    // Moderators, and admins, who can do everything a moderator can.
    static Access moderator() { return anyOf(Role::Moderator | Role::Admin); }
    static Access admin() { return anyOf(Role::Admin); }

    Kind kind() const { return m_kind; }
    Roles roles() const { return m_roles; }

    // Unauthenticated (401) for an anonymous caller on a route that needs a sign-in, Forbidden
    // (403) naming the roles that would do for a caller without one of them.
    Result<void> check(const Caller& caller) const;
    // "anyone", "signed-in" or the role names joined by '|' (as in docs/developers/openapi.json).
    QString describe() const;

private:
    Access(Kind kind, Roles roles)
        : m_kind(kind)
        , m_roles(roles)
    {}

    Kind m_kind;
    Roles m_roles;
};

} // namespace mm::server::accounts
