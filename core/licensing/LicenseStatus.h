#pragma once

#include <QString>

namespace mm::licensing {

// The outcome of checking one license offline (docs/licensing.md, "Verification").
enum class LicenseStatus
{
    Valid,
    InGrace, // past its expiry but within the grace period: works, with a warning
    Expired,
    NotYetValid,
    WrongTenant,
    WrongMachine,
    Revoked, // the license or the key that signed it was revoked
    BadSignature,
    UnknownKey,    // not signed by a license key of the marketplace's key list
    ClockTampered, // the clock is behind a time this profile has already trusted
    Malformed,     // not a license document at all
};

QString statusName(LicenseStatus status); // "valid", "in-grace", ... for --json and logs
QString statusDisplayName(LicenseStatus status);
// Whether the module may run: valid or in grace.
constexpr bool isUsable(LicenseStatus status)
{
    return status == LicenseStatus::Valid || status == LicenseStatus::InGrace;
}

} // namespace mm::licensing
