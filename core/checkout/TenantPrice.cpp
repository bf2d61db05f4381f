#include "core/checkout/TenantPrice.h"

#include "core/crypto/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::checkout {

namespace {

using crypto::JsonFields;

// null or absent gives nullopt; anything but an object is an error naming the key.
Result<std::optional<QJsonObject>> optionalObject(const JsonFields& fields, const QString& key)
{
    const QJsonValue value = fields.object().value(key);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return fields.error(TenantPrice::tr("\"%1\" is neither null nor an object").arg(key));
    return value.toObject();
}

// A list and a discounted amount that belong together: the discount never raises a price.
Result<std::pair<qint64, qint64>> amounts(const JsonFields& fields)
{
    const auto list = fields.wholeNumber(u"list_amount"_s);
    if (!list)
        return std::unexpected(list.error());
    const auto amount = fields.wholeNumber(u"amount"_s);
    if (!amount)
        return std::unexpected(amount.error());
    if (*amount > *list)
        return fields.error(
            TenantPrice::tr("\"amount\" %1 is above \"list_amount\" %2").arg(*amount).arg(*list));
    return std::pair{*list, *amount};
}

Result<QList<PriceOption>> plans(const JsonFields& fields)
{
    const auto array = fields.array(u"plans"_s, 64);
    if (!array)
        return std::unexpected(array.error());
    QList<PriceOption> result;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const JsonFields plan(array->at(i).toObject(), fields.where() + u": plans[%1]"_s.arg(i));
        if (!array->at(i).isObject())
            return plan.error(TenantPrice::tr("not an object"));
        const auto id = plan.string(u"id"_s, 64);
        if (!id)
            return std::unexpected(id.error());
        const auto interval = plan.string(u"interval"_s, 16);
        if (!interval)
            return std::unexpected(interval.error());
        if (*interval != u"month" && *interval != u"year")
            return plan.error(TenantPrice::tr("\"interval\" is neither month nor year: %1").arg(*interval));
        const auto both = amounts(plan);
        if (!both)
            return std::unexpected(both.error());
        result.append({*id, *interval, both->first, both->second});
    }
    return result;
}

Result<UsageTerms> usageTerms(const JsonFields& fields)
{
    UsageTerms terms;
    const auto unit = fields.string(u"unit"_s, 128);
    const auto period = fields.string(u"period"_s, 16);
    const auto unitAmount = fields.wholeNumber(u"unit_amount"_s);
    const auto perUnits = fields.wholeNumber(u"per_units"_s);
    const auto included = fields.wholeNumber(u"included_units"_s);
    for (const auto* text : {&unit, &period})
        if (!*text)
            return std::unexpected(text->error());
    for (const auto* number : {&unitAmount, &perUnits, &included})
        if (!*number)
            return std::unexpected(number->error());
    if (*perUnits == 0)
        return fields.error(TenantPrice::tr("\"per_units\" is 0"));
    return UsageTerms{*unit, *unitAmount, *perUnits, *included, *period};
}

Result<OwnedLicense> ownedLicense(const JsonFields& fields)
{
    const auto license = fields.string(u"license"_s, 128);
    if (!license)
        return std::unexpected(license.error());
    const auto plan = fields.string(u"plan"_s, 32);
    if (!plan)
        return std::unexpected(plan.error());
    OwnedLicense owned{*license, *plan, {}};
    if (!fields.object().value(u"expires"_s).isNull()) {
        const auto expires = fields.time(u"expires"_s);
        if (!expires)
            return std::unexpected(expires.error());
        owned.expires = *expires;
    }
    return owned;
}

} // namespace

Result<TenantPrice> TenantPrice::parse(QByteArrayView json)
{
    const auto object = JsonFields::parseObject(json, tr("the price"), 256 * 1024);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, tr("price"));
    TenantPrice price;
    const auto module = fields.string(u"module"_s, 128);
    if (!module)
        return std::unexpected(module.error());
    price.module = *module;
    const JsonFields named(*object, tr("price of %1").arg(price.module));
    const auto model = named.string(u"model"_s, 32);
    if (!model)
        return std::unexpected(model.error());
    const auto modelValue = pricing::modelFromName(*model);
    if (!modelValue)
        return named.error(tr("\"model\" is not a pricing model: %1").arg(*model));
    price.model = *modelValue;
    if (price.model != pricing::PricingModel::Free) {
        const auto currency = named.string(u"currency"_s, 3);
        if (!currency)
            return std::unexpected(currency.error());
        if (!pricing::isCurrencyCode(*currency))
            return named.error(tr("\"currency\" is not an ISO 4217 code: %1").arg(*currency));
        price.currency = *currency;
    }
    price.tier = object->value(u"tier"_s).toString();
    const auto discount = named.wholeNumber(u"discount_percent"_s);
    if (!discount || *discount > 100)
        return named.error(tr("\"discount_percent\" is not a whole percentage"));
    price.discountPercent = int(*discount);
    const QJsonValue trial = object->value(u"trial_days"_s);
    if (!trial.isUndefined() && !trial.isNull()) {
        const auto days = named.wholeNumber(u"trial_days"_s);
        if (!days || *days > 3650)
            return named.error(tr("\"trial_days\" is not a number of days"));
        price.trialDays = int(*days);
    }

    const auto subscriptionPlans = plans(named);
    if (!subscriptionPlans)
        return std::unexpected(subscriptionPlans.error());
    if (price.model == pricing::PricingModel::Subscription && subscriptionPlans->isEmpty())
        return named.error(tr("\"plans\" is empty for a subscription"));
    if (price.model != pricing::PricingModel::Subscription && !subscriptionPlans->isEmpty())
        return named.error(tr("\"plans\" is not empty although the model is %1").arg(*model));
    price.options = *subscriptionPlans;

    const auto oneTime = optionalObject(named, u"one_time"_s);
    if (!oneTime)
        return std::unexpected(oneTime.error());
    if ((price.model == pricing::PricingModel::OneTime) != oneTime->has_value())
        return named.error(tr("\"one_time\" does not match the model %1").arg(*model));
    if (*oneTime) {
        const auto both = amounts(JsonFields(**oneTime, named.where() + u": one_time"_s));
        if (!both)
            return std::unexpected(both.error());
        price.options.append({u"one_time"_s, {}, both->first, both->second});
    }

    const auto usage = optionalObject(named, u"usage"_s);
    if (!usage)
        return std::unexpected(usage.error());
    if ((price.model == pricing::PricingModel::Usage) != usage->has_value())
        return named.error(tr("\"usage\" does not match the model %1").arg(*model));
    if (*usage) {
        const auto terms = usageTerms(JsonFields(**usage, named.where() + u": usage"_s));
        if (!terms)
            return std::unexpected(terms.error());
        price.usage = *terms;
        price.options.append({u"usage"_s, {}, 0, 0});
    }

    const auto owned = optionalObject(named, u"owned"_s);
    if (!owned)
        return std::unexpected(owned.error());
    if (*owned) {
        const auto license = ownedLicense(JsonFields(**owned, named.where() + u": owned"_s));
        if (!license)
            return std::unexpected(license.error());
        price.owned = *license;
    }
    return price;
}

const PriceOption* TenantPrice::option(const QString& plan) const
{
    for (const PriceOption& candidate : options)
        if (candidate.plan == plan)
            return &candidate;
    return nullptr;
}

} // namespace mm::checkout
