#include "server/billing/PricingRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/billing/BillingJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

PricingRoutes::PricingRoutes(BillingContext& context)
    : m_context(context)
{}

void PricingRoutes::registerOn(ApiRouter& router)
{
    // Public like the catalog, which shows the list prices anyway; a tenant admin's token adds the
    // tenant's discount and what it already holds.
    router.route(u"/api/marketplace/modules/<arg>/pricing"_s, QHttpServerRequest::Method::Get,
                 ApiRouter::Access::anyone(),
                 [this](const QString& id, const accounts::Caller& caller, const QHttpServerRequest&) {
                     return pricing(id, caller);
                 });
}

QJsonObject PricingRoutes::quoteToJson(const QString& module, const pricing::PriceQuote& quote)
{
    QJsonArray plans;
    for (const auto& plan : quote.plans)
        plans.append(
            QJsonObject{{u"id"_s, plan.id},
                        {u"interval"_s, plan.interval == pricing::Interval::Year ? u"year"_s : u"month"_s},
                        {u"list_amount"_s, plan.listAmount},
                        {u"amount"_s, plan.amount}});
    QJsonValue oneTime;
    if (quote.oneTime)
        oneTime =
            QJsonObject{{u"list_amount"_s, quote.oneTime->listAmount}, {u"amount"_s, quote.oneTime->amount}};
    QJsonValue usage;
    if (quote.usage)
        usage = QJsonObject{{u"unit"_s, quote.usage->unit},
                            {u"unit_amount"_s, quote.usage->unitAmount},
                            {u"per_units"_s, quote.usage->perUnits},
                            {u"included_units"_s, quote.usage->includedUnits},
                            {u"period"_s, quote.usage->period}};
    return {{u"module"_s, module},
            {u"model"_s, pricing::modelName(quote.model)},
            {u"currency"_s, quote.currency.isEmpty() ? QJsonValue() : QJsonValue(quote.currency)},
            {u"tier"_s, licensing::tierName(quote.tier)},
            {u"discount_percent"_s, quote.discountPercent},
            {u"trial_days"_s, quote.trialDays},
            {u"plans"_s, plans},
            {u"one_time"_s, oneTime},
            {u"usage"_s, usage}};
}

QHttpServerResponse PricingRoutes::pricing(const QString& id, const accounts::Caller& caller)
{
    const auto module = catalog::CatalogReader(m_context.database).module(id);
    if (!module)
        return BillingJson::error(module.error());
    if (caller.tenant.isEmpty()) {
        QJsonObject answer = quoteToJson(id, pricing::PriceQuote::of(module->pricing, licensing::Tier::Free));
        answer.insert(u"owned"_s, QJsonValue());
        return jsonResponse(answer);
    }
    const auto tenant = m_context.tenants.seen(caller.tenant);
    if (!tenant)
        return BillingJson::error(tenant.error());
    QJsonObject answer = quoteToJson(id, pricing::PriceQuote::of(module->pricing, tenant->tier));
    const auto licenses = m_context.licenses.forTenant(tenant->id);
    if (!licenses)
        return BillingJson::error(licenses.error());
    QJsonValue owned;
    for (const IssuedLicense& license : *licenses) // newest first
        if (license.module == id && !license.isRevoked()) {
            owned = QJsonObject{{u"license"_s, license.id},
                                {u"plan"_s, licensing::planName(license.plan)},
                                {u"expires"_s, license.expires.isValid()
                                                   ? QJsonValue(license.expires.toString(Qt::ISODate))
                                                   : QJsonValue()}};
            break;
        }
    answer.insert(u"owned"_s, owned);
    return jsonResponse(answer);
}

} // namespace mm::server::billing
