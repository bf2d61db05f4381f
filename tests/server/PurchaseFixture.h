#pragma once

// A real modmarketd wired to the fake Stripe both ways (its API calls go to the fake, the fake's
// webhooks come back to it), and the steps of buying through them as the app and a browser would.
#include "core/licensing/LicenseVerifier.h"
#include "tests/server/BillingTestUtil.h"
#include "tests/support/FakeStripeProcess.h"

#include <QTest>

namespace mm::test::billing {

class PurchaseFixture
{
public:
    bool start()
    {
        if (ServerProcess::binary().isEmpty() || FakeStripeProcess::binary().isEmpty() || !stripe.start())
            return false;
        const QString seed = server.dataDir() + QStringLiteral("/seed.json");
        if (!billingCatalog().writeSeed(seed) || !server.import(seed))
            return false;
        qputenv("MODMARKETD_STRIPE_SECRET_KEY", FakeStripeProcess::apiKey().toUtf8());
        qputenv("MODMARKETD_STRIPE_WEBHOOK_SECRET", FakeStripeProcess::webhookSecret());
        const bool started = server.start(false, {QStringLiteral("--stripe-api"), stripe.url().toString()});
        qunsetenv("MODMARKETD_STRIPE_SECRET_KEY");
        qunsetenv("MODMARKETD_STRIPE_WEBHOOK_SECRET");
        if (!started || !stripe.setWebhookUrl(apiUrl(server, QStringLiteral("/stripe/webhook"))))
            return false;
        auto verified =
            trust::KeyList::verify(apiGet(server, QStringLiteral("/keys")).body, server.rootFingerprint());
        if (!verified)
            return false;
        keys = std::move(*verified);
        return true;
    }

    // POST /purchase; the answer's JSON (with "status" added).
    QJsonObject buy(const QString& tenant, const QString& module, const QString& plan,
                    const QString& callback = {}, const QString& nonce = {})
    {
        QJsonObject body{{QStringLiteral("plan"), plan}};
        if (!callback.isEmpty())
            body.insert(QStringLiteral("callback"), callback);
        if (!nonce.isEmpty())
            body.insert(QStringLiteral("nonce"), nonce);
        const auto answer =
            tenantCall(server, "POST", QStringLiteral("/modules/%1/purchase").arg(module), tenant, body);
        QJsonObject json = answer.json();
        json.insert(QStringLiteral("status"), answer.status);
        return json;
    }

    QJsonObject order(const QString& tenant, const QString& id)
    {
        return tenantCall(server, "GET", QStringLiteral("/orders/") + id, tenant).json();
    }

    QString orderStatus(const QString& tenant, const QString& id)
    {
        return order(tenant, id).value(QStringLiteral("status")).toString();
    }

    // The fake's record of the checkout session request made for an order.
    QJsonObject sessionRequest(const QString& orderId) const
    {
        for (const QJsonValue& request : stripe.requests())
            if (request[QStringLiteral("path")].toString() == QStringLiteral("/v1/checkout/sessions") &&
                request[QStringLiteral("idempotency_key")].toString() == orderId)
                return request.toObject();
        return {};
    }

    QJsonObject sessionState(const QString& checkoutUrl) const
    {
        return stripe.control("GET", QStringLiteral("/_test/sessions/%1/state")
                                         .arg(FakeStripeProcess::sessionIdFrom(QUrl(checkoutUrl))));
    }

    licensing::LicenseStatus verify(const QJsonObject& license, const QString& tenant) const
    {
        licensing::LicenseVerifier::Context context;
        context.tenantId = tenant;
        return licensing::LicenseVerifier(*keys, context)
            .verify(license.value(QStringLiteral("document")).toString().toUtf8(),
                    QDateTime::currentDateTimeUtc(), {})
            .status;
    }

    QJsonArray licenses(const QString& tenant)
    {
        return tenantCall(server, "GET", QStringLiteral("/licenses"), tenant)
            .json()[QStringLiteral("items")]
            .toArray();
    }

    FakeStripeProcess stripe;
    ServerProcess server;
    std::optional<trust::KeyList> keys;
};

} // namespace mm::test::billing
