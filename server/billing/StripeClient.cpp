#include "server/billing/StripeClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::billing {
namespace {

Result<QJsonObject> readAnswer(QNetworkReply* reply, const QString& what)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        return fail(
            timedOut ? ErrorCode::Timeout : ErrorCode::Network,
            timedOut
                ? StripeClient::tr("Stripe did not answer %1 in time.").arg(what)
                : StripeClient::tr("Stripe cannot be reached for %1: %2").arg(what, reply->errorString()));
    }
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (status >= 400) {
        const QString message = json.object().value(u"error").toObject().value(u"message").toString();
        return fail(status == 404 ? ErrorCode::NotFound : ErrorCode::Server,
                    StripeClient::tr("Stripe refused %1 (HTTP %2): %3")
                        .arg(what)
                        .arg(status)
                        .arg(message.isEmpty() ? StripeClient::tr("no message") : message));
    }
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return fail(ErrorCode::Parse,
                    StripeClient::tr("Stripe's answer to %1 is not a JSON object.").arg(what));
    return json.object();
}

} // namespace

StripeClient::StripeClient(QUrl base, QString secretKey, QObject* parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_secretKey(std::move(secretKey))
{}

void StripeClient::post(const QString& path, const FormEncoder& form, const QString& idempotencyKey,
                        QObject* context, Callback done)
{
    send("POST", path, form.encode(), idempotencyKey, context, std::move(done));
}

void StripeClient::get(const QString& path, QObject* context, Callback done)
{
    send("GET", path, {}, {}, context, std::move(done));
}

void StripeClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                        const QString& idempotencyKey, QObject* context, Callback done)
{
    QUrl url = m_base;
    // A path may carry its query (list parameters of a GET), already encoded.
    const qsizetype mark = path.indexOf(u'?');
    url.setPath(m_base.path().chopped(m_base.path().endsWith(u'/') ? 1 : 0) +
                path.left(mark < 0 ? path.size() : mark));
    if (mark >= 0)
        url.setQuery(path.mid(mark + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_secretKey.toUtf8());
    request.setRawHeader("Stripe-Version", apiVersion);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    if (method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply =
        method == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, method, body);
    const QString what = QString(QString::fromLatin1(method) + u' ' + path);
    connect(reply, &QNetworkReply::finished, context, [reply, what, done = std::move(done)] {
        reply->deleteLater();
        auto answer = readAnswer(reply, what);
        if (!answer)
            spdlog::warn("stripe: {}", answer.error().message.toStdString());
        done(std::move(answer));
    });
    // A context destroyed first drops the connection above; the reply still goes with the manager.
}

} // namespace mm::server::billing
