#pragma once

#include "core/common/Error.h"
#include "core/licensing/Tier.h"
#include "core/pricing/Money.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace mm::pricing {

enum class PricingModel
{
    Free,
    OneTime,
    Subscription,
    Usage
};

QString modelName(PricingModel model); // "free", "one_time", "subscription", "usage"
std::optional<PricingModel> modelFromName(QStringView name);

enum class Interval
{
    Month,
    Year
};

struct SubscriptionPlan
{
    QString id;
    Interval interval = Interval::Month;
    qint64 amount = 0;
};

struct UsagePrice
{
    QString unit;          // what is counted, e.g. "API call"
    qint64 unitAmount = 0; // price of perUnits units, minor units
    qint64 perUnits = 1;
    qint64 includedUnits = 0;
    QString period; // "month"
};

// Whole percent off the list price for tenants of `tier` or above (docs/checkout.md, "Prices").
struct TierDiscount
{
    licensing::Tier tier = licensing::Tier::Free;
    int percent = 0; // 1 to 90
};

// How a module is sold. See docs/catalog-format.md for the JSON shape.
struct Pricing
{
    Q_DECLARE_TR_FUNCTIONS(mm::pricing::Pricing)

public:
    PricingModel model = PricingModel::Free;
    QString currency;
    qint64 amount = 0; // one-time price
    QList<SubscriptionPlan> plans;
    UsagePrice usage;
    int trialDays = 0;
    QList<TierDiscount> tierDiscounts; // ordered from the lowest tier up

    // The percent off for a tenant of `tier`: the highest tier discount it qualifies for, or 0.
    int discountPercentFor(licensing::Tier tier) const;

    static Result<Pricing> fromJson(const QJsonObject& json);

    // The price used for sorting: see "entry price" in docs/catalog-format.md.
    qint64 entryPriceMinor() const;
    // Short text for a card: "Free", "€49.00", "€9.00 / month", "€0.02 per 1,000 API calls".
    QString shortLabel(const QLocale& locale = QLocale()) const;
};

} // namespace mm::pricing
