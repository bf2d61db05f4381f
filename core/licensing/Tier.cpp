#include "core/licensing/Tier.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mm::licensing {

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Free:
        return u"free"_s;
    case Tier::Team:
        return u"team"_s;
    case Tier::Business:
        return u"business"_s;
    case Tier::Enterprise:
        return u"enterprise"_s;
    }
    return {};
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Free:
        return QCoreApplication::translate("mm::licensing::Tier", "Free");
    case Tier::Team:
        return QCoreApplication::translate("mm::licensing::Tier", "Team");
    case Tier::Business:
        return QCoreApplication::translate("mm::licensing::Tier", "Business");
    case Tier::Enterprise:
        return QCoreApplication::translate("mm::licensing::Tier", "Enterprise");
    }
    return {};
}

std::optional<Tier> tierFromName(QStringView name)
{
    for (const Tier tier : {Tier::Free, Tier::Team, Tier::Business, Tier::Enterprise})
        if (name == tierName(tier))
            return tier;
    return std::nullopt;
}

} // namespace mm::licensing
