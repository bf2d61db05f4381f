#include "tests/fakestripe/WebhookSender.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mm::fakestripe {
namespace {

QString variantName(SignatureVariant variant)
{
    switch (variant) {
    case SignatureVariant::Valid:
        return u"valid"_s;
    case SignatureVariant::Bad:
        return u"bad"_s;
    case SignatureVariant::Stale:
        return u"stale"_s;
    }
    return {};
}

} // namespace

WebhookSender::WebhookSender(const FakeConfig& config, StripeStore& store, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
{}

QByteArray WebhookSender::signatureHeader(const QByteArray& secret, qint64 timestamp, const QByteArray& body)
{
    const QByteArray t = QByteArray::number(timestamp);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256).toHex();
    return "t=" + t + ",v1=" + mac;
}

void WebhookSender::dispatch(const QStringList& eventIds, const DeliveryOptions& options)
{
    for (const QString& id : eventIds)
        m_store.setHeld(id, options.hold);
    if (options.hold)
        return;
    const auto send = [this, eventIds, copies = std::max(1, options.copies)] {
        for (const QString& id : eventIds)
            for (int copy = 0; copy < copies; ++copy)
                enqueue({id, SignatureVariant::Valid, std::nullopt});
    };
    if (options.delayMs > 0)
        QTimer::singleShot(options.delayMs, this, send);
    else
        send();
}

void WebhookSender::deliver(const QString& eventId, SignatureVariant variant,
                            const std::optional<QByteArray>& bodyOverride)
{
    m_store.setHeld(eventId, false);
    enqueue({eventId, variant, bodyOverride});
}

void WebhookSender::enqueue(Delivery delivery)
{
    m_queue.enqueue(std::move(delivery));
    if (!m_busy)
        sendNext();
}

void WebhookSender::sendNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const Delivery delivery = m_queue.dequeue();
    const auto event = m_store.event(delivery.eventId);
    QJsonObject attempt{{u"signature"_s, variantName(delivery.variant)},
                        {u"body_overridden"_s, delivery.bodyOverride.has_value()}};
    if (!event || !m_config.webhookUrl.isValid() || m_config.webhookUrl.isEmpty()) {
        attempt.insert(u"status"_s, 0);
        attempt.insert(u"error"_s, event ? u"no webhook endpoint is configured"_s : u"no such event"_s);
        finish(delivery, attempt);
        return;
    }
    const QByteArray body = QJsonDocument(*event).toJson(QJsonDocument::Indented);
    qint64 timestamp = StripeStore::now();
    QByteArray secret = m_config.webhookSecret;
    if (delivery.variant == SignatureVariant::Stale)
        timestamp -= 600;
    if (delivery.variant == SignatureVariant::Bad)
        secret = "whsec_not_the_endpoint_secret";
    QNetworkRequest request(m_config.webhookUrl);
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader("Stripe-Signature", signatureHeader(secret, timestamp, body));
    request.setRawHeader("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
    QNetworkReply* reply = m_network.post(request, delivery.bodyOverride.value_or(body));
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery, attempt]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        attempt.insert(u"status"_s, status);
        attempt.insert(u"error"_s, reply->error() == QNetworkReply::NoError || status != 0
                                       ? QString()
                                       : reply->errorString());
        attempt.insert(u"response"_s, QString::fromUtf8(reply->readAll().left(2000)));
        finish(delivery, attempt);
    });
}

void WebhookSender::finish(const Delivery& delivery, QJsonObject attempt)
{
    attempt.insert(u"time"_s, StripeStore::now());
    m_store.recordDelivery(delivery.eventId, attempt);
    std::fprintf(stderr, "fake-stripe: delivered %s (%s) -> %d %s\n", qPrintable(delivery.eventId),
                 qPrintable(attempt.value(u"signature"_s).toString()), attempt.value(u"status"_s).toInt(),
                 qPrintable(attempt.value(u"error"_s).toString()));

    // Next delivery from the event loop, so a long queue never recurses.
    QTimer::singleShot(0, this, &WebhookSender::sendNext);
}

} // namespace mm::fakestripe
