#include "core/checkout/CheckoutApi.h"

#include "core/accounts/Credentials.h"
#include "core/net/BlockingGet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::checkout {

namespace {

constexpr qint64 maxAnswerBytes = 1024 * 1024;

} // namespace

CheckoutApi::CheckoutApi(QUrl marketplace)
    : m_marketplace(std::move(marketplace))
{}

Result<net::HttpCall::Headers> CheckoutApi::authorization(std::stop_token stop) const
{
    return accounts::Credentials::forMarketplace(m_marketplace)->authorization(std::move(stop));
}

QUrl CheckoutApi::endpoint(const QString& route) const
{
    QUrl url = m_marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + route);
    return url;
}

Result<void> CheckoutApi::checkId(const QString& id, const QString& what)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    if (!pattern.match(id).hasMatch() || id == u"." || id == u"..")
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not %2.").arg(id, what));
    return {};
}

Result<TenantPrice> CheckoutApi::pricing(const QString& moduleId) const
{
    if (auto ok = checkId(moduleId, tr("a module id")); !ok)
        return std::unexpected(ok.error());
    const auto headers = authorization();
    if (!headers)
        return std::unexpected(headers.error());
    const auto body =
        net::BlockingGet::fetch(endpoint(u"/api/marketplace/modules/%1/pricing"_s.arg(moduleId)),
                                maxAnswerBytes, m_timeout, {}, *headers);
    if (!body)
        return std::unexpected(body.error());
    auto price = TenantPrice::parse(*body);
    if (price && price->module != moduleId)
        return fail(
            ErrorCode::Parse,
            tr("The marketplace answered the price of %1 when asked for %2.").arg(price->module, moduleId));
    return price;
}

Result<Purchase> CheckoutApi::purchase(const QString& moduleId, const QString& plan, const QUrl& callback,
                                       const QString& nonce) const
{
    if (auto ok = checkId(moduleId, tr("a module id")); !ok)
        return std::unexpected(ok.error());
    if (plan.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say which plan of %1 to buy.").arg(moduleId));
    if (callback.isEmpty() != nonce.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A checkout callback and its nonce come together."));
    QJsonObject request{{u"plan"_s, plan}};
    if (!callback.isEmpty()) {
        request.insert(u"callback"_s, callback.toString(QUrl::FullyEncoded));
        request.insert(u"nonce"_s, nonce);
    }
    const auto headers = authorization();
    if (!headers)
        return std::unexpected(headers.error());
    const auto body = net::BlockingGet::post(
        endpoint(u"/api/marketplace/modules/%1/purchase"_s.arg(moduleId)),
        QJsonDocument(request).toJson(QJsonDocument::Compact), *headers, maxAnswerBytes, m_timeout);
    if (!body)
        return std::unexpected(body.error());
    auto purchase = Purchase::parse(*body);
    if (purchase && purchase->order.module != moduleId)
        return fail(ErrorCode::Parse, tr("The marketplace opened an order for %1 when asked for %2.")
                                          .arg(purchase->order.module, moduleId));
    return purchase;
}

Result<Order> CheckoutApi::order(const QString& orderId, std::stop_token stop) const
{
    if (auto ok = checkId(orderId, tr("an order id")); !ok)
        return std::unexpected(ok.error());
    const auto headers = authorization(stop);
    if (!headers)
        return std::unexpected(headers.error());
    const auto body = net::BlockingGet::fetch(endpoint(u"/api/marketplace/orders/%1"_s.arg(orderId)),
                                              maxAnswerBytes, m_timeout, stop, *headers);
    if (!body)
        return std::unexpected(body.error());
    auto order = Order::parse(*body);
    if (order && order->id != orderId)
        return fail(ErrorCode::Parse,
                    tr("The marketplace answered order %1 when asked for %2.").arg(order->id, orderId));
    return order;
}

Result<void> CheckoutApi::cancel(const QString& orderId) const
{
    if (auto ok = checkId(orderId, tr("an order id")); !ok)
        return std::unexpected(ok.error());
    const auto headers = authorization();
    if (!headers)
        return std::unexpected(headers.error());
    const auto body = net::BlockingGet::post(endpoint(u"/api/marketplace/orders/%1/cancel"_s.arg(orderId)),
                                             "{}", *headers, maxAnswerBytes, m_timeout);
    if (!body)
        return std::unexpected(body.error());
    return {};
}

} // namespace mm::checkout
