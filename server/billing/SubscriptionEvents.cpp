#include "server/billing/SubscriptionEvents.h"

#include "core/catalog/CatalogReader.h"
#include "server/billing/BillingTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using mm::licensing::LicensePlan;

namespace mm::server::billing {
namespace {

// The end of the period an invoice pays for. For a cycle invoice Stripe's own period_end is where
// the previous period ended; the subscription line carries the new period.
QDateTime paidUntil(const QJsonObject& invoice)
{
    qint64 end = invoice.value(u"period_end").toInteger();
    for (const QJsonValue& line : object(invoice, u"lines").value(u"data").toArray())
        end = std::max(end, object(line.toObject(), u"period").value(u"end").toInteger());
    return fromUnix(end);
}

} // namespace

SubscriptionEvents::SubscriptionEvents(BillingContext& context)
    : m_context(context)
{}

Result<void> SubscriptionEvents::setState(const BillingSubscription& s, const QString& status,
                                          const QDateTime& periodStart, const QDateTime& periodEnd,
                                          const QDateTime& canceledAt)
{
    if (auto ok = m_context.billingSubscriptions.update(s.id, status, periodStart, periodEnd, canceledAt);
        !ok)
        return ok;
    const auto current = m_context.subscriptions.find(s.tenant, s.module);
    if (!current)
        return std::unexpected(current.error());
    Subscription record =
        *current ? **current : Subscription{s.tenant, s.module, s.plan, s.periodEnd, status, s.id, {}};
    record.status = status;
    if (periodEnd.isValid() && periodEnd.toSecsSinceEpoch() > 0)
        record.currentPeriodEnd = periodEnd;
    record.externalId = s.id;
    return m_context.subscriptions.save(record);
}

Result<EventEffect> SubscriptionEvents::invoicePaid(const QJsonObject& invoice)
{
    const QString invoiceId = invoice.value(u"id").toString();
    const QString chargeId = idOf(invoice.value(u"charge"));
    if (!chargeId.isEmpty())
        if (auto ok = m_context.payments.setCharge(invoiceId, chargeId); !ok)
            return std::unexpected(ok.error());
    if (invoice.value(u"billing_reason").toString() != u"subscription_cycle")
        return EventEffect::done(tr("invoice %1 noted").arg(invoiceId));
    const QString subscriptionId = idOf(invoice.value(u"subscription"));
    const auto found = m_context.billingSubscriptions.find(subscriptionId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return EventEffect::ignore(
            tr("invoice %1 is for unknown subscription %2").arg(invoiceId, subscriptionId));
    const BillingSubscription& s = **found;
    const QString currency = invoice.value(u"currency").toString().toUpper();
    if (currency != s.currency)
        return EventEffect::ignore(
            tr("invoice %1 is in %2, subscription %3 in %4").arg(invoiceId, currency, s.id, s.currency));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Payment payment{invoiceId,
                    s.orderId,
                    s.tenant,
                    s.module,
                    s.publisher,
                    u"invoice"_s,
                    invoice.value(u"amount_paid").toInteger(),
                    currency,
                    now,
                    0,
                    {},
                    chargeId};
    const auto inserted = m_context.payments.insert(payment);
    if (!inserted)
        return std::unexpected(inserted.error());
    if (!*inserted)
        return EventEffect::ignore(tr("invoice %1 was recorded before").arg(invoiceId));
    const QDateTime until = paidUntil(invoice);
    if (auto ok = setState(s, u"active"_s, s.periodEnd, until, {}); !ok)
        return std::unexpected(ok.error());
    if (until <= now)
        return EventEffect::ignore(tr("invoice %1 pays for a period that already ended").arg(invoiceId));
    const auto module = catalog::CatalogReader(m_context.database).module(s.module);
    if (!module)
        return EventEffect::ignore(tr("invoice %1: %2").arg(invoiceId, module.error().message));
    const auto order = m_context.orders.find(s.orderId);
    if (!order)
        return std::unexpected(order.error());
    const LicensePlan plan = s.interval.isEmpty() ? LicensePlan::UsageBased : LicensePlan::Subscription;
    const auto license = m_context.issuer.issue(s.tenant, *module, plan, until);
    if (!license)
        return std::unexpected(license.error());
    // The order names the newest license, so a refund revokes the one that is in use.
    if (auto ok = m_context.orders.transition(s.orderId, Order::fulfilled, Order::fulfilled, {}, license->id);
        !ok)
        return std::unexpected(ok.error());
    return EventEffect::done(tr("subscription %1 renewed until %2: license %3")
                                 .arg(s.id, until.toString(Qt::ISODate), license->id));
}

Result<EventEffect> SubscriptionEvents::invoiceFailed(const QJsonObject& invoice)
{
    const QString subscriptionId = idOf(invoice.value(u"subscription"));
    const auto found = m_context.billingSubscriptions.find(subscriptionId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return EventEffect::ignore(tr("failed invoice for unknown subscription %1").arg(subscriptionId));
    if (auto ok = setState(**found, u"past_due"_s, {}, {}, {}); !ok)
        return std::unexpected(ok.error());
    return EventEffect::done(tr("subscription %1 is past due").arg(subscriptionId));
}

Result<EventEffect> SubscriptionEvents::updated(const QJsonObject& subscription)
{
    const QString id = subscription.value(u"id").toString();
    const auto found = m_context.billingSubscriptions.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return EventEffect::ignore(tr("update of unknown subscription %1").arg(id));
    const QString status = subscription.value(u"status").toString();
    const qint64 start = subscription.value(u"current_period_start").toInteger();
    const qint64 end = subscription.value(u"current_period_end").toInteger();
    const qint64 canceled = subscription.value(u"canceled_at").toInteger();
    if (auto ok =
            setState(**found, status, start > 0 ? fromUnix(start) : QDateTime(),
                     end > 0 ? fromUnix(end) : QDateTime(), canceled > 0 ? fromUnix(canceled) : QDateTime());
        !ok)
        return std::unexpected(ok.error());
    return EventEffect::done(tr("subscription %1 is %2").arg(id, status));
}

Result<EventEffect> SubscriptionEvents::deleted(const QJsonObject& subscription)
{
    const QString id = subscription.value(u"id").toString();
    const auto found = m_context.billingSubscriptions.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return EventEffect::ignore(tr("cancellation of unknown subscription %1").arg(id));
    qint64 canceled = subscription.value(u"canceled_at").toInteger();
    if (canceled <= 0)
        canceled = subscription.value(u"ended_at").toInteger();
    const QDateTime at = canceled > 0 ? fromUnix(canceled) : QDateTime::currentDateTimeUtc();
    // The period end stays: the license already issued runs out with its grace.
    if (auto ok = setState(**found, u"canceled"_s, {}, {}, at); !ok)
        return std::unexpected(ok.error());
    return EventEffect::done(tr("subscription %1 canceled").arg(id));
}

} // namespace mm::server::billing
