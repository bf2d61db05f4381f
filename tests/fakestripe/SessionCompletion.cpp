#include "tests/fakestripe/SessionCompletion.h"

#include "tests/fakestripe/StripeErrors.h"

using namespace Qt::StringLiterals;

namespace mm::fakestripe {

QUrl SessionCompletion::successUrl(const QJsonObject& session)
{
    QString url = session.value(u"success_url"_s).toString();
    url.replace(u"{CHECKOUT_SESSION_ID}"_s, session.value(u"id"_s).toString());
    return QUrl(url);
}

std::expected<QJsonObject, HttpReply> SessionCompletion::openSession(const QString& sessionId) const
{
    const auto session = m_store.get(sessionId, u"checkout.session"_s);
    if (!session)
        return std::unexpected(errors::noSuch(u"checkout.session"_s, sessionId));
    const QString status = session->value(u"status"_s).toString();
    if (status != u"open")
        return std::unexpected(errors::invalidRequest(
            u"This Checkout Session is no longer open (its status is %1)."_s.arg(status), 409));
    return *session;
}

OutcomeResult SessionCompletion::pay(const QString& sessionId, const DeliveryOptions& options)
{
    auto session = openSession(sessionId);
    if (!session)
        return std::unexpected(session.error());
    QStringList events;
    session->insert(u"status"_s, u"complete"_s);
    if (session->value(u"mode"_s).toString() == u"subscription") {
        events = completeSubscription(*session);
    } else {
        const QJsonObject charge = m_factory.charge(
            session->value(u"amount_total"_s).toInteger(), session->value(u"currency"_s).toString(),
            session->value(u"customer"_s), session->value(u"metadata"_s).toObject());
        session->insert(u"payment_intent"_s, charge.value(u"payment_intent"_s));
        session->insert(u"payment_status"_s, u"paid"_s);
        m_store.put(*session);
        events << m_store.createEvent(u"checkout.session.completed"_s, *session).value(u"id"_s).toString();
    }
    m_sender.dispatch(events, options);
    return Outcome{*session, events, successUrl(*session)};
}

QStringList SessionCompletion::completeSubscription(QJsonObject& session)
{
    const QJsonObject params = m_store.sessionParams(session.value(u"id"_s).toString());
    const QJsonObject subscriptionData = params.value(u"subscription_data"_s).toObject();
    const int trialDays = subscriptionData.value(u"trial_period_days"_s).toString().toInt();
    QString customer = session.value(u"customer"_s).toString();
    if (customer.isEmpty()) {
        customer =
            m_factory.customer(params.value(u"customer_email"_s).toString(), {}).value(u"id"_s).toString();
        session.insert(u"customer"_s, customer);
    }
    QJsonObject subscription = m_factory.subscription(customer, params.value(u"lines"_s).toArray(),
                                                      session.value(u"currency"_s).toString(), trialDays,
                                                      subscriptionData.value(u"metadata"_s).toObject());
    const qint64 start = subscription.value(u"current_period_start"_s).toInteger();
    const BillingPeriod service{start, subscription.value(u"current_period_end"_s).toInteger()};
    const qint64 amount = trialDays > 0 ? 0 : session.value(u"amount_total"_s).toInteger();
    const QJsonObject invoice =
        m_factory.invoice(subscription, u"subscription_create"_s, amount, true, {start, start}, service);
    subscription.insert(u"latest_invoice"_s, invoice.value(u"id"_s));
    m_store.put(subscription);

    session.insert(u"subscription"_s, subscription.value(u"id"_s));
    session.insert(u"invoice"_s, invoice.value(u"id"_s));
    session.insert(u"payment_status"_s, trialDays > 0 && session.value(u"amount_total"_s).toInteger() == 0
                                            ? u"no_payment_required"_s
                                            : u"paid"_s);
    m_store.put(session);
    return {m_store.createEvent(u"checkout.session.completed"_s, session).value(u"id"_s).toString(),
            m_store.createEvent(u"invoice.paid"_s, invoice).value(u"id"_s).toString()};
}

OutcomeResult SessionCompletion::expire(const QString& sessionId, const DeliveryOptions& options)
{
    auto session = openSession(sessionId);
    if (!session)
        return std::unexpected(session.error());
    session->insert(u"status"_s, u"expired"_s);
    m_store.put(*session);
    const QStringList events{
        m_store.createEvent(u"checkout.session.expired"_s, *session).value(u"id"_s).toString()};
    m_sender.dispatch(events, options);
    const QString cancelUrl = session->value(u"cancel_url"_s).toString();
    return Outcome{*session, events, QUrl(cancelUrl)};
}

} // namespace mm::fakestripe
