#pragma once

#include "core/common/Error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mm::net {

// Talks HTTP to modmarketd. Every request has a transfer timeout and a cap on the response size,
// and every failure becomes an Error that says which server and what went wrong.
class MarketplaceApi : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QByteArray>)>;
    using Progress = std::function<void(qint64 received, qint64 total)>;

    explicit MarketplaceApi(QUrl baseUrl, QObject* parent = nullptr);
    ~MarketplaceApi() override;

    const QUrl& baseUrl() const { return m_baseUrl; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // GET baseUrl + path. The callback runs on this object's thread, exactly once, unless the
    // returned reply is aborted through cancel().
    QNetworkReply* get(const QString& path, const QUrlQuery& query, Callback done, Progress progress = {});
    // Cancels a request started by get(); its callback reports Cancelled.
    void cancel(QNetworkReply* reply);

    QUrl urlFor(const QString& path, const QUrlQuery& query = {}) const;

private:
    void finish(QNetworkReply* reply, const Callback& done);

    QUrl m_baseUrl;
    QNetworkAccessManager* m_network;
    std::chrono::milliseconds m_timeout{15000};
    qint64 m_maxResponseBytes = 512LL * 1024 * 1024;
};

} // namespace mm::net
