#pragma once

#include "tests/support/HttpGet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

#include <memory>
#include <optional>

namespace mm::test {

// Where a browser ended after following every redirect from the hosted checkout page.
struct BrowserVisit
{
    QUrl finalUrl;
    int status = 0; // of the last answer; 0 when there was no HTTP answer
    QByteArray body;
    QList<QUrl> hops; // every URL requested after the Pay form, in order
};

// The fake Stripe (tests/fakestripe) started for a test on an ephemeral loopback port with fixed
// test credentials. The binary comes from MM_FAKE_STRIPE (set by ctest). Every helper blocks while
// spinning the event loop, so servers living in the test's thread keep answering.
class FakeStripeProcess
{
public:
    FakeStripeProcess();
    ~FakeStripeProcess();

    // Starts it and waits for its "listening" line; `webhookUrl` may be set later.
    bool start(const QUrl& webhookUrl = {});
    void stop();

    QUrl url() const { return m_url; }
    static QString apiKey();
    static QByteArray webhookSecret();
    static QString binary();
    QString output() const { return m_output; }
    // The environment modmarketd needs to talk to this fake (MODMARKETD_STRIPE_*).
    QProcessEnvironment serverEnvironment() const;

    bool setWebhookUrl(const QUrl& url);

    // A /_test/ route with a JSON body: the whole answer, or just its JSON object.
    HttpAnswer controlRequest(const QByteArray& method, const QString& path,
                              const QJsonObject& body = {}) const;
    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {}) const;
    QJsonArray events() const;   // every event, with "held" and "deliveries"
    QJsonArray requests() const; // every /v1 request: method, path, idempotency_key, body, params
    std::optional<QJsonObject> event(const QString& id) const;
    // Events of one type, oldest first.
    QList<QJsonObject> eventsOfType(const QString& type) const;

    // Completes a session as paid; `options` may carry duplicates, hold and delay_ms.
    QJsonObject complete(const QString& sessionId, QJsonObject options = {}) const;
    QJsonObject expire(const QString& sessionId) const;
    // Re-delivers an event: signature "valid", "bad" or "stale", optionally a different body.
    bool deliver(const QString& eventId, const QString& signature = QStringLiteral("valid"),
                 const std::optional<QByteArray>& bodyOverride = std::nullopt) const;
    // Waits until an event has at least `count` delivery attempts recorded and answers them.
    QJsonArray waitForDeliveries(const QString& eventId, int count = 1, int timeoutMs = 30000) const;

    // A Stripe API call with the test key: `form` is the x-www-form-urlencoded body.
    HttpAnswer api(const QByteArray& method, const QString& path, const QByteArray& form = {},
                   const HttpHeaders& headers = {}) const;

    // A Billing Meter summing `value` per customer, and a Checkout Session from a form body (a
    // warning and an empty object when the fake refuses it).
    HttpAnswer createMeter(const QByteArray& eventName, const QByteArray& formula = "sum") const;
    QJsonObject createSession(const QByteArray& form) const;

    // Acts as the buyer's browser: GET the hosted page, POST its Pay form, then follow the 303 and
    // every redirect after it (modmarketd's /checkout/complete, then the app's loopback callback).
    BrowserVisit pay(const QUrl& checkoutUrl) const;
    static QString sessionIdFrom(const QUrl& checkoutUrl);

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_output;
};

} // namespace mm::test
