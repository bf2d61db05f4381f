#pragma once

#include "core/licensing/LicenseStatus.h"
#include "modmarket/Entitlements.h"

#include <QString>

#include <optional>

namespace modmarket {

// What the profile's license says about one module, checked offline (signature, tenant,
// machine, expiry, revocations, trusted clock) when the host listed the modules.
struct ModuleLicense
{
    // Empty when the module has no license or licenses cannot be checked here; `message` says which.
    std::optional<mm::licensing::LicenseStatus> status;
    // For people: why the license does not hold, or until when it holds.
    QString message;
    // What the license grants; empty unless it is usable.
    Entitlements entitlements;

    // Valid, or past its expiry but within the grace period.
    bool usable() const { return status && mm::licensing::isUsable(*status); }
    // "valid", "in-grace", "expired", ... as in `modmarket-cli --json`; "none" without a status.
    QString statusName() const;
};

} // namespace modmarket
