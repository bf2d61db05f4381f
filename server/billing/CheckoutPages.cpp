#include "server/billing/CheckoutPages.h"

#include "server/ApiRouter.h"
#include "server/billing/CheckoutCallback.h"

#include <QUrlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

QHttpServerResponse html(const QString& title, const QString& text,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    const QString body =
        u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body><h1>%1</h1><p>%2</p></body></html>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    QHttpServerResponse response("text/html; charset=utf-8", body.toUtf8(), status);
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("Content-Security-Policy", "default-src 'none'");
    return response;
}

} // namespace

CheckoutPages::CheckoutPages(BillingContext& context)
    : m_context(context)
{}

void CheckoutPages::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Request = const QHttpServerRequest&;
    // The browser Stripe sends back carries no token; the pages say no more than the order's
    // status and cancel nothing but a pending order, which its buyer just walked away from.
    const auto anyone = ApiRouter::Access::anyone();
    router.route(u"/checkout/complete"_s, Method::Get, anyone,
                 [this](const accounts::Caller&, Request request) { return page(request, true); });
    router.route(u"/checkout/cancel"_s, Method::Get, anyone,
                 [this](const accounts::Caller&, Request request) { return page(request, false); });
}

QHttpServerResponse CheckoutPages::page(const QHttpServerRequest& request, bool complete)
{
    const QString id = QUrlQuery(request.url()).queryItemValue(u"order"_s, QUrl::FullyDecoded);
    const auto order = id.isEmpty() ? Result<std::optional<Order>>(std::nullopt) : m_context.orders.find(id);
    if (!order)
        return html(tr("Something went wrong"), order.error().message,
                    QHttpServerResponse::StatusCode::InternalServerError);
    if (!*order)
        return html(tr("Unknown order"), tr("There is no order \"%1\".").arg(id),
                    QHttpServerResponse::StatusCode::NotFound);
    const Order& o = **order;
    if (!complete && o.status == Order::pending) {
        // The buyer left Checkout: the order is over (the session expires unpaid at Stripe).
        if (auto moved = m_context.orders.transition(o.id, Order::pending, Order::cancelled); !moved)
            spdlog::warn("order {}: {}", o.id.toStdString(), moved.error().message.toStdString());
        else if (*moved)
            spdlog::info("order {} cancelled on the checkout cancel page", o.id.toStdString());
    }
    if (!o.callback.isEmpty() && CheckoutCallback::check(o.callback, o.nonce)) {
        const QUrl target =
            CheckoutCallback::redirect(o.callback, o.id, o.nonce, complete ? u"complete"_s : u"cancel"_s);
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        response.addHeader("Location", target.toEncoded());
        response.addHeader("Cache-Control", "no-store");
        return response;
    }
    if (!complete)
        return html(tr("Checkout cancelled"), tr("Nothing was charged. You can close this tab."));
    if (o.status == Order::fulfilled)
        return html(tr("Payment received"), tr("Payment received, return to Module Marketplace."));
    if (o.status == Order::pending)
        return html(tr("Waiting for payment confirmation"),
                    tr("Stripe has not confirmed the payment yet. Return to Module Marketplace; it "
                       "will show the purchase once the payment is confirmed."));
    return html(tr("Order %1").arg(o.status), tr("This order is %1. %2").arg(o.status, o.message));
}

} // namespace mm::server::billing
