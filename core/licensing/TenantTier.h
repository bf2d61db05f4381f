#pragma once

#include "core/common/Error.h"
#include "core/licensing/Tier.h"

#include <QCoreApplication>
#include <QUrl>

#include <stop_token>

namespace mm::licensing {

// Asks the marketplace which tier the signed-in tenant has (GET /api/marketplace/tenant). The profile keeps
// the answer, so installs are gated offline by the last known tier; the marketplace enforces the
// tier again when it issues a license.
class TenantTier
{
    Q_DECLARE_TR_FUNCTIONS(mm::licensing::TenantTier)

public:
    // Unauthenticated when nobody is signed in (accounts::Credentials).
    static Result<Tier> fetch(const QUrl& marketplace, std::stop_token stop = {});
};

} // namespace mm::licensing
