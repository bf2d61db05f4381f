#include "tests/fakestripe/ApiRoutes.h"

#include "tests/fakestripe/FormBody.h"
#include "tests/fakestripe/StripeErrors.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

QString masked(const QString& key)
{
    return key.size() <= 12 ? key : QString(key.left(8) + u"****"_s + key.right(4));
}

} // namespace

std::optional<HttpReply> ApiRoutes::authenticate(const HttpCall& call) const
{
    const QByteArray authorization = call.header("Authorization").trimmed();
    if (authorization.isEmpty())
        return errors::unauthorized(
            u"You did not provide an API key. You need to provide your API key in the Authorization "
            "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."_s);
    QString key;
    if (authorization.startsWith("Bearer "))
        key = QString::fromUtf8(authorization.mid(7).trimmed());
    else if (authorization.startsWith("Basic ")) {
        // Basic auth carries the key as the user name with an empty password.
        const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
        key = QString::fromUtf8(
            credentials.left(credentials.indexOf(':') < 0 ? credentials.size() : credentials.indexOf(':')));
    } else
        return errors::unauthorized(u"Invalid authorization header: use Bearer auth with your secret key."_s);
    if (key != m_config.apiKey)
        return errors::unauthorized(u"Invalid API Key provided: %1"_s.arg(masked(key)));
    return std::nullopt;
}

HttpReply ApiRoutes::handle(const HttpCall& call)
{
    const QJsonObject params = FormBody::parse(call.method == "GET" ? call.query : call.body);
    const QString idempotencyKey = QString::fromUtf8(call.header("Idempotency-Key"));
    HttpReply reply;
    if (auto refused = authenticate(call)) {
        reply = *refused;
    } else if (!idempotencyKey.isEmpty() && call.method == "POST") {
        const QByteArray fingerprint = call.method + ' ' + call.segments.join(u'/').toUtf8() + ' ' +
                                       QJsonDocument(params).toJson(QJsonDocument::Compact);
        const auto stored = m_idempotent.constFind(idempotencyKey);
        if (stored == m_idempotent.constEnd()) {
            reply = dispatch(call, params);
            // Like Stripe, only requests that ran are remembered; a refused one may be retried.
            if (reply.status < 400)
                m_idempotent.insert(idempotencyKey, {fingerprint, reply});
        } else if (stored->fingerprint == fingerprint) {
            reply = stored->reply;
            reply.headers.append(std::pair<QByteArray, QByteArray>("Idempotent-Replayed", "true"));
        } else {
            reply = errors::idempotencyMismatch(idempotencyKey);
        }
    } else {
        reply = dispatch(call, params);
    }
    reply.headers.append(
        std::pair<QByteArray, QByteArray>("Request-Id", StripeStore::newId(u"req_"_s).toUtf8()));
    m_store.recordRequest({
        {u"method"_s, QString::fromLatin1(call.method)},
        {u"path"_s, QString(u'/' + call.segments.join(u'/'))},
        {u"query"_s, QString::fromUtf8(call.query)},
        {u"content_type"_s, QString::fromUtf8(call.header("Content-Type"))},
        {u"idempotency_key"_s,
         idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(idempotencyKey)},
        {u"stripe_version"_s, QString::fromUtf8(call.header("Stripe-Version"))},
        {u"body"_s, QString::fromUtf8(call.body)},
        {u"params"_s, params},
        {u"status"_s, reply.status},
    });
    std::fprintf(stderr, "fake-stripe: %s /%s -> %d\n", call.method.constData(),
                 qPrintable(call.segments.join(u'/')), reply.status);
    return reply;
}

HttpReply ApiRoutes::dispatch(const HttpCall& call, const QJsonObject& params)
{
    const QStringList path = call.segments.mid(1);
    if (auto reply = m_checkout.handle(call.method, path, params))
        return *reply;
    if (auto reply = m_billing.handle(call.method, path, params))
        return *reply;
    if (auto reply = m_meters.handle(call.method, path, params))
        return *reply;
    if (auto reply = m_prices.handle(call.method, path, params))
        return *reply;
    return errors::invalidRequest(
        u"Unrecognized request URL (%1: /%2). Please see https://stripe.com/docs."_s.arg(
            QString::fromLatin1(call.method), call.segments.join(u'/')),
        404);
}

} // namespace mm::fakestripe
