#include "server/billing/CheckoutEvents.h"

#include "core/catalog/CatalogReader.h"
#include "server/billing/BillingTime.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;
using mm::licensing::LicensePlan;

namespace mm::server::billing {

CheckoutEvents::CheckoutEvents(BillingContext& context)
    : m_context(context)
{}

Result<std::variant<Order, EventEffect>> CheckoutEvents::matchingOrder(const QJsonObject& session)
{
    const QString id = object(session, u"metadata").value(u"order").toString();
    if (id.isEmpty())
        return EventEffect::ignore(
            tr("session %1 names no order in metadata.order").arg(idOf(session.value(u"id"))));
    const auto order = m_context.orders.find(id);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return EventEffect::ignore(
            tr("session %1 names unknown order %2").arg(idOf(session.value(u"id")), id));
    const Order& o = **order;
    if (o.status != Order::pending)
        return EventEffect::ignore(tr("order %1 is %2, not pending").arg(id, o.status));
    const QString sessionId = session.value(u"id").toString();
    if (!o.sessionId.isEmpty() && sessionId != o.sessionId)
        return EventEffect::ignore(
            tr("session %1 is not order %2's session %3").arg(sessionId, id, o.sessionId));
    const QString currency = session.value(u"currency").toString().toUpper();
    if (currency != o.currency)
        return EventEffect::ignore(
            tr("session %1 is in %2, order %3 in %4").arg(sessionId, currency, id, o.currency));
    const qint64 amount = session.value(u"amount_total").toInteger(-1);
    const bool trial = amount == 0 && session.value(u"payment_status").toString() == u"no_payment_required" &&
                       session.value(u"mode").toString() == u"subscription";
    if (amount != o.amount && !trial)
        return EventEffect::ignore(tr("session %1 charged %2 but order %3 costs %4")
                                       .arg(sessionId)
                                       .arg(amount)
                                       .arg(id)
                                       .arg(o.amount));
    return o;
}

Result<EventEffect> CheckoutEvents::completed(const QJsonObject& session,
                                              const std::optional<QJsonObject>& subscription)
{
    const QString paymentStatus = session.value(u"payment_status").toString();
    if (paymentStatus != u"paid" && paymentStatus != u"no_payment_required")
        return EventEffect::ignore(
            tr("session %1 is %2, not paid").arg(session.value(u"id").toString(), paymentStatus));
    auto match = matchingOrder(session);
    if (!match)
        return std::unexpected(match.error());
    if (auto* effect = std::get_if<EventEffect>(&*match))
        return *effect;
    const Order order = std::get<Order>(*match);
    const auto module = catalog::CatalogReader(m_context.database).module(order.module);
    if (!module) {
        if (auto moved =
                m_context.orders.transition(order.id, Order::pending, Order::failed, module.error().message);
            !moved)
            return std::unexpected(moved.error());
        return EventEffect::ignore(
            tr("order %1 was paid but cannot be fulfilled: %2").arg(order.id, module.error().message));
    }
    if (session.value(u"mode").toString() == u"subscription") {
        if (!subscription)
            return fail(ErrorCode::Parse,
                        tr("session %1 has no subscription").arg(session.value(u"id").toString()));
        return fulfilSubscription(order, *module, session, *subscription);
    }
    const auto license = m_context.issuer.issue(order.tenant, *module, LicensePlan::OneTime, {});
    if (!license)
        return std::unexpected(license.error());
    const QString paymentId = idOf(session.value(u"payment_intent"));
    Payment payment{paymentId.isEmpty() ? session.value(u"id").toString() : paymentId,
                    order.id,
                    order.tenant,
                    order.module,
                    order.publisher,
                    u"checkout"_s,
                    order.amount,
                    order.currency,
                    QDateTime::currentDateTimeUtc(),
                    0,
                    {},
                    {}};
    if (auto ok = m_context.payments.insert(payment); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_context.orders.transition(order.id, Order::pending, Order::fulfilled, {}, license->id);
        !ok)
        return std::unexpected(ok.error());
    return EventEffect::done(tr("order %1 fulfilled with license %2").arg(order.id, license->id));
}

Result<EventEffect> CheckoutEvents::fulfilSubscription(const Order& order,
                                                       const catalog::ModuleRecord& module,
                                                       const QJsonObject& session,
                                                       const QJsonObject& subscription)
{
    const QString status = subscription.value(u"status").toString();
    const QDateTime periodEnd = fromUnix(subscription.value(u"current_period_end").toInteger());
    const QDateTime periodStart = fromUnix(subscription.value(u"current_period_start").toInteger());
    const bool trialing = status == u"trialing";
    const LicensePlan plan = trialing                  ? LicensePlan::Trial
                             : order.model == u"usage" ? LicensePlan::UsageBased
                                                       : LicensePlan::Subscription;
    const QDateTime trialEnd = fromUnix(subscription.value(u"trial_end").toInteger());
    const auto license = m_context.issuer.issue(
        order.tenant, module, plan, trialing && trialEnd.toSecsSinceEpoch() > 0 ? trialEnd : periodEnd);
    if (!license)
        return std::unexpected(license.error());
    const QString subscriptionId = subscription.value(u"id").toString();
    if (auto ok = m_context.subscriptions.save(
            {order.tenant, order.module, order.plan, periodEnd, status, subscriptionId, {}});
        !ok)
        return std::unexpected(ok.error());
    const QJsonObject price =
        object(subscription, u"items").value(u"data").toArray().at(0).toObject().value(u"price").toObject();
    QString interval = object(price, u"recurring").value(u"interval").toString();
    if (order.model == u"usage")
        interval.clear(); // metered: no fixed recurring amount
    BillingSubscription billing{subscriptionId,
                                order.id,
                                order.tenant,
                                order.module,
                                order.publisher,
                                order.plan,
                                interval,
                                order.amount,
                                order.currency,
                                status,
                                periodStart,
                                periodEnd,
                                QDateTime::currentDateTimeUtc(),
                                {}};
    if (auto ok = m_context.billingSubscriptions.insert(billing); !ok)
        return std::unexpected(ok.error());
    const qint64 paid = session.value(u"amount_total").toInteger();
    if (paid > 0) {
        const QString invoice = idOf(session.value(u"invoice"));
        Payment payment{invoice.isEmpty() ? session.value(u"id").toString() : invoice,
                        order.id,
                        order.tenant,
                        order.module,
                        order.publisher,
                        u"checkout"_s,
                        paid,
                        order.currency,
                        QDateTime::currentDateTimeUtc(),
                        0,
                        {},
                        {}};
        if (auto ok = m_context.payments.insert(payment); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = m_context.orders.transition(order.id, Order::pending, Order::fulfilled, {}, license->id);
        !ok)
        return std::unexpected(ok.error());
    return EventEffect::done(tr("order %1 fulfilled: subscription %2 (%3), license %4")
                                 .arg(order.id, subscriptionId, status, license->id));
}

Result<EventEffect> CheckoutEvents::expired(const QJsonObject& session)
{
    const QString id = object(session, u"metadata").value(u"order").toString();
    const auto moved = m_context.orders.transition(id, Order::pending, Order::expired);
    if (!moved)
        return std::unexpected(moved.error());
    if (!*moved)
        return EventEffect::ignore(tr("no pending order %1 to expire").arg(id));
    return EventEffect::done(tr("order %1 expired unpaid").arg(id));
}

} // namespace mm::server::billing
