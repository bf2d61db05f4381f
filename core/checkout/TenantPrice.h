#pragma once

#include "core/common/Error.h"
#include "core/pricing/Money.h"
#include "core/pricing/Pricing.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace mm::checkout {

// One way to buy the module at this tenant's price.
struct PriceOption
{
    QString plan;     // what POST /purchase takes: a plan id, "one_time" or "usage"
    QString interval; // "month" or "year" for subscription plans, empty otherwise
    qint64 listAmount = 0;
    qint64 amount = 0; // after the tier discount
};

struct UsageTerms
{
    QString unit;
    qint64 unitAmount = 0;
    qint64 perUnits = 1;
    qint64 includedUnits = 0;
    QString period;
};

// The license the tenant already holds, when there is one.
struct OwnedLicense
{
    QString license;
    QString plan;
    QDateTime expires; // invalid: never
};

// The answer of GET /api/marketplace/modules/:id/pricing: what this tenant would pay.
struct TenantPrice
{
    Q_DECLARE_TR_FUNCTIONS(mm::checkout::TenantPrice)

public:
    QString module;
    pricing::PricingModel model = pricing::PricingModel::Free;
    QString currency;
    QString tier;
    int discountPercent = 0;
    int trialDays = 0;
    QList<PriceOption> options; // subscription plans, or the one-time price, or "usage"
    std::optional<UsageTerms> usage;
    std::optional<OwnedLicense> owned;

    // Every field is checked; an error (Parse) names the field that was wrong.
    static Result<TenantPrice> parse(QByteArrayView json);

    const PriceOption* option(const QString& plan) const;
    // The plan bought when the buyer names none: the only option, or the first plan.
    QString defaultPlan() const { return options.isEmpty() ? QString() : options.first().plan; }
};

} // namespace mm::checkout
