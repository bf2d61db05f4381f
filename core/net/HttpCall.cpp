#include "core/net/HttpCall.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mm::net {
namespace {

QString serverMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(u"error");
    if (error.isObject())
        return error.toObject().value(u"message").toString().left(2000);
    return object.value(u"message").toString().left(2000);
}

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 422:
        return ErrorCode::InvalidInput;
    case 401:
        return ErrorCode::Unauthenticated;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 429:
        return ErrorCode::RateLimited;
    default:
        return ErrorCode::Server;
    }
}

} // namespace

Error HttpCall::errorFor(const QUrl& url, const Answer& answer)
{
    const QString server = url.host() + u':' + QString::number(url.port(80));
    const QString message = serverMessage(answer.body);
    if (!message.isEmpty())
        return {codeForStatus(answer.status), message};
    if (answer.status == 404)
        return {ErrorCode::NotFound, tr("%1 has nothing at %2.").arg(server, url.path())};
    return {
        codeForStatus(answer.status),
        tr("%1 answered %2 with HTTP status %3.").arg(server, url.path(), QString::number(answer.status))};
}

Result<HttpCall::Answer> HttpCall::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                        const Headers& headers, qint64 maxBytes,
                                        std::chrono::milliseconds timeout, std::stop_token stop)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    if (!body.isEmpty() || method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkAccessManager network;
    QEventLoop loop;
    QBuffer upload;
    upload.setData(body);
    upload.open(QIODevice::ReadOnly);
    QNetworkReply* reply =
        method == "GET" ? network.get(request) : network.sendCustomRequest(request, method, &upload);
    QByteArray answer;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        answer += reply->readAll();
        if (answer.size() > maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    // Driven by hand rather than by exec() and quit(): the loop checks the reply and the stop
    // request itself after every event, and the timer wakes it at least every 50 ms, so a stop
    // takes effect whenever it arrives and nothing depends on a signal reaching the loop.
    QTimer wake;
    wake.start(50);
    while (!tooLarge && !reply->isFinished() && !stop.stop_requested())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    wake.stop();
    if (stop.stop_requested() && !reply->isFinished())
        reply->abort();
    if (!tooLarge)
        answer += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString server = url.host() + u':' + QString::number(url.port(80));
    if (stop.stop_requested())
        return fail(ErrorCode::Cancelled, tr("The request for %1 was cancelled.").arg(url.path()));
    if (tooLarge || answer.size() > maxBytes)
        return fail(ErrorCode::Server,
                    tr("%1 sent more than %2 bytes for %3.").arg(server).arg(maxBytes).arg(url.path()));
    if (status == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError)
            return fail(ErrorCode::Timeout, tr("%1 did not answer in time for %2.").arg(server, url.path()));
        return fail(ErrorCode::Network,
                    tr("Requesting %1 from %2 failed: %3").arg(url.path(), server, reply->errorString()));
    }
    // A status below 400 with a transport error is an answer cut short (the connection closed
    // before the announced length), never one to use.
    if (status < 400 && reply->error() != QNetworkReply::NoError)
        return fail(ErrorCode::Network,
                    tr("Requesting %1 from %2 failed: %3").arg(url.path(), server, reply->errorString()));
    return Answer{status, answer};
}

} // namespace mm::net
