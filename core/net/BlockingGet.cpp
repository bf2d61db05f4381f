#include "core/net/BlockingGet.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace mm::net {
namespace {

// The marketplace explains a refusal in {"error": {"message": …}}; that sentence is what the
// user needs, not the HTTP status line.
QString serverMessage(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(u"error").toObject().value(u"message").toString();
}

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    default:
        return ErrorCode::Server;
    }
}

} // namespace

Result<QByteArray> BlockingGet::fetch(const QUrl& url, qint64 maxBytes, std::chrono::milliseconds timeout,
                                      std::stop_token stop, const Headers& headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, nullptr, maxBytes, stop);
}

Result<QByteArray> BlockingGet::post(const QUrl& url, const QByteArray& json, const Headers& headers,
                                     qint64 maxBytes, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, &json, maxBytes, {});
}

Result<QByteArray> BlockingGet::send(const QNetworkRequest& request, const QByteArray* upload,
                                     qint64 maxBytes, std::stop_token stop)
{
    const QUrl url = request.url();
    QNetworkAccessManager network;
    QEventLoop loop;
    QNetworkReply* reply = upload ? network.post(request, *upload) : network.get(request);
    QByteArray body;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    const std::stop_callback onStop(stop, [&loop, reply] {
        QMetaObject::invokeMethod(
            &loop, [reply] { reply->abort(); }, Qt::QueuedConnection);
    });
    if (!stop.stop_requested())
        loop.exec();
    body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString server = url.host() + u':' + QString::number(url.port(80));
    if (stop.stop_requested())
        return fail(ErrorCode::Cancelled, tr("The request for %1 was cancelled.").arg(url.path()));
    if (tooLarge)
        return fail(ErrorCode::Server,
                    tr("%1 sent more than %2 bytes for %3.").arg(server).arg(maxBytes).arg(url.path()));
    if (status >= 400)
        if (const QString message = serverMessage(body); !message.isEmpty())
            return fail(codeForStatus(status), message);
    if (status == 404)
        return fail(ErrorCode::NotFound, tr("%1 has nothing at %2.").arg(server, url.path()));
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return fail(ErrorCode::Timeout, tr("%1 did not answer in time for %2.").arg(server, url.path()));
    if (status == 0 || reply->error() != QNetworkReply::NoError)
        return fail(status == 0 ? ErrorCode::Network : ErrorCode::Server,
                    tr("Requesting %1 from %2 failed: %3").arg(url.path(), server, reply->errorString()));
    return body;
}

} // namespace mm::net
