#include "tests/fakestripe/CheckoutApi.h"

#include "tests/fakestripe/LineItems.h"
#include "tests/fakestripe/StripeErrors.h"

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

QJsonValue stringOrNull(const QJsonObject& params, const QString& key)
{
    return params.contains(key) ? params.value(key) : QJsonValue(QJsonValue::Null);
}

bool isWebUrl(const QString& text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

} // namespace

std::optional<HttpReply> CheckoutApi::handle(const QByteArray& method, const QStringList& path,
                                             const QJsonObject& params)
{
    if (path == QStringList{u"customers"_s} && method == "POST")
        return createCustomer(params);
    if (path.size() == 2 && path.at(0) == u"customers" && method == "GET") {
        const auto customer = m_store.get(path.at(1), u"customer"_s);
        return customer ? HttpReply::json(*customer) : errors::noSuch(u"customer"_s, path.at(1));
    }
    if (path == QStringList{u"checkout"_s, u"sessions"_s} && method == "POST")
        return createSession(params);
    if (path.size() == 3 && path.at(0) == u"checkout" && path.at(1) == u"sessions" && method == "GET")
        return getSession(path.at(2));
    if (path.size() == 4 && path.at(0) == u"checkout" && path.at(1) == u"sessions" &&
        path.at(3) == u"expire" && method == "POST")
        return expireSession(path.at(2));
    return std::nullopt;
}

HttpReply CheckoutApi::createCustomer(const QJsonObject& params)
{
    if (params.contains(u"metadata"_s) && !params.value(u"metadata"_s).isObject())
        return errors::invalidParam(u"metadata"_s, u"Invalid object"_s);
    QJsonObject customer =
        m_factory.customer(params.value(u"email"_s).toString(), params.value(u"metadata"_s).toObject());
    customer.insert(u"name"_s, stringOrNull(params, u"name"_s));
    customer.insert(u"description"_s, stringOrNull(params, u"description"_s));
    m_store.put(customer);
    return HttpReply::json(customer);
}

HttpReply CheckoutApi::createSession(const QJsonObject& params)
{
    const QString mode = params.value(u"mode"_s).toString();
    if (!params.contains(u"mode"_s))
        return errors::missingParam(u"mode"_s);
    if (mode != u"payment" && mode != u"subscription")
        return errors::invalidParam(u"mode"_s, u"Invalid mode: must be one of payment or subscription"_s);
    if (!params.contains(u"success_url"_s))
        return errors::missingParam(u"success_url"_s);
    if (!isWebUrl(params.value(u"success_url"_s).toString()))
        return errors::invalidParam(u"success_url"_s, u"Not a valid URL"_s, u"url_invalid"_s);
    if (params.contains(u"cancel_url"_s) && !isWebUrl(params.value(u"cancel_url"_s).toString()))
        return errors::invalidParam(u"cancel_url"_s, u"Not a valid URL"_s, u"url_invalid"_s);
    const auto lines = LineItems::parse(params.value(u"line_items"_s), mode, m_store);
    if (!lines)
        return lines.error();
    if (params.contains(u"customer"_s) && params.contains(u"customer_email"_s))
        return errors::invalidRequest(
            u"You may only specify one of these parameters: customer, customer_email."_s);
    const QString customer = params.value(u"customer"_s).toString();
    if (params.contains(u"customer"_s) && !m_store.get(customer, u"customer"_s))
        return errors::noSuch(u"customer"_s, customer, u"customer"_s);
    if (params.contains(u"metadata"_s) && !params.value(u"metadata"_s).isObject())
        return errors::invalidParam(u"metadata"_s, u"Invalid object"_s);
    const QJsonObject subscriptionData = params.value(u"subscription_data"_s).toObject();
    if (params.contains(u"subscription_data"_s) && mode != u"subscription")
        return errors::invalidParam(u"subscription_data"_s,
                                    u"You can only pass in subscription_data in `subscription` mode."_s);
    int trialDays = 0;
    if (subscriptionData.contains(u"trial_period_days"_s)) {
        bool ok = false;
        trialDays = subscriptionData.value(u"trial_period_days"_s).toString().toInt(&ok);
        if (!ok || trialDays < 1)
            return errors::invalidParam(u"subscription_data[trial_period_days]"_s,
                                        u"Invalid positive integer"_s, u"parameter_invalid_integer"_s);
    }
    const qint64 now = StripeStore::now();
    qint64 expiresAt = now + 24 * 3600;
    if (params.contains(u"expires_at"_s)) {
        bool ok = false;
        expiresAt = params.value(u"expires_at"_s).toString().toLongLong(&ok);
        if (!ok)
            return errors::invalidParam(u"expires_at"_s, u"Invalid integer"_s,
                                        u"parameter_invalid_integer"_s);
    }
    // During a trial nothing is due today, so the session's total is 0.
    const qint64 amountTotal = trialDays > 0 ? 0 : lines->amount;
    const QString id = StripeStore::newId(u"cs_test_"_s);
    const QJsonObject session{
        {u"id"_s, id},
        {u"object"_s, u"checkout.session"_s},
        {u"amount_subtotal"_s, amountTotal},
        {u"amount_total"_s, amountTotal},
        {u"cancel_url"_s, stringOrNull(params, u"cancel_url"_s)},
        {u"client_reference_id"_s, stringOrNull(params, u"client_reference_id"_s)},
        {u"created"_s, now},
        {u"currency"_s, lines->currency},
        {u"customer"_s, stringOrNull(params, u"customer"_s)},
        {u"customer_email"_s, stringOrNull(params, u"customer_email"_s)},
        {u"expires_at"_s, expiresAt},
        {u"invoice"_s, QJsonValue::Null},
        {u"livemode"_s, false},
        {u"metadata"_s, params.value(u"metadata"_s).toObject()},
        {u"mode"_s, mode},
        {u"payment_intent"_s, QJsonValue::Null},
        {u"payment_status"_s, u"unpaid"_s},
        {u"status"_s, u"open"_s},
        {u"subscription"_s, QJsonValue::Null},
        {u"success_url"_s, params.value(u"success_url"_s)},
        {u"url"_s, m_config.baseUrl.resolved(QUrl(QString(u"/c/pay/"_s + id))).toString()},
    };
    m_store.put(session);
    m_store.setSessionParams(id, {{u"lines"_s, lines->lines},
                                  {u"subscription_data"_s, subscriptionData},
                                  {u"customer_email"_s, params.value(u"customer_email"_s)}});
    return HttpReply::json(session);
}

HttpReply CheckoutApi::getSession(const QString& id) const
{
    const auto session = m_store.get(id, u"checkout.session"_s);
    return session ? HttpReply::json(*session) : errors::noSuch(u"checkout.session"_s, id);
}

HttpReply CheckoutApi::expireSession(const QString& id)
{
    const auto outcome = m_completion.expire(id);
    if (outcome)
        return HttpReply::json(outcome->object);
    HttpReply error = outcome.error();
    // The API answers 400 where the browser page answers 409.
    if (error.status == 409)
        error = errors::invalidRequest(
            u"Only Checkout Sessions with a status in [\"open\"] can be expired. This session has status `%1`."_s
                .arg(m_store.get(id, u"checkout.session"_s)->value(u"status"_s).toString()));
    return error;
}

} // namespace mm::fakestripe
