#pragma once

#include "core/common/Error.h"
#include "server/billing/FormEncoder.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace mm::server::billing {

// Stripe's REST API as modmarketd uses it: form-encoded requests with the secret key as a bearer
// token, answers as JSON objects. Asynchronous: the server's single event loop keeps serving
// other requests while Stripe thinks. Stripe's error shape ({"error": {"message": …}}) becomes an
// Error that quotes Stripe's message.
class StripeClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonObject>)>;
    static constexpr auto apiVersion = "2024-06-20";
    static constexpr int timeoutMs = 20000;

    StripeClient(QUrl base, QString secretKey, QObject* parent = nullptr);

    // `done` runs once on this thread, unless `context` is destroyed first.
    void post(const QString& path, const FormEncoder& form, const QString& idempotencyKey, QObject* context,
              Callback done);
    // `path` may end in an encoded query: "/v1/billing/meters?limit=100".
    void get(const QString& path, QObject* context, Callback done);

private:
    void send(const QByteArray& method, const QString& path, const QByteArray& body,
              const QString& idempotencyKey, QObject* context, Callback done);

    QUrl m_base;
    QString m_secretKey;
    QNetworkAccessManager m_network;
};

} // namespace mm::server::billing
