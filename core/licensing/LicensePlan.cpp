#include "core/licensing/LicensePlan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mm::licensing {

namespace {
constexpr LicensePlan allPlans[] = {LicensePlan::Free, LicensePlan::OneTime, LicensePlan::Subscription,
                                    LicensePlan::UsageBased, LicensePlan::Trial};
}

QString planName(LicensePlan plan)
{
    switch (plan) {
    case LicensePlan::Free:
        return u"free"_s;
    case LicensePlan::OneTime:
        return u"one-time"_s;
    case LicensePlan::Subscription:
        return u"subscription"_s;
    case LicensePlan::UsageBased:
        return u"usage-based"_s;
    case LicensePlan::Trial:
        return u"trial"_s;
    }
    return {};
}

QString planDisplayName(LicensePlan plan)
{
    switch (plan) {
    case LicensePlan::Free:
        return QCoreApplication::translate("mm::licensing::LicensePlan", "Free");
    case LicensePlan::OneTime:
        return QCoreApplication::translate("mm::licensing::LicensePlan", "One-time purchase");
    case LicensePlan::Subscription:
        return QCoreApplication::translate("mm::licensing::LicensePlan", "Subscription");
    case LicensePlan::UsageBased:
        return QCoreApplication::translate("mm::licensing::LicensePlan", "Usage-based");
    case LicensePlan::Trial:
        return QCoreApplication::translate("mm::licensing::LicensePlan", "Trial");
    }
    return {};
}

std::optional<LicensePlan> planFromName(QStringView name)
{
    for (const LicensePlan plan : allPlans)
        if (name == planName(plan))
            return plan;
    return std::nullopt;
}

} // namespace mm::licensing
