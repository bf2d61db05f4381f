#pragma once

#include "tests/fakestripe/FakeConfig.h"
#include "tests/fakestripe/StripeStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>

namespace mm::fakestripe {

// How a batch of events is delivered (the /_test/ routes choose; the API always uses defaults).
struct DeliveryOptions
{
    int copies = 1;    // each event is POSTed this many times (duplicates)
    bool hold = false; // create the events, deliver nothing until asked
    int delayMs = 0;
};

enum class SignatureVariant
{
    Valid,
    Bad,   // signed with another secret
    Stale, // correctly signed, but with a timestamp ten minutes old
};

// POSTs events to the configured endpoint one at a time, in order, signed the way Stripe signs
// (`Stripe-Signature: t=...,v1=HMAC-SHA256(secret, "t.body")`), and records every attempt in the
// store. There are no automatic retries: tests re-deliver explicitly.
class WebhookSender : public QObject
{
    Q_OBJECT

public:
    WebhookSender(const FakeConfig& config, StripeStore& store, QObject* parent = nullptr);

    void dispatch(const QStringList& eventIds, const DeliveryOptions& options = {});
    // One more delivery of an event; `bodyOverride` is sent instead of the signed body.
    void deliver(const QString& eventId, SignatureVariant variant = SignatureVariant::Valid,
                 const std::optional<QByteArray>& bodyOverride = std::nullopt);

    static QByteArray signatureHeader(const QByteArray& secret, qint64 timestamp, const QByteArray& body);

private:
    struct Delivery
    {
        QString eventId;
        SignatureVariant variant = SignatureVariant::Valid;
        std::optional<QByteArray> bodyOverride;
    };

    void enqueue(Delivery delivery);
    void sendNext();
    void finish(const Delivery& delivery, QJsonObject attempt);

    const FakeConfig& m_config;
    StripeStore& m_store;
    QNetworkAccessManager m_network;
    QQueue<Delivery> m_queue;
    bool m_busy = false;
};

} // namespace mm::fakestripe
