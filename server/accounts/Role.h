#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace mm::server::accounts {

// What a user may do on the marketplace. A user holds one or more roles; a tenant admin belongs to
// a tenant and a developer to a publisher (docs/accounts.md).
enum class Role : quint8
{
    TenantAdmin = 0x1, // browses, buys, installs and reviews for one tenant
    Developer = 0x2,   // publishes modules for one publisher and follows its revenue
    Moderator = 0x4,   // works the submission queue and moderates reviews
    Admin = 0x8,       // runs the marketplace: everything a moderator does, users, the audit log
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// "tenant-admin", "developer", "moderator", "admin": the names in the API, the database and the
// operator commands.
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
QStringList roleNames(Roles roles);
// A comma-separated list of names; nullopt when one is unknown.
std::optional<Roles> rolesFromNames(const QStringList& names);

inline constexpr Role allRoles[] = {Role::TenantAdmin, Role::Developer, Role::Moderator, Role::Admin};

} // namespace mm::server::accounts
