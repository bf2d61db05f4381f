#pragma once

#include "server/accounts/Role.h"

#include <QString>

namespace mm::server::accounts {

// Who sent a request, as the Authenticator established it from the bearer token. Every route
// handler gets one; an anonymous caller has no user id and no roles. Handlers take the tenant and
// publisher from here, never from the request, so one tenant can never name another.
struct Caller
{
    QString userId; // "usr-" + UUID; empty when anonymous
    QString email;  // empty when anonymous
    Roles roles;
    QString tenant;    // set exactly when roles has TenantAdmin
    QString publisher; // set exactly when roles has Developer
    QString sessionId; // the token family ("ses-" + UUID) the request came with
    QString address;   // the peer address, for the audit log and rate limits

    bool isAnonymous() const { return userId.isEmpty(); }
    bool has(Role role) const { return roles.testFlag(role); }
    // Moderators and admins see every submission; a developer sees its own publisher's.
    bool mayReadPublisher(const QString& publisherId) const
    {
        return has(Role::Moderator) || has(Role::Admin) || (has(Role::Developer) && publisher == publisherId);
    }
    bool mayModerate() const { return has(Role::Moderator) || has(Role::Admin); }
};

} // namespace mm::server::accounts
