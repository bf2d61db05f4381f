#include "tests/fakestripe/SubscriptionLifecycle.h"

#include "tests/fakestripe/StripeErrors.h"

using namespace Qt::StringLiterals;

namespace mm::fakestripe {

std::expected<QJsonObject, HttpReply> SubscriptionLifecycle::live(const QString& subscriptionId) const
{
    const auto subscription = m_store.get(subscriptionId, u"subscription"_s);
    if (!subscription)
        return std::unexpected(errors::noSuch(u"subscription"_s, subscriptionId));
    if (subscription->value(u"status"_s).toString() == u"canceled")
        return std::unexpected(errors::invalidRequest(
            u"A canceled subscription can only update its cancellation_details and metadata."_s));
    return *subscription;
}

QString SubscriptionLifecycle::updated(const QJsonObject& subscription, const QJsonObject& previous)
{
    return m_store.createEvent(u"customer.subscription.updated"_s, subscription, previous)
        .value(u"id"_s)
        .toString();
}

OutcomeResult SubscriptionLifecycle::renew(const QString& subscriptionId, const DeliveryOptions& options)
{
    auto subscription = live(subscriptionId);
    if (!subscription)
        return std::unexpected(subscription.error());
    const BillingPeriod previous{subscription->value(u"current_period_start"_s).toInteger(),
                                 subscription->value(u"current_period_end"_s).toInteger()};
    const BillingPeriod next = ObjectFactory::nextPeriod(*subscription, previous.end);
    const qint64 amount = m_factory.periodAmount(*subscription, previous.start);
    const QJsonObject invoice =
        m_factory.invoice(*subscription, u"subscription_cycle"_s, amount, true, previous, next);
    const QJsonObject before{{u"current_period_start"_s, previous.start},
                             {u"current_period_end"_s, previous.end},
                             {u"status"_s, subscription->value(u"status"_s)},
                             {u"latest_invoice"_s, subscription->value(u"latest_invoice"_s)}};
    subscription->insert(u"current_period_start"_s, next.start);
    subscription->insert(u"current_period_end"_s, next.end);
    subscription->insert(u"status"_s, u"active"_s);
    subscription->insert(u"latest_invoice"_s, invoice.value(u"id"_s));
    m_store.put(*subscription);
    const QStringList events{m_store.createEvent(u"invoice.paid"_s, invoice).value(u"id"_s).toString(),
                             updated(*subscription, before)};
    m_sender.dispatch(events, options);
    return Outcome{invoice, events, {}};
}

OutcomeResult SubscriptionLifecycle::fail(const QString& subscriptionId, const DeliveryOptions& options)
{
    auto subscription = live(subscriptionId);
    if (!subscription)
        return std::unexpected(subscription.error());
    const BillingPeriod current{subscription->value(u"current_period_start"_s).toInteger(),
                                subscription->value(u"current_period_end"_s).toInteger()};
    const qint64 amount = m_factory.periodAmount(*subscription, current.start);
    const QJsonObject invoice =
        m_factory.invoice(*subscription, u"subscription_cycle"_s, amount, false, current,
                          ObjectFactory::nextPeriod(*subscription, current.end));
    const QJsonObject before{{u"status"_s, subscription->value(u"status"_s)},
                             {u"latest_invoice"_s, subscription->value(u"latest_invoice"_s)}};
    subscription->insert(u"status"_s, u"past_due"_s);
    subscription->insert(u"latest_invoice"_s, invoice.value(u"id"_s));
    m_store.put(*subscription);
    const QStringList events{
        m_store.createEvent(u"invoice.payment_failed"_s, invoice).value(u"id"_s).toString(),
        updated(*subscription, before)};
    m_sender.dispatch(events, options);
    return Outcome{invoice, events, {}};
}

OutcomeResult SubscriptionLifecycle::cancel(const QString& subscriptionId, const DeliveryOptions& options)
{
    auto subscription = live(subscriptionId);
    if (!subscription)
        return std::unexpected(subscription.error());
    const qint64 now = StripeStore::now();
    subscription->insert(u"status"_s, u"canceled"_s);
    subscription->insert(u"canceled_at"_s, now);
    subscription->insert(u"ended_at"_s, now);
    m_store.put(*subscription);
    const QStringList events{
        m_store.createEvent(u"customer.subscription.deleted"_s, *subscription).value(u"id"_s).toString()};
    m_sender.dispatch(events, options);
    return Outcome{*subscription, events, {}};
}

OutcomeResult SubscriptionLifecycle::setCancelAtPeriodEnd(const QString& subscriptionId, bool cancel)
{
    auto subscription = live(subscriptionId);
    if (!subscription)
        return std::unexpected(subscription.error());
    const QJsonObject before{{u"cancel_at_period_end"_s, subscription->value(u"cancel_at_period_end"_s)},
                             {u"cancel_at"_s, subscription->value(u"cancel_at"_s)}};
    subscription->insert(u"cancel_at_period_end"_s, cancel);
    subscription->insert(u"cancel_at"_s, cancel ? subscription->value(u"current_period_end"_s)
                                                : QJsonValue(QJsonValue::Null));
    m_store.put(*subscription);
    const QStringList events{updated(*subscription, before)};
    m_sender.dispatch(events);
    return Outcome{*subscription, events, {}};
}

OutcomeResult SubscriptionLifecycle::refund(const QString& chargeId, qint64 amount,
                                            const DeliveryOptions& options)
{
    auto charge = m_store.get(chargeId, u"charge"_s);
    if (!charge)
        return std::unexpected(errors::noSuch(u"charge"_s, chargeId, u"charge"_s));
    const qint64 total = charge->value(u"amount"_s).toInteger();
    const qint64 refunded = charge->value(u"amount_refunded"_s).toInteger();
    if (refunded >= total)
        return std::unexpected(errors::invalidParam(u"charge"_s,
                                                    u"Charge %1 has already been refunded."_s.arg(chargeId),
                                                    u"charge_already_refunded"_s));
    if (amount < 0)
        amount = total - refunded;
    if (amount == 0 || refunded + amount > total)
        return std::unexpected(errors::invalidParam(
            u"amount"_s,
            u"Refund amount (%1) is greater than unrefunded amount on charge (%2)"_s.arg(amount).arg(
                total - refunded)));
    const QJsonObject refund{{u"id"_s, StripeStore::newId(u"re_"_s)},
                             {u"object"_s, u"refund"_s},
                             {u"amount"_s, amount},
                             {u"charge"_s, chargeId},
                             {u"created"_s, StripeStore::now()},
                             {u"currency"_s, charge->value(u"currency"_s)},
                             {u"metadata"_s, QJsonObject{}},
                             {u"payment_intent"_s, charge->value(u"payment_intent"_s)},
                             {u"status"_s, u"succeeded"_s}};
    m_store.put(refund);
    charge->insert(u"amount_refunded"_s, refunded + amount);
    charge->insert(u"refunded"_s, refunded + amount == total);
    m_store.put(*charge);
    const QStringList events{m_store
                                 .createEvent(u"charge.refunded"_s, *charge,
                                              {{u"amount_refunded"_s, refunded}, {u"refunded"_s, false}})
                                 .value(u"id"_s)
                                 .toString()};
    m_sender.dispatch(events, options);
    return Outcome{refund, events, {}};
}

} // namespace mm::fakestripe
