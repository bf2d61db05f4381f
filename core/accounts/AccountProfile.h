#pragma once

#include "core/accounts/Session.h"
#include "core/profile/Profile.h"

#include <QUrl>

namespace mm::accounts {

// What signing in and out changes in a profile: the tenant it acts for (config.ini
// `account/tenant`) and that tenant's tier. The app and the CLI share it. Blocking.
class AccountProfile
{
public:
    // Keeps the user's tenant, and its tier when the marketplace tells it (best effort).
    static Result<void> signedIn(Profile& profile, const QUrl& marketplace, const AccountUser& user);
    // No tenant, free tier.
    static Result<void> signedOut(Profile& profile);
    // Makes the profile follow the session stored for its marketplace (another profile or the CLI
    // may have signed in or out since): the stored user, or nobody.
    static Result<std::optional<AccountUser>> follow(Profile& profile, const QUrl& marketplace);
};

} // namespace mm::accounts
