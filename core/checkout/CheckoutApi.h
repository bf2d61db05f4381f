#pragma once

#include "core/checkout/Order.h"
#include "core/checkout/TenantPrice.h"
#include "core/net/HttpCall.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>
#include <stop_token>

namespace mm::checkout {

// The checkout routes of docs/checkout.md for the signed-in tenant (accounts::Credentials of the
// marketplace), blocking: for worker threads and the CLI. Answers are parsed into typed values; a
// refusal carries the marketplace's own sentence, and Unauthenticated says how to sign in.
class CheckoutApi
{
    Q_DECLARE_TR_FUNCTIONS(mm::checkout::CheckoutApi)

public:
    explicit CheckoutApi(QUrl marketplace);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    const QUrl& marketplace() const { return m_marketplace; }

    // GET /modules/:id/pricing: this tenant's price.
    Result<TenantPrice> pricing(const QString& moduleId) const;
    // POST /modules/:id/purchase. `callback` and `nonce` are both given or both empty.
    Result<Purchase> purchase(const QString& moduleId, const QString& plan, const QUrl& callback = {},
                              const QString& nonce = {}) const;
    // GET /orders/:id.
    Result<Order> order(const QString& orderId, std::stop_token stop = {}) const;
    // POST /orders/:id/cancel.
    Result<void> cancel(const QString& orderId) const;

    // The Authorization header of the signed-in user (refreshed when due).
    Result<net::HttpCall::Headers> authorization(std::stop_token stop = {}) const;
    // The marketplace URL with `route` appended to its path.
    QUrl endpoint(const QString& route) const;
    // Ids become path segments: anything but an id's characters would change the route.
    static Result<void> checkId(const QString& id, const QString& what);

private:
    QUrl m_marketplace;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace mm::checkout
