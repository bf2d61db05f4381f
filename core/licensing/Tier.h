#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mm::licensing {

// The plan a tenant subscribes to on the marketplace; each tier allows what the tiers below it
// allow, so comparisons are by rank.
enum class Tier
{
    Free,
    Team,
    Business,
    Enterprise,
};

QString tierName(Tier tier); // "free", "team", "business", "enterprise"
// The translated name for people ("Business").
QString tierDisplayName(Tier tier);
std::optional<Tier> tierFromName(QStringView name);

// True when a tenant of tier `tenant` may use what needs `required`.
constexpr bool tierAllows(Tier tenant, Tier required)
{
    return static_cast<int>(tenant) >= static_cast<int>(required);
}

} // namespace mm::licensing
