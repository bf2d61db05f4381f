#include "core/accounts/AccountProfile.h"

#include "core/accounts/Credentials.h"
#include "core/licensing/TenantTier.h"

#include <spdlog/spdlog.h>

namespace mm::accounts {

Result<void> AccountProfile::signedIn(Profile& profile, const QUrl& marketplace, const AccountUser& user)
{
    if (auto stored = profile.setSignedInTenant(user.tenant); !stored)
        return stored;
    if (user.tenant.isEmpty())
        return profile.setTenantTier(licensing::Tier::Free);
    // The tier decides which versions may be installed; the next sync asks again when this fails.
    const auto tier = licensing::TenantTier::fetch(marketplace);
    if (!tier) {
        spdlog::warn("accounts: the tier of {} is unknown for now: {}", user.tenant.toStdString(),
                     tier.error().message.toStdString());
        return {};
    }
    return profile.setTenantTier(*tier);
}

Result<void> AccountProfile::signedOut(Profile& profile)
{
    if (auto cleared = profile.setSignedInTenant({}); !cleared)
        return cleared;
    return profile.setTenantTier(licensing::Tier::Free);
}

Result<std::optional<AccountUser>> AccountProfile::follow(Profile& profile, const QUrl& marketplace)
{
    const auto session = Credentials::forMarketplace(marketplace)->session();
    if (!session && session.error().code != ErrorCode::Unauthenticated)
        return std::unexpected(session.error());
    if (!session) {
        if (!profile.tenantId().isEmpty())
            if (auto cleared = signedOut(profile); !cleared)
                return std::unexpected(cleared.error());
        return std::nullopt;
    }
    if (profile.tenantId() != session->user.tenant)
        if (auto stored = signedIn(profile, marketplace, session->user); !stored)
            return std::unexpected(stored.error());
    return session->user;
}

} // namespace mm::accounts
