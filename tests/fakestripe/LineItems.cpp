#include "tests/fakestripe/LineItems.h"

#include "tests/fakestripe/FormBody.h"
#include "tests/fakestripe/PriceAmount.h"
#include "tests/fakestripe/StripeErrors.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {

std::expected<QJsonObject, HttpReply> LineItems::inlinePrice(const QJsonObject& priceData, const QString& at)
{
    static const QRegularExpression currencyCode(u"^[A-Za-z]{3}$"_s);
    const QString currency = priceData.value(u"currency"_s).toString();
    if (currency.isEmpty())
        return std::unexpected(errors::missingParam(QString(at + u"[price_data][currency]"_s)));
    if (!currencyCode.match(currency).hasMatch())
        return std::unexpected(errors::invalidParam(QString(at + u"[price_data][currency]"_s),
                                                    u"Invalid currency: %1"_s.arg(currency)));
    const QString name = priceData.value(u"product_data"_s).toObject().value(u"name"_s).toString();
    if (name.isEmpty() && !priceData.contains(u"product"_s))
        return std::unexpected(errors::missingParam(QString(at + u"[price_data][product_data][name]"_s)));
    QJsonValue recurring = QJsonValue::Null;
    if (priceData.contains(u"recurring"_s)) {
        // Checkout's inline prices take only the billing period: a metered price needs a Billing
        // Meter, so it must be created with /v1/prices and passed as line_items[N][price].
        const QJsonObject given = priceData.value(u"recurring"_s).toObject();
        for (const QString& key : given.keys())
            if (key != u"interval" && key != u"interval_count")
                return std::unexpected(
                    errors::unknownParam(QString(at + u"[price_data][recurring]["_s + key + u']')));
        const QString interval = given.value(u"interval"_s).toString();
        if (interval.isEmpty())
            return std::unexpected(
                errors::missingParam(QString(at + u"[price_data][recurring][interval]"_s)));
        if (!QStringList{u"day"_s, u"week"_s, u"month"_s, u"year"_s}.contains(interval))
            return std::unexpected(errors::invalidParam(
                QString(at + u"[price_data][recurring][interval]"_s),
                u"Invalid recurring[interval]: must be one of day, week, month, or year"_s));
        const auto count = FormBody::integer(given.value(u"interval_count"_s).toString(u"1"_s));
        if (!count || *count < 1)
            return std::unexpected(
                errors::invalidParam(QString(at + u"[price_data][recurring][interval_count]"_s),
                                     u"Invalid integer"_s, u"parameter_invalid_integer"_s));
        recurring = QJsonObject{{u"interval"_s, interval},
                                {u"interval_count"_s, *count},
                                {u"meter"_s, QJsonValue::Null},
                                {u"usage_type"_s, u"licensed"_s}};
    }
    if (!priceData.contains(u"unit_amount"_s))
        return std::unexpected(errors::missingParam(QString(at + u"[price_data][unit_amount]"_s)));
    const auto unitAmount = FormBody::integer(priceData.value(u"unit_amount"_s));
    if (!unitAmount || *unitAmount < 0)
        return std::unexpected(errors::invalidParam(QString(at + u"[price_data][unit_amount]"_s),
                                                    u"Invalid non-negative integer"_s,
                                                    u"parameter_invalid_integer"_s));
    return QJsonObject{{u"id"_s, StripeStore::newId(u"price_"_s)},
                       {u"object"_s, u"price"_s},
                       {u"billing_scheme"_s, u"per_unit"_s},
                       {u"currency"_s, currency.toLower()},
                       {u"nickname"_s, name},
                       {u"product"_s, priceData.value(u"product"_s).toString(StripeStore::newId(u"prod_"_s))},
                       {u"recurring"_s, recurring},
                       {u"type"_s, recurring.isNull() ? u"one_time"_s : u"recurring"_s},
                       {u"unit_amount"_s, *unitAmount},
                       {u"unit_amount_decimal"_s, QString::number(*unitAmount)}};
}

std::expected<LineItems, HttpReply> LineItems::parse(const QJsonValue& lineItems, const QString& mode,
                                                     const StripeStore& store)
{
    if (lineItems.isUndefined())
        return std::unexpected(errors::missingParam(u"line_items"_s));
    if (!lineItems.isArray() || lineItems.toArray().isEmpty())
        return std::unexpected(
            errors::invalidParam(u"line_items"_s, u"Invalid array: line_items must be a non-empty array."_s));
    LineItems result;
    const QJsonArray items = lineItems.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = u"line_items[%1]"_s.arg(i);
        const QJsonObject item = items.at(i).toObject();
        if (item.contains(u"price"_s) && item.contains(u"price_data"_s))
            return std::unexpected(errors::invalidRequest(
                u"You may only specify one of these parameters: %1[price], %1[price_data]."_s.arg(at)));
        QJsonObject price;
        if (item.contains(u"price"_s)) {
            const QString id = item.value(u"price"_s).toString();
            const auto stored = store.get(id, u"price"_s);
            if (!stored)
                return std::unexpected(errors::noSuch(u"price"_s, id, QString(at + u"[price]"_s)));
            price = *stored;
        } else if (item.contains(u"price_data"_s)) {
            auto made = inlinePrice(item.value(u"price_data"_s).toObject(), at);
            if (!made)
                return std::unexpected(made.error());
            price = *made;
        } else {
            return std::unexpected(errors::missingParam(QString(at + u"[price]"_s)));
        }
        const QString param = item.contains(u"price"_s) ? QString(at + u"[price]"_s)
                                                        : QString(at + u"[price_data][recurring]"_s);
        const QString currency = price.value(u"currency"_s).toString();
        if (!result.currency.isEmpty() && result.currency != currency)
            return std::unexpected(
                errors::invalidParam(param, u"All line items must use the same currency."_s));
        result.currency = currency;
        const QJsonValue recurring = price.value(u"recurring"_s);
        const bool isRecurring = recurring.isObject();
        if (isRecurring && mode == u"payment")
            return std::unexpected(errors::invalidParam(
                param, u"You specified `payment` mode but passed a recurring price. Either switch to "
                       "`subscription` mode or use only one-time prices."_s));
        if (!isRecurring && mode == u"subscription")
            return std::unexpected(errors::invalidParam(
                param,
                u"You must provide at least one recurring price in `subscription` mode when using prices."_s));
        const bool metered = recurring.toObject().value(u"usage_type"_s).toString() == u"metered";
        // Stripe refuses a quantity on a metered price: usage decides what is billed.
        if (metered && item.contains(u"quantity"_s))
            return std::unexpected(
                errors::invalidParam(QString(at + u"[quantity]"_s),
                                     u"Quantity should not be specified where usage_type is `metered`."_s));
        const auto quantity = FormBody::integer(item.value(u"quantity"_s).toString(u"1"_s));
        if (!quantity || *quantity < 1)
            return std::unexpected(errors::invalidParam(QString(at + u"[quantity]"_s),
                                                        u"Invalid positive integer"_s,
                                                        u"parameter_invalid_integer"_s));
        QString name = price.value(u"nickname"_s).toString();
        if (name.isEmpty())
            name = store.get(price.value(u"product"_s).toString(), u"product"_s)
                       .value_or(QJsonObject{})
                       .value(u"name"_s)
                       .toString();
        QJsonObject line{{u"name"_s, name},
                         {u"currency"_s, currency},
                         {u"unit_amount"_s, price.value(u"unit_amount"_s).toInteger()},
                         {u"price"_s, price}};
        if (isRecurring)
            line.insert(u"recurring"_s, recurring);
        if (!metered) {
            line.insert(u"quantity"_s, *quantity);
            result.amount += PriceAmount::of(price, *quantity);
        }
        result.lines.append(line);
    }
    return result;
}

} // namespace mm::fakestripe
