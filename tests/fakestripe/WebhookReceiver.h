#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace mm::test {

// A webhook endpoint for tst_fakestripe: records every POST it receives (signature header,
// content type, exact body bytes) and answers GETs with a page, so it can also stand in for a
// success_url. It lives on the test's thread; the test spins the event loop while it waits.
class WebhookReceiver
{
public:
    struct Delivery
    {
        QByteArray signature;
        QByteArray contentType;
        QByteArray body;
        QJsonObject event() const { return QJsonDocument::fromJson(body).object(); }
    };

    bool listen()
    {
        m_http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            if (request.method() == QHttpServerRequest::Method::Post) {
                m_deliveries.append(
                    {request.value("Stripe-Signature"), request.value("Content-Type"), request.body()});
                responder.write(QByteArray("{\"received\": true}"), "application/json");
            } else {
                m_pages.append(request.url());
                responder.write(QByteArray("<p>back at the shop</p>"), "text/html");
            }
        });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }

    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    const QList<Delivery>& deliveries() const { return m_deliveries; }
    const QList<QUrl>& pages() const { return m_pages; }
    QList<Delivery> deliveriesOf(const QString& eventId) const
    {
        QList<Delivery> matching;
        for (const Delivery& delivery : m_deliveries)
            if (delivery.event().value(QStringLiteral("id")).toString() == eventId)
                matching.append(delivery);
        return matching;
    }

private:
    QHttpServer m_http;
    quint16 m_port = 0;
    QList<Delivery> m_deliveries;
    QList<QUrl> m_pages;
};

} // namespace mm::test
