#include "tests/fakestripe/PriceApi.h"

#include "tests/fakestripe/FormBody.h"
#include "tests/fakestripe/PriceAmount.h"
#include "tests/fakestripe/StripeErrors.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

std::optional<HttpReply> unknownKey(const QJsonObject& object, const QStringList& known, const QString& at)
{
    for (const QString& key : object.keys())
        if (!known.contains(key))
            return errors::unknownParam(at.isEmpty() ? key : QString(at + u'[' + key + u']'));
    return std::nullopt;
}

// unit_amount (a whole number) or unit_amount_decimal (a decimal string), never both: the
// normalised pair as Stripe answers it, or the error naming `at`'s parameter.
std::expected<std::pair<QJsonValue, QJsonValue>, HttpReply> unitAmount(const QJsonObject& object,
                                                                       const QString& at, bool required)
{
    // `at` is "" for the price itself or "tiers[N]" for a tier.
    const auto name = [&](const QString& key) {
        return at.isEmpty() ? key : QString(at + u'[' + key + u']');
    };
    const QString whole = name(u"unit_amount"_s);
    const QString decimal = name(u"unit_amount_decimal"_s);
    const bool hasWhole = object.contains(u"unit_amount"_s);
    const bool hasDecimal = object.contains(u"unit_amount_decimal"_s);
    if (hasWhole && hasDecimal)
        return std::unexpected(errors::invalidRequest(
            u"You may only specify one of these parameters: %1, %2."_s.arg(whole, decimal)));
    if (hasWhole) {
        const auto value = FormBody::integer(object.value(u"unit_amount"_s));
        if (!value || *value < 0)
            return std::unexpected(errors::invalidParam(whole, u"Invalid non-negative integer"_s,
                                                        u"parameter_invalid_integer"_s));
        return std::pair{QJsonValue(*value), QJsonValue(QString::number(*value))};
    }
    if (hasDecimal) {
        const auto value = PriceAmount::parseDecimal(object.value(u"unit_amount_decimal"_s).toString());
        if (!value)
            return std::unexpected(errors::invalidParam(
                decimal, u"Invalid decimal: must be non-negative with at most 12 decimal places"_s));
        const QJsonValue exact =
            *value % (PriceAmount::Scaled(1'000'000) * 1'000'000) == 0
                ? QJsonValue(qint64(*value / (PriceAmount::Scaled(1'000'000) * 1'000'000)))
                : QJsonValue(QJsonValue::Null);
        return std::pair{exact, QJsonValue(PriceAmount::formatDecimal(*value))};
    }
    if (required)
        return std::unexpected(errors::missingParam(whole));
    return std::pair{QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null)};
}

} // namespace

std::optional<HttpReply> PriceApi::handle(const QByteArray& method, const QStringList& path,
                                          const QJsonObject& params)
{
    if (path == QStringList{u"prices"_s} && method == "POST")
        return createPrice(params);
    if (path.size() == 2 && path.at(0) == u"prices" && method == "GET") {
        const auto price = m_store.get(path.at(1), u"price"_s);
        return price ? HttpReply::json(*price) : errors::noSuch(u"price"_s, path.at(1));
    }
    return std::nullopt;
}

std::expected<QString, HttpReply> PriceApi::product(const QJsonObject& params)
{
    if (params.contains(u"product"_s) && params.contains(u"product_data"_s))
        return std::unexpected(errors::invalidRequest(
            u"You may only specify one of these parameters: product, product_data."_s));
    if (params.contains(u"product"_s)) {
        const QString id = params.value(u"product"_s).toString();
        if (!m_store.get(id, u"product"_s))
            return std::unexpected(errors::noSuch(u"product"_s, id, u"product"_s));
        return id;
    }
    const QString name = params.value(u"product_data"_s).toObject().value(u"name"_s).toString();
    if (name.isEmpty())
        return std::unexpected(errors::missingParam(u"product_data[name]"_s));
    const QString id = StripeStore::newId(u"prod_"_s);
    m_store.put({{u"id"_s, id},
                 {u"object"_s, u"product"_s},
                 {u"active"_s, true},
                 {u"created"_s, StripeStore::now()},
                 {u"livemode"_s, false},
                 {u"name"_s, name}});
    return id;
}

std::expected<QJsonValue, HttpReply> PriceApi::recurring(const QJsonObject& params) const
{
    if (!params.contains(u"recurring"_s))
        return QJsonValue(QJsonValue::Null);
    const QJsonObject recurring = params.value(u"recurring"_s).toObject();
    if (auto refused = unknownKey(
            recurring, {u"interval"_s, u"interval_count"_s, u"usage_type"_s, u"meter"_s}, u"recurring"_s))
        return std::unexpected(*refused);
    const QString interval = recurring.value(u"interval"_s).toString();
    if (interval.isEmpty())
        return std::unexpected(errors::missingParam(u"recurring[interval]"_s));
    if (!QStringList{u"day"_s, u"week"_s, u"month"_s, u"year"_s}.contains(interval))
        return std::unexpected(
            errors::invalidParam(u"recurring[interval]"_s,
                                 u"Invalid recurring[interval]: must be one of day, week, month, or year"_s));
    const auto count = FormBody::integer(recurring.value(u"interval_count"_s).toString(u"1"_s));
    if (!count || *count < 1)
        return std::unexpected(errors::invalidParam(u"recurring[interval_count]"_s, u"Invalid integer"_s,
                                                    u"parameter_invalid_integer"_s));
    const QString usageType = recurring.value(u"usage_type"_s).toString(u"licensed"_s);
    if (usageType != u"licensed" && usageType != u"metered")
        return std::unexpected(
            errors::invalidParam(u"recurring[usage_type]"_s,
                                 u"Invalid recurring[usage_type]: must be one of licensed or metered"_s));
    const QString meter = recurring.value(u"meter"_s).toString();
    if (usageType == u"metered" && meter.isEmpty())
        return std::unexpected(errors::missingParam(u"recurring[meter]"_s));
    if (usageType != u"metered" && recurring.contains(u"meter"_s))
        return std::unexpected(errors::invalidParam(
            u"recurring[meter]"_s,
            u"A meter can only be set on a price with recurring[usage_type]=metered."_s));
    if (!meter.isEmpty() && !m_store.get(meter, u"billing.meter"_s))
        return std::unexpected(errors::noSuch(u"billing.meter"_s, meter, u"recurring[meter]"_s));
    return QJsonObject{{u"aggregate_usage"_s, QJsonValue::Null},
                       {u"interval"_s, interval},
                       {u"interval_count"_s, *count},
                       {u"meter"_s, meter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(meter)},
                       {u"trial_period_days"_s, QJsonValue::Null},
                       {u"usage_type"_s, usageType}};
}

std::optional<HttpReply> PriceApi::tierList(const QJsonValue& tiers, QJsonArray& normalised)
{
    if (!tiers.isArray() || tiers.toArray().isEmpty())
        return errors::missingParam(u"tiers"_s);
    const QJsonArray list = tiers.toArray();
    qint64 previous = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = u"tiers[%1]"_s.arg(i);
        const QJsonObject tier = list.at(i).toObject();
        if (auto refused = unknownKey(tier, {u"up_to"_s, u"unit_amount"_s, u"unit_amount_decimal"_s}, at))
            return refused;
        if (!tier.contains(u"up_to"_s))
            return errors::missingParam(QString(at + u"[up_to]"_s));
        const bool last = i == list.size() - 1;
        const QString upTo = tier.value(u"up_to"_s).toString();
        QJsonValue bound = QJsonValue::Null;
        if (upTo == u"inf") {
            if (!last)
                return errors::invalidParam(QString(at + u"[up_to]"_s),
                                            u"Only the last tier may have up_to=inf."_s);
        } else {
            const auto value = FormBody::integer(upTo);
            if (!value || *value <= previous)
                return errors::invalidParam(QString(at + u"[up_to]"_s),
                                            u"Tiers must have increasing positive up_to values, or inf."_s);
            if (last)
                return errors::invalidParam(QString(at + u"[up_to]"_s),
                                            u"The last tier must have up_to=inf."_s);
            previous = *value;
            bound = *value;
        }
        const auto amount = unitAmount(tier, at, true);
        if (!amount) {
            HttpReply error = amount.error();
            return error;
        }
        normalised.append(QJsonObject{{u"flat_amount"_s, QJsonValue::Null},
                                      {u"flat_amount_decimal"_s, QJsonValue::Null},
                                      {u"unit_amount"_s, amount->first},
                                      {u"unit_amount_decimal"_s, amount->second},
                                      {u"up_to"_s, bound}});
    }
    return std::nullopt;
}

std::optional<HttpReply> PriceApi::amounts(const QJsonObject& params, QJsonObject& price) const
{
    const QString scheme = params.value(u"billing_scheme"_s).toString(u"per_unit"_s);
    if (scheme != u"per_unit" && scheme != u"tiered")
        return errors::invalidParam(u"billing_scheme"_s,
                                    u"Invalid billing_scheme: must be one of per_unit or tiered"_s);
    price.insert(u"billing_scheme"_s, scheme);
    if (scheme == u"per_unit") {
        for (const QString& key : {u"tiers"_s, u"tiers_mode"_s})
            if (params.contains(key))
                return errors::invalidParam(key, u"%1 requires billing_scheme=tiered."_s.arg(key));
        const auto amount = unitAmount(params, {}, true);
        if (!amount)
            return amount.error();
        price.insert(u"unit_amount"_s, amount->first);
        price.insert(u"unit_amount_decimal"_s, amount->second);
        price.insert(u"tiers_mode"_s, QJsonValue::Null);
        return std::nullopt;
    }
    for (const QString& key : {u"unit_amount"_s, u"unit_amount_decimal"_s})
        if (params.contains(key))
            return errors::invalidParam(
                key, u"%1 cannot be set with billing_scheme=tiered; use tiers."_s.arg(key));
    const QString mode = params.value(u"tiers_mode"_s).toString();
    if (mode.isEmpty())
        return errors::missingParam(u"tiers_mode"_s);
    if (mode != u"graduated" && mode != u"volume")
        return errors::invalidParam(u"tiers_mode"_s,
                                    u"Invalid tiers_mode: must be one of graduated or volume"_s);
    QJsonArray tiers;
    if (auto refused = tierList(params.value(u"tiers"_s), tiers))
        return refused;
    price.insert(u"tiers_mode"_s, mode);
    price.insert(u"tiers"_s, tiers);
    price.insert(u"unit_amount"_s, QJsonValue::Null);
    price.insert(u"unit_amount_decimal"_s, QJsonValue::Null);
    return std::nullopt;
}

HttpReply PriceApi::createPrice(const QJsonObject& params)
{
    static const QStringList known{u"currency"_s,  u"product"_s,        u"product_data"_s,
                                   u"recurring"_s, u"billing_scheme"_s, u"tiers_mode"_s,
                                   u"tiers"_s,     u"unit_amount"_s,    u"unit_amount_decimal"_s,
                                   u"nickname"_s,  u"metadata"_s,       u"expand"_s};
    if (auto refused = unknownKey(params, known, {}))
        return *refused;
    static const QRegularExpression currencyCode(u"^[A-Za-z]{3}$"_s);
    const QString currency = params.value(u"currency"_s).toString();
    if (currency.isEmpty())
        return errors::missingParam(u"currency"_s);
    if (!currencyCode.match(currency).hasMatch())
        return errors::invalidParam(u"currency"_s, u"Invalid currency: %1"_s.arg(currency));
    const auto recurring = this->recurring(params);
    if (!recurring)
        return recurring.error();
    QJsonObject price{{u"object"_s, u"price"_s}};
    if (auto refused = amounts(params, price))
        return *refused;
    const auto product = this->product(params);
    if (!product)
        return product.error();
    price.insert(u"id"_s, StripeStore::newId(u"price_"_s));
    price.insert(u"active"_s, true);
    price.insert(u"created"_s, StripeStore::now());
    price.insert(u"currency"_s, currency.toLower());
    price.insert(u"livemode"_s, false);
    price.insert(u"metadata"_s, params.value(u"metadata"_s).toObject());
    price.insert(u"nickname"_s,
                 params.contains(u"nickname"_s) ? params.value(u"nickname"_s) : QJsonValue(QJsonValue::Null));
    price.insert(u"product"_s, *product);
    price.insert(u"recurring"_s, *recurring);
    price.insert(u"transform_quantity"_s, QJsonValue::Null);
    price.insert(u"type"_s, recurring->isNull() ? u"one_time"_s : u"recurring"_s);
    m_store.put(price);
    return HttpReply::json(price);
}

} // namespace mm::fakestripe
