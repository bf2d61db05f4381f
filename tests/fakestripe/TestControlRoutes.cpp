#include "tests/fakestripe/TestControlRoutes.h"

#include "tests/fakestripe/StripeErrors.h"

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

DeliveryOptions deliveryOptions(const QJsonObject& body)
{
    return {1 + std::max(0, body.value(u"duplicates"_s).toInt()), body.value(u"hold"_s).toBool(),
            std::max(0, body.value(u"delay_ms"_s).toInt())};
}

HttpReply answer(const OutcomeResult& outcome)
{
    if (!outcome)
        return outcome.error();
    QJsonObject reply{{u"object"_s, outcome->object},
                      {u"events"_s, QJsonArray::fromStringList(outcome->events)}};
    if (!outcome->redirect.isEmpty())
        reply.insert(u"redirect"_s, outcome->redirect.toString());
    return HttpReply::json(reply);
}

QJsonValue objectOrNull(const std::optional<QJsonObject>& object)
{
    return object ? QJsonValue(*object) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<HttpReply> TestControlRoutes::handle(const HttpCall& call)
{
    if (call.segments.value(0) != u"_test")
        return std::nullopt;
    const auto body = call.jsonBody();
    if (!body)
        return errors::invalidRequest(u"The body of a /_test/ request must be a JSON object."_s);
    return route(call.method, call.segments.mid(1), *body);
}

HttpReply TestControlRoutes::route(const QByteArray& method, const QStringList& path, const QJsonObject& body)
{
    const QString what = path.join(u'/');
    if (method == "POST" && what == u"config")
        return configure(body);
    if (method == "GET" && what == u"events")
        return HttpReply::json({{u"data"_s, m_store.eventsWithDeliveries()}});
    if (method == "GET" && what == u"requests")
        return HttpReply::json({{u"data"_s, m_store.requests()}});
    if (method == "GET" && what == u"meter_events")
        return HttpReply::json(
            {{u"data"_s, m_store.meterEvents()}, {u"ignored_duplicates"_s, m_store.ignoredMeterEvents()}});
    if (method == "POST" && path.size() == 4 && path.at(0) == u"checkout" && path.at(1) == u"sessions" &&
        path.at(3) == u"complete")
        return completeSession(path.at(2), body);
    if (method == "GET" && path.size() == 3 && path.at(0) == u"sessions" && path.at(2) == u"state")
        return sessionState(path.at(1));
    if (method == "POST" && path.size() == 3 && path.at(0) == u"subscriptions") {
        const DeliveryOptions options = deliveryOptions(body);
        if (path.at(2) == u"renew")
            return answer(m_lifecycle.renew(path.at(1), options));
        if (path.at(2) == u"fail")
            return answer(m_lifecycle.fail(path.at(1), options));
        if (path.at(2) == u"cancel")
            return answer(m_lifecycle.cancel(path.at(1), options));
    }
    if (method == "POST" && path.size() == 3 && path.at(0) == u"charges" && path.at(2) == u"refund")
        return answer(
            m_lifecycle.refund(path.at(1), body.value(u"amount"_s).toInteger(-1), deliveryOptions(body)));
    if (method == "POST" && path.size() == 3 && path.at(0) == u"events" && path.at(2) == u"deliver")
        return deliver(path.at(1), body);
    return errors::invalidRequest(
        u"There is no test route %1 /_test/%2."_s.arg(QString::fromLatin1(method), what), 404);
}

HttpReply TestControlRoutes::configure(const QJsonObject& body)
{
    if (body.contains(u"webhook_url"_s)) {
        const QUrl url(body.value(u"webhook_url"_s).toString(), QUrl::StrictMode);
        if (!url.isEmpty() && (!url.isValid() || url.scheme() != u"http"))
            return errors::invalidParam(u"webhook_url"_s, u"The webhook URL must be an http URL."_s);
        m_config.webhookUrl = url;
    }
    if (body.contains(u"webhook_secret"_s))
        m_config.webhookSecret = body.value(u"webhook_secret"_s).toString().toUtf8();
    return HttpReply::json({{u"webhook_url"_s, m_config.webhookUrl.toString()},
                            {u"webhook_secret"_s, QString::fromUtf8(m_config.webhookSecret)}});
}

HttpReply TestControlRoutes::completeSession(const QString& id, const QJsonObject& body)
{
    const QString outcome = body.value(u"outcome"_s).toString(u"paid"_s);
    const DeliveryOptions options = deliveryOptions(body);
    if (outcome == u"paid")
        return answer(m_completion.pay(id, options));
    if (outcome == u"expired")
        return answer(m_completion.expire(id, options));
    return errors::invalidParam(u"outcome"_s,
                                u"outcome must be \"paid\" or \"expired\", not \"%1\"."_s.arg(outcome));
}

HttpReply TestControlRoutes::deliver(const QString& eventId, const QJsonObject& body)
{
    if (!m_store.event(eventId))
        return errors::noSuch(u"event"_s, eventId);
    const QString signature = body.value(u"signature"_s).toString(u"valid"_s);
    SignatureVariant variant = SignatureVariant::Valid;
    if (signature == u"bad")
        variant = SignatureVariant::Bad;
    else if (signature == u"stale")
        variant = SignatureVariant::Stale;
    else if (signature != u"valid")
        return errors::invalidParam(u"signature"_s, u"signature must be valid, bad or stale."_s);
    std::optional<QByteArray> bodyOverride;
    if (body.contains(u"body_override"_s))
        bodyOverride = body.value(u"body_override"_s).toString().toUtf8();
    m_sender.deliver(eventId, variant, bodyOverride);
    return HttpReply::json({{u"event"_s, eventId}, {u"queued"_s, true}});
}

HttpReply TestControlRoutes::sessionState(const QString& id) const
{
    const auto session = m_store.get(id, u"checkout.session"_s);
    if (!session)
        return errors::noSuch(u"checkout.session"_s, id);
    const auto intent = m_store.get(session->value(u"payment_intent"_s).toString(), u"payment_intent"_s);
    const auto charge =
        intent ? m_store.get(intent->value(u"latest_charge"_s).toString(), u"charge"_s) : std::nullopt;
    return HttpReply::json({
        {u"session"_s, *session},
        {u"params"_s, m_store.sessionParams(id)},
        {u"customer"_s, objectOrNull(m_store.get(session->value(u"customer"_s).toString(), u"customer"_s))},
        {u"subscription"_s,
         objectOrNull(m_store.get(session->value(u"subscription"_s).toString(), u"subscription"_s))},
        {u"invoice"_s, objectOrNull(m_store.get(session->value(u"invoice"_s).toString(), u"invoice"_s))},
        {u"payment_intent"_s, objectOrNull(intent)},
        {u"charge"_s, objectOrNull(charge)},
    });
}

} // namespace mm::fakestripe
