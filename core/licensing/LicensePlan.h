#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mm::licensing {

// How a license was obtained; it decides whether it expires and how it is renewed.
enum class LicensePlan
{
    Free,         // free module, issued on install, no expiry
    OneTime,      // bought once, no expiry
    Subscription, // expires at the end of the paid period, renewed with a fresh document
    UsageBased,   // like a subscription; limits in the entitlements are metered by the server
    Trial,        // time-limited, no grace
};

QString planName(LicensePlan plan); // "free", "one-time", "subscription", "usage-based", "trial"
QString planDisplayName(LicensePlan plan);
std::optional<LicensePlan> planFromName(QStringView name);

} // namespace mm::licensing
