#include "server/accounts/Role.h"

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

QString roleName(Role role)
{
    switch (role) {
    case Role::TenantAdmin:
        return u"tenant-admin"_s;
    case Role::Developer:
        return u"developer"_s;
    case Role::Moderator:
        return u"moderator"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : allRoles)
        if (name == roleName(role))
            return role;
    return std::nullopt;
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (Role role : allRoles)
        if (roles.testFlag(role))
            names.append(roleName(role));
    return names;
}

std::optional<Roles> rolesFromNames(const QStringList& names)
{
    Roles roles;
    for (const QString& name : names) {
        const auto role = roleFromName(name.trimmed());
        if (!role)
            return std::nullopt;
        roles |= *role;
    }
    return roles;
}

} // namespace mm::server::accounts
