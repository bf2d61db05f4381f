#include "server/accounts/Access.h"

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

Result<void> Access::check(const Caller& caller) const
{
    if (m_kind == Kind::Anyone)
        return {};
    if (caller.isAnonymous())
        return fail(ErrorCode::Unauthenticated,
                    tr("Sign in first: this needs an account on the marketplace."));
    if (m_kind == Kind::SignedIn || (caller.roles & m_roles))
        return {};
    return fail(ErrorCode::Forbidden,
                tr("This needs one of the roles %1; %2 has %3.")
                    .arg(roleNames(m_roles).join(u", "_s), caller.email,
                         caller.roles ? roleNames(caller.roles).join(u", "_s) : tr("no role")));
}

QString Access::describe() const
{
    switch (m_kind) {
    case Kind::Anyone:
        return u"anyone"_s;
    case Kind::SignedIn:
        return u"signed-in"_s;
    case Kind::AnyOf:
        break;
    }
    return roleNames(m_roles).join(u'|');
}

} // namespace mm::server::accounts
