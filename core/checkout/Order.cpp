#include "core/checkout/Order.h"

#include "core/crypto/JsonFields.h"
#include "core/pricing/Money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::checkout {

namespace {

constexpr std::pair<OrderStatus, QStringView> statusNames[] = {
    {OrderStatus::Pending, u"pending"},     {OrderStatus::Fulfilled, u"fulfilled"},
    {OrderStatus::Cancelled, u"cancelled"}, {OrderStatus::Expired, u"expired"},
    {OrderStatus::Failed, u"failed"},       {OrderStatus::Refunded, u"refunded"},
};

bool isId(const QString& text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    return pattern.match(text).hasMatch();
}

// Checkout pages are only ever opened over https, or http on the loopback of a test or demo.
Result<QUrl> checkoutAddress(const crypto::JsonFields& fields, const QString& key)
{
    const auto text = fields.string(key, 4096);
    if (!text)
        return std::unexpected(text.error());
    const QUrl url(*text, QUrl::StrictMode);
    const bool loopback = url.host() == u"127.0.0.1" || url.host() == u"localhost" || url.host() == u"[::1]";
    if (!url.isValid() || url.host().isEmpty() ||
        !(url.scheme() == u"https" || (url.scheme() == u"http" && loopback)))
        return fields.error(Order::tr("\"%1\" is not an https address: %2").arg(key, *text));
    return url;
}

Result<QString> idField(const crypto::JsonFields& fields, const QString& key)
{
    auto text = fields.string(key, 128);
    if (text && !isId(*text))
        return fields.error(Order::tr("\"%1\" is not an id: %2").arg(key, *text));
    return text;
}

Result<std::optional<OrderLicense>> licenseField(const crypto::JsonFields& fields)
{
    const QJsonValue value = fields.object().value(u"license"_s);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return fields.error(Order::tr("\"license\" is neither null nor an object"));
    const crypto::JsonFields license(value.toObject(), fields.where() + u": license"_s);
    auto id = idField(license, u"id"_s);
    if (!id)
        return std::unexpected(id.error());
    auto module = idField(license, u"module"_s);
    if (!module)
        return std::unexpected(module.error());
    auto document = license.string(u"document"_s, Order::maxDocumentBytes);
    if (!document)
        return std::unexpected(document.error());
    return OrderLicense{*id, *module, document->toUtf8()};
}

} // namespace

QString orderStatusName(OrderStatus status)
{
    for (const auto& [value, name] : statusNames)
        if (value == status)
            return name.toString();
    return {};
}

std::optional<OrderStatus> orderStatusFromName(QStringView name)
{
    for (const auto& [value, text] : statusNames)
        if (text == name)
            return value;
    return std::nullopt;
}

Result<Order> Order::fromJson(const QJsonObject& json)
{
    const crypto::JsonFields fields(json, tr("order"));
    Order order;
    auto id = idField(fields, u"id"_s);
    if (!id)
        return std::unexpected(id.error());
    order.id = *id;
    const crypto::JsonFields named(json, tr("order %1").arg(order.id));
    auto module = idField(named, u"module"_s);
    auto plan = idField(named, u"plan"_s);
    auto model = idField(named, u"model"_s);
    auto amount = named.wholeNumber(u"amount"_s);
    auto currency = named.string(u"currency"_s, 3);
    auto status = named.string(u"status"_s, 32);
    for (const auto* field : {&module, &plan, &model, &currency, &status})
        if (!*field)
            return std::unexpected(field->error());
    if (!amount)
        return std::unexpected(amount.error());
    if (!pricing::isCurrencyCode(*currency))
        return named.error(tr("\"currency\" is not an ISO 4217 code: %1").arg(*currency));
    const auto statusValue = orderStatusFromName(*status);
    if (!statusValue)
        return named.error(tr("\"status\" is not an order status: %1").arg(*status));
    auto created = named.time(u"created"_s);
    if (!created)
        return std::unexpected(created.error());
    auto updated = named.time(u"updated"_s);
    if (!updated)
        return std::unexpected(updated.error());
    auto url = checkoutAddress(named, u"checkout_url"_s);
    if (!url)
        return std::unexpected(url.error());
    auto license = licenseField(named);
    if (!license)
        return std::unexpected(license.error());
    const QJsonValue message = json.value(u"message"_s);
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return named.error(tr("\"message\" is not a string"));
    if (*statusValue == OrderStatus::Fulfilled && !*license)
        return named.error(tr("\"license\" is missing although the order is fulfilled"));
    if (*license && (*license)->module != *module)
        return named.error(tr("\"license\" is for module %1, not %2").arg((*license)->module, *module));

    order.module = *module;
    order.plan = *plan;
    order.model = *model;
    order.price = {*amount, *currency};
    order.status = *statusValue;
    order.created = *created;
    order.updated = *updated;
    order.checkoutUrl = *url;
    order.license = std::move(*license);
    order.message = message.toString().left(2000);
    return order;
}

Result<Order> Order::parse(QByteArrayView json)
{
    const auto object = crypto::JsonFields::parseObject(json, tr("the order"), maxDocumentBytes * 2);
    if (!object)
        return std::unexpected(object.error());
    return fromJson(*object);
}

Result<Purchase> Purchase::parse(QByteArrayView json)
{
    const auto object =
        crypto::JsonFields::parseObject(json, tr("the purchase answer"), Order::maxDocumentBytes);
    if (!object)
        return std::unexpected(object.error());
    const crypto::JsonFields fields(*object, tr("purchase"));
    const auto child = fields.child(u"order"_s);
    if (!child)
        return std::unexpected(child.error());
    auto order = Order::fromJson(*child);
    if (!order)
        return std::unexpected(order.error());
    auto url = checkoutAddress(fields, u"checkout_url"_s);
    if (!url)
        return std::unexpected(url.error());
    return Purchase{std::move(*order), *url};
}

} // namespace mm::checkout
