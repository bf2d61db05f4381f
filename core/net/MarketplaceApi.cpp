#include "core/net/MarketplaceApi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::net {
namespace {

const char* const cancelledProperty = "mm_cancelled";
const char* const oversizeProperty = "mm_oversize";

// modmarketd answers errors as {"error": {"code": "...", "message": "..."}}.
QString serverMessage(const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    return error.value(u"message").toString();
}

} // namespace

MarketplaceApi::MarketplaceApi(QUrl baseUrl, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(new QNetworkAccessManager(this))
{}

MarketplaceApi::~MarketplaceApi() = default;

QUrl MarketplaceApi::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

QNetworkReply* MarketplaceApi::get(const QString& path, const QUrlQuery& query, Callback done,
                                   Progress progress)
{
    QNetworkRequest request(urlFor(path, query));
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = m_network->get(request);
    spdlog::debug("GET {}", request.url().toString().toStdString());

    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply, progress](qint64 received, qint64 total) {
                // Cap what we accept, whatever Content-Length claimed: a hostile server cannot fill memory.
                if (received > m_maxResponseBytes && !reply->property(oversizeProperty).toBool()) {
                    reply->setProperty(oversizeProperty, true);
                    reply->abort();
                    return;
                }
                if (progress)
                    progress(received, total);
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] { finish(reply, done); });
    return reply;
}

void MarketplaceApi::cancel(QNetworkReply* reply)
{
    if (!reply || reply->isFinished())
        return;
    reply->setProperty(cancelledProperty, true);
    reply->abort();
}

void MarketplaceApi::finish(QNetworkReply* reply, const Callback& done)
{
    reply->deleteLater();
    const QString server = m_baseUrl.toDisplayString();
    const QString url = reply->url().toDisplayString();
    if (reply->property(cancelledProperty).toBool())
        return done(fail(ErrorCode::Cancelled, tr("The request to %1 was cancelled.").arg(server)));
    if (reply->property(oversizeProperty).toBool())
        return done(fail(ErrorCode::Server, tr("The answer from %1 was larger than %2 and was refused.")
                                                .arg(url, QLocale().formattedDataSize(m_maxResponseBytes))));

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed; reading it would only log a warning.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    // A Content-Length the body does not reach: the server stopped (or was stopped) mid-answer.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    auto cutShort = [&] {
        return fail(ErrorCode::Server, tr("The answer from %1 was cut short (%2 of %3 bytes).")
                                           .arg(url)
                                           .arg(body.size())
                                           .arg(length.toLongLong()));
    };
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        spdlog::warn("marketplace {} unreachable: {}", server.toStdString(),
                     reply->errorString().toStdString());
        return done(fail(ErrorCode::Network,
                         tr("Cannot reach the marketplace at %1: %2").arg(server, reply->errorString())));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        spdlog::warn("marketplace {} timed out", server.toStdString());
        return done(fail(ErrorCode::Timeout, tr("The marketplace at %1 did not answer within %2 seconds.")
                                                 .arg(server)
                                                 .arg(m_timeout.count() / 1000)));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
        if (length.isValid() && length.toLongLong() > body.size())
            return done(cutShort());
        return done(
            fail(ErrorCode::Server, tr("The marketplace at %1 closed the connection before the answer was "
                                       "complete.")
                                        .arg(server)));
    default:
        if (status >= 400) {
            const QString message = serverMessage(body);
            const ErrorCode code = status == 404 ? ErrorCode::NotFound : ErrorCode::Server;
            return done(fail(code, message.isEmpty() ? tr("%1 answered HTTP %2.").arg(url).arg(status)
                                                     : tr("%1 (HTTP %2)").arg(message).arg(status)));
        }
        return done(fail(ErrorCode::Network, tr("Request to %1 failed: %2").arg(url, reply->errorString())));
    }
    if (length.isValid() && length.toLongLong() != body.size())
        return done(cutShort());
    done(body);
}

} // namespace mm::net
