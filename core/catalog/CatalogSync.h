#pragma once

#include "core/catalog/HostPlatform.h"
#include "core/common/Transaction.h"
#include "core/net/MarketplaceApi.h"

#include <QDateTime>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace mm::catalog {

// Brings the local catalog cache up to date with the server: a full export on first sync, the
// changes since the cached version after that. Downloading happens on the caller's thread through
// the network stack; parsing and writing happen on a worker thread.
class CatalogSync : public Transaction
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool full = false;
        qint64 catalogVersion = 0;
        qsizetype changed = 0;
        qsizetype removed = 0;
        QDateTime syncedAt;
    };

    CatalogSync(net::MarketplaceApi& api, QString cachePath, std::optional<HostPlatform> host,
                QObject* parent = nullptr);
    ~CatalogSync() override;

    // Valid once the status is Done.
    const Outcome& outcome() const { return m_outcome; }

protected:
    void run() override;
    void abort() override;

private:
    void download(qint64 since);
    void commit(QByteArray document, qint64 since);

    net::MarketplaceApi& m_api;
    QString m_cachePath;
    std::optional<HostPlatform> m_host;
    QPointer<QNetworkReply> m_reply;
    Outcome m_outcome;
};

} // namespace mm::catalog
