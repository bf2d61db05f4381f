#include "server/billing/WebhookRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/billing/BillingJson.h"
#include "server/billing/DatabaseTransaction.h"
#include "server/billing/PendingResponse.h"
#include "server/billing/StripeSignature.h"

#include <QJsonDocument>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

QHttpServerResponse refuse(const QString& reason)
{
    spdlog::warn("stripe webhook refused: {}", reason.toStdString());
    return BillingJson::error(
        {ErrorCode::InvalidInput, WebhookRoutes::tr("Webhook refused: %1.").arg(reason)});
}

QHttpServerResponse acknowledge(const QString& outcome)
{
    return jsonResponse({{u"received"_s, true}, {u"outcome"_s, outcome}});
}

} // namespace

WebhookRoutes::WebhookRoutes(BillingContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_checkout(context)
    , m_subscriptionEvents(context)
    , m_refunds(context)
{}

void WebhookRoutes::registerOn(ApiRouter& router)
{
    // Stripe has no account here: the Stripe-Signature over the body is what authenticates it.
    router.route(u"/api/marketplace/stripe/webhook"_s, QHttpServerRequest::Method::Post,
                 ApiRouter::Access::anyone(),
                 [this](const accounts::Caller&, const QHttpServerRequest& request,
                        QHttpServerResponder&& responder) { receive(request, std::move(responder)); });
}

void WebhookRoutes::receive(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const PendingResponse pending(std::move(responder));
    if (!m_context.stripe || m_context.config.webhookSecret.isEmpty()) {
        spdlog::warn("stripe webhook refused: this marketplace has no Stripe secret key or webhook secret");
        return pending.send(BillingJson::noPayments());
    }
    const QByteArray body = request.body();
    const auto verdict =
        StripeSignature::verify(request.value("Stripe-Signature"), body,
                                m_context.config.webhookSecret.toUtf8(), QDateTime::currentSecsSinceEpoch());
    if (verdict != StripeSignature::Verdict::Valid)
        return pending.send(refuse(StripeSignature::reason(verdict)));
    QJsonParseError error{};
    const QJsonObject event = QJsonDocument::fromJson(body, &error).object();
    const QString id = event.value(u"id").toString();
    const QString type = event.value(u"type").toString();
    const QJsonObject object = event.value(u"data").toObject().value(u"object").toObject();
    if (error.error != QJsonParseError::NoError || event.value(u"object").toString() != u"event" ||
        id.isEmpty() || type.isEmpty() || object.isEmpty())
        return pending.send(refuse(tr("the body is not a Stripe event object")));
    const auto seen = m_context.events.seen(id);
    if (!seen)
        return pending.send(BillingJson::error(seen.error()));
    if (*seen) {
        spdlog::info("stripe event {} ({}) was handled before; ignored", id.toStdString(),
                     type.toStdString());
        return pending.send(acknowledge(u"duplicate"_s));
    }
    const bool needsSubscription = type == u"checkout.session.completed" &&
                                   object.value(u"mode").toString() == u"subscription" &&
                                   !idOf(object.value(u"subscription")).isEmpty();
    if (!needsSubscription)
        return pending.send(apply(event, std::nullopt));
    // The session names its subscription; its period (and trial) decide the license's expiry.
    m_context.stripe->get(u"/v1/subscriptions/"_s + idOf(object.value(u"subscription")), this,
                          [this, event, pending](Result<QJsonObject> subscription) {
                              if (!subscription)
                                  // Stripe retries the event later; nothing was recorded.
                                  return pending.send(BillingJson::error(subscription.error()));
                              pending.send(apply(event, *subscription));
                          });
}

Result<EventEffect> WebhookRoutes::dispatch(const QString& type, const QJsonObject& object,
                                            const std::optional<QJsonObject>& subscription)
{
    if (type == u"checkout.session.completed")
        return m_checkout.completed(object, subscription);
    if (type == u"checkout.session.expired")
        return m_checkout.expired(object);
    if (type == u"invoice.paid")
        return m_subscriptionEvents.invoicePaid(object);
    if (type == u"invoice.payment_failed")
        return m_subscriptionEvents.invoiceFailed(object);
    if (type == u"customer.subscription.updated")
        return m_subscriptionEvents.updated(object);
    if (type == u"customer.subscription.deleted")
        return m_subscriptionEvents.deleted(object);
    if (type == u"charge.refunded")
        return m_refunds.refunded(object);
    spdlog::debug("stripe event type {} is not handled", type.toStdString());
    return EventEffect::done(tr("not handled"));
}

QHttpServerResponse WebhookRoutes::apply(const QJsonObject& event,
                                         const std::optional<QJsonObject>& subscription)
{
    const QString id = event.value(u"id").toString();
    const QString type = event.value(u"type").toString();
    const QJsonObject object = event.value(u"data").toObject().value(u"object").toObject();
    EventEffect effect;
    bool duplicate = false;
    const auto done = DatabaseTransaction::run(m_context.database, [&]() -> Result<void> {
        const auto fresh = m_context.events.record(id, type);
        if (!fresh)
            return std::unexpected(fresh.error());
        if (!*fresh) {
            duplicate = true;
            return {};
        }
        auto handled = dispatch(type, object, subscription);
        if (!handled)
            return std::unexpected(handled.error());
        effect = std::move(*handled);
        return {};
    });
    if (!done) {
        // Nothing was recorded, so Stripe's retry handles the event again.
        spdlog::error("stripe event {} ({}) failed: {}", id.toStdString(), type.toStdString(),
                      done.error().message.toStdString());
        return BillingJson::error({ErrorCode::Storage, done.error().message});
    }
    if (duplicate) {
        spdlog::info("stripe event {} ({}) was handled before; ignored", id.toStdString(),
                     type.toStdString());
        return acknowledge(u"duplicate"_s);
    }
    if (effect.ignored)
        spdlog::warn("stripe event {} ({}) matches nothing and changes nothing: {}", id.toStdString(),
                     type.toStdString(), effect.summary.toStdString());
    else
        spdlog::info("stripe event {} ({}): {}", id.toStdString(), type.toStdString(),
                     effect.summary.toStdString());
    if (!effect.revokeLicense.isEmpty()) {
        if (auto revoked = m_context.licenses.revoke(effect.revokeLicense, effect.revokeReason); !revoked)
            spdlog::error("license {} could not be revoked after event {}: {}",
                          effect.revokeLicense.toStdString(), id.toStdString(),
                          revoked.error().message.toStdString());
    }
    return acknowledge(effect.ignored ? u"ignored"_s : u"handled"_s);
}

} // namespace mm::server::billing
