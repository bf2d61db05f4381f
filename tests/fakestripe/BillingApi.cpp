#include "tests/fakestripe/BillingApi.h"

#include "tests/fakestripe/FormBody.h"
#include "tests/fakestripe/StripeErrors.h"

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

HttpReply answer(const OutcomeResult& outcome)
{
    return outcome ? HttpReply::json(outcome->object) : outcome.error();
}

} // namespace

std::optional<HttpReply> BillingApi::handle(const QByteArray& method, const QStringList& path,
                                            const QJsonObject& params)
{
    if (path.size() == 2 && path.at(0) == u"subscriptions")
        return subscription(method, path.at(1), params);
    if (path == QStringList{u"billing_portal"_s, u"sessions"_s} && method == "POST")
        return createPortalSession(params);
    if (path == QStringList{u"refunds"_s} && method == "POST")
        return createRefund(params);
    return std::nullopt;
}

HttpReply BillingApi::subscription(const QByteArray& method, const QString& id, const QJsonObject& params)
{
    const auto subscription = m_store.get(id, u"subscription"_s);
    if (!subscription)
        return errors::noSuch(u"subscription"_s, id);
    if (method == "GET")
        return HttpReply::json(*subscription);
    if (method == "DELETE")
        return answer(m_lifecycle.cancel(id));
    if (method != "POST")
        return errors::invalidRequest(
            u"Unrecognized request URL (%1: /v1/subscriptions/%2)."_s.arg(QString::fromLatin1(method), id),
            404);
    if (!params.contains(u"cancel_at_period_end"_s))
        return HttpReply::json(*subscription);
    const QString flag = params.value(u"cancel_at_period_end"_s).toString();
    if (flag != u"true" && flag != u"false")
        return errors::invalidParam(u"cancel_at_period_end"_s, u"Invalid boolean: %1"_s.arg(flag));
    return answer(m_lifecycle.setCancelAtPeriodEnd(id, flag == u"true"));
}

HttpReply BillingApi::createPortalSession(const QJsonObject& params)
{
    if (!params.contains(u"customer"_s))
        return errors::missingParam(u"customer"_s);
    const QString customer = params.value(u"customer"_s).toString();
    if (!m_store.get(customer, u"customer"_s))
        return errors::noSuch(u"customer"_s, customer, u"customer"_s);
    const QString id = StripeStore::newId(u"bps_"_s);
    const QJsonObject session{
        {u"id"_s, id},
        {u"object"_s, u"billing_portal.session"_s},
        {u"created"_s, StripeStore::now()},
        {u"customer"_s, customer},
        {u"livemode"_s, false},
        {u"return_url"_s,
         params.contains(u"return_url"_s) ? params.value(u"return_url"_s) : QJsonValue(QJsonValue::Null)},
        {u"url"_s, m_config.baseUrl.resolved(QUrl(QString(u"/p/session/"_s + id))).toString()},
    };
    m_store.put(session);
    return HttpReply::json(session);
}

HttpReply BillingApi::createRefund(const QJsonObject& params)
{
    QString chargeId = params.value(u"charge"_s).toString();
    if (chargeId.isEmpty() && params.contains(u"payment_intent"_s)) {
        const QString intentId = params.value(u"payment_intent"_s).toString();
        const auto intent = m_store.get(intentId, u"payment_intent"_s);
        if (!intent)
            return errors::noSuch(u"payment_intent"_s, intentId, u"payment_intent"_s);
        chargeId = intent->value(u"latest_charge"_s).toString();
    }
    if (chargeId.isEmpty())
        return errors::missingParam(u"charge"_s);
    qint64 amount = -1;
    if (params.contains(u"amount"_s)) {
        const auto requested = FormBody::integer(params.value(u"amount"_s));
        if (!requested || *requested < 1)
            return errors::invalidParam(u"amount"_s, u"Invalid positive integer"_s,
                                        u"parameter_invalid_integer"_s);
        amount = *requested;
    }
    return answer(m_lifecycle.refund(chargeId, amount));
}

} // namespace mm::fakestripe
