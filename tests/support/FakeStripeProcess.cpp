#include "tests/support/FakeStripeProcess.h"

#include "tests/support/ListeningProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mm::test {
namespace {

struct RawAnswer
{
    HttpAnswer answer;
    QByteArray location;
};

// One request without following redirects, so a browser walk can record every hop.
RawAnswer send(const QByteArray& method, const QUrl& url, const QByteArray& body,
               const QByteArray& contentType, const HttpHeaders& headers = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply =
        method == "GET" ? network.get(request) : network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    RawAnswer raw;
    raw.answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    raw.answer.body = reply->readAll();
    raw.location = reply->rawHeader("Location");
    reply->deleteLater();
    return raw;
}

} // namespace

FakeStripeProcess::FakeStripeProcess() = default;

FakeStripeProcess::~FakeStripeProcess()
{
    stop();
}

QString FakeStripeProcess::binary()
{
    return qEnvironmentVariable("MM_FAKE_STRIPE");
}

QString FakeStripeProcess::apiKey()
{
    return u"sk_test_modmarket_fake_0123456789"_s;
}

QByteArray FakeStripeProcess::webhookSecret()
{
    return "whsec_modmarket_fake_secret_0123456789";
}

QProcessEnvironment FakeStripeProcess::serverEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MODMARKETD_STRIPE_SECRET_KEY"_s, apiKey());
    environment.insert(u"MODMARKETD_STRIPE_WEBHOOK_SECRET"_s, QString::fromUtf8(webhookSecret()));
    return environment;
}

bool FakeStripeProcess::start(const QUrl& webhookUrl)
{
    m_process = std::make_unique<QProcess>();
    // Its log (every API call and delivery) lands in the test's output.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{u"--port"_s,           u"0"_s,
                          u"--api-key"_s,        apiKey(),
                          u"--webhook-secret"_s, QString::fromUtf8(webhookSecret())};
    if (!webhookUrl.isEmpty())
        arguments << u"--webhook-url"_s << webhookUrl.toString();
    const auto url = ListeningProcess::start(*m_process, binary(), arguments, m_output);
    if (url)
        m_url = *url;
    return url.has_value();
}

void FakeStripeProcess::stop()
{
    ListeningProcess::stop(m_process);
}

bool FakeStripeProcess::setWebhookUrl(const QUrl& url)
{
    return controlRequest("POST", u"/_test/config"_s, {{u"webhook_url"_s, url.toString()}}).status == 200;
}

HttpAnswer FakeStripeProcess::controlRequest(const QByteArray& method, const QString& path,
                                             const QJsonObject& body) const
{
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(method, m_url.resolved(QUrl(path)), payload,
                method == "GET" ? QByteArray() : "application/json")
        .answer;
}

QJsonObject FakeStripeProcess::control(const QByteArray& method, const QString& path,
                                       const QJsonObject& body) const
{
    return controlRequest(method, path, body).json();
}

QJsonArray FakeStripeProcess::events() const
{
    return control("GET", u"/_test/events"_s).value(u"data"_s).toArray();
}

QJsonArray FakeStripeProcess::requests() const
{
    return control("GET", u"/_test/requests"_s).value(u"data"_s).toArray();
}

std::optional<QJsonObject> FakeStripeProcess::event(const QString& id) const
{
    for (const auto& value : events())
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    return std::nullopt;
}

QList<QJsonObject> FakeStripeProcess::eventsOfType(const QString& type) const
{
    QList<QJsonObject> matching;
    for (const auto& value : events())
        if (value.toObject().value(u"type"_s).toString() == type)
            matching.append(value.toObject());
    return matching;
}

QJsonObject FakeStripeProcess::complete(const QString& sessionId, QJsonObject options) const
{
    if (!options.contains(u"outcome"_s))
        options.insert(u"outcome"_s, u"paid"_s);
    return control("POST", QString(u"/_test/checkout/sessions/"_s + sessionId + u"/complete"_s), options);
}

QJsonObject FakeStripeProcess::expire(const QString& sessionId) const
{
    return complete(sessionId, {{u"outcome"_s, u"expired"_s}});
}

bool FakeStripeProcess::deliver(const QString& eventId, const QString& signature,
                                const std::optional<QByteArray>& bodyOverride) const
{
    QJsonObject body{{u"signature"_s, signature}};
    if (bodyOverride)
        body.insert(u"body_override"_s, QString::fromUtf8(*bodyOverride));
    return controlRequest("POST", QString(u"/_test/events/"_s + eventId + u"/deliver"_s), body).status == 200;
}

QJsonArray FakeStripeProcess::waitForDeliveries(const QString& eventId, int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QJsonArray deliveries;
    while (true) {
        deliveries = event(eventId).value_or(QJsonObject{}).value(u"deliveries"_s).toArray();
        if (deliveries.size() >= count || deadline.hasExpired())
            return deliveries;
        QTest::qWait(20);
    }
}

HttpAnswer FakeStripeProcess::api(const QByteArray& method, const QString& path, const QByteArray& form,
                                  const HttpHeaders& headers) const
{
    HttpHeaders all{{"Authorization", "Bearer " + apiKey().toUtf8()}};
    all.append(headers);
    return send(method, m_url.resolved(QUrl(path)), form,
                form.isEmpty() ? QByteArray() : "application/x-www-form-urlencoded", all)
        .answer;
}

QString FakeStripeProcess::sessionIdFrom(const QUrl& checkoutUrl)
{
    return checkoutUrl.path().section(u'/', -1);
}

HttpAnswer FakeStripeProcess::createMeter(const QByteArray& eventName, const QByteArray& formula) const
{
    return api("POST", u"/v1/billing/meters"_s,
               "display_name=Meter&event_name=" + eventName + "&default_aggregation[formula]=" + formula +
                   "&customer_mapping[type]=by_id"
                   "&customer_mapping[event_payload_key]=stripe_customer_id"
                   "&value_settings[event_payload_key]=value");
}

QJsonObject FakeStripeProcess::createSession(const QByteArray& form) const
{
    const HttpAnswer answer = api("POST", u"/v1/checkout/sessions"_s, form);
    if (answer.status != 200)
        qWarning("creating a session failed: %s", answer.body.constData());
    return answer.json();
}

BrowserVisit FakeStripeProcess::pay(const QUrl& checkoutUrl) const
{
    BrowserVisit visit;
    const RawAnswer page = send("GET", checkoutUrl, {}, {});
    visit.finalUrl = checkoutUrl;
    visit.status = page.answer.status;
    visit.body = page.answer.body;
    static const QRegularExpression form(u"<form method=\"post\" action=\"([^\"]+)\""_s);
    const auto action = form.match(QString::fromUtf8(page.answer.body));
    if (page.answer.status != 200 || !action.hasMatch())
        return visit;
    QUrl next = checkoutUrl.resolved(QUrl(action.captured(1)));
    RawAnswer answer = send("POST", next, "card=4242424242424242", "application/x-www-form-urlencoded");
    for (int hop = 0; hop < 10; ++hop) {
        visit.finalUrl = next;
        visit.status = answer.answer.status;
        visit.body = answer.answer.body;
        if (answer.answer.status < 300 || answer.answer.status >= 400 || answer.location.isEmpty())
            break;
        next = next.resolved(QUrl::fromEncoded(answer.location));
        visit.hops.append(next);
        answer = send("GET", next, {}, {});
    }
    return visit;
}

} // namespace mm::test
