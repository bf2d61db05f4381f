#include "server/billing/OrderRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/billing/BillingJson.h"
#include "server/billing/PendingResponse.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

OrderRoutes::OrderRoutes(BillingContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void OrderRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Caller = accounts::Caller;
    using Request = const QHttpServerRequest&;
    const auto tenantAdmin = ApiRouter::Access::tenantAdmin();
    // The longer path first: the router takes the first rule that matches.
    router.route(u"/api/marketplace/orders/<arg>/cancel"_s, Method::Post, tenantAdmin,
                 [this](const QString& id, const Caller& caller, Request) { return cancel(id, caller); });
    router.route(u"/api/marketplace/orders/<arg>"_s, Method::Get, tenantAdmin,
                 [this](const QString& id, const Caller& caller, Request) { return get(id, caller); });
    router.route(u"/api/marketplace/billing/portal"_s, Method::Post, tenantAdmin,
                 [this](const Caller& caller, Request, QHttpServerResponder&& responder) {
                     portal(caller, std::move(responder));
                 });
}

Result<Order> OrderRoutes::ownOrder(const QString& id, const accounts::Caller& caller)
{
    const auto order = m_context.orders.find(id);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return fail(ErrorCode::NotFound, tr("Tenant %1 has no order \"%2\".").arg(caller.tenant, id));
    if ((*order)->tenant != caller.tenant)
        return fail(ErrorCode::Forbidden, tr("Order %1 belongs to another tenant.").arg(id));
    return **order;
}

QHttpServerResponse OrderRoutes::get(const QString& id, const accounts::Caller& caller)
{
    const auto order = ownOrder(id, caller);
    if (!order)
        return BillingJson::error(order.error());
    std::optional<IssuedLicense> license;
    if (!order->licenseId.isEmpty()) {
        auto found = m_context.licenses.find(order->licenseId);
        if (!found)
            return BillingJson::error(found.error());
        license = std::move(*found);
    }
    return jsonResponse(BillingJson::order(*order, license));
}

QHttpServerResponse OrderRoutes::cancel(const QString& id, const accounts::Caller& caller)
{
    const auto order = ownOrder(id, caller);
    if (!order)
        return BillingJson::error(order.error());
    const auto moved = m_context.orders.transition(id, Order::pending, Order::cancelled);
    if (!moved)
        return BillingJson::error(moved.error());
    if (!*moved)
        return BillingJson::error(
            {ErrorCode::Conflict,
             tr("Order %1 is %2; only a pending order can be cancelled.").arg(id, order->status)});
    spdlog::info("order {} cancelled by tenant {}", id.toStdString(), order->tenant.toStdString());
    return get(id, caller);
}

void OrderRoutes::portal(const accounts::Caller& caller, QHttpServerResponder&& responder)
{
    const PendingResponse pending(std::move(responder));
    if (!m_context.stripe)
        return pending.send(BillingJson::noPayments());
    const auto customer = m_context.customers.customerOf(caller.tenant);
    if (!customer)
        return pending.send(BillingJson::error(customer.error()));
    if (!*customer)
        return pending.send(BillingJson::error(
            {ErrorCode::NotFound,
             tr("Tenant %1 has not bought anything yet, so it has no billing account.").arg(caller.tenant)}));
    FormEncoder form;
    form.add(u"customer"_s, **customer);
    form.add(u"return_url"_s, m_context.config.publicUrl.toString());
    m_context.stripe->post(u"/v1/billing_portal/sessions"_s, form, {}, this,
                           [pending](Result<QJsonObject> answer) {
                               if (!answer)
                                   return pending.send(BillingJson::error(answer.error()));
                               pending.send(jsonResponse({{u"url"_s, answer->value(u"url").toString()}}));
                           });
}

} // namespace mm::server::billing
