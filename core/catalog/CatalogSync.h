#pragma once

#include "core/catalog/HostPlatform.h"
#include "core/common/Transaction.h"
#include "core/net/MarketplaceApi.h"
#include "core/trust/KeyList.h"

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
        QDateTime expires; // past it the catalog may be frozen: warn
        bool expired = false;
    };

    // `pinnedRoot` is the fingerprint of the marketplace root key the user confirmed; with none,
    // the sync fails with a Verification error and offeredFingerprint() says what to confirm.
    CatalogSync(net::MarketplaceApi& api, QString cachePath, std::optional<HostPlatform> host,
                QString pinnedRoot, QObject* parent = nullptr);
    ~CatalogSync() override;

    // The profile's state.sqlite: the catalog's signed generation time is recorded there as a
    // trusted time (licensing::TrustedClock). Unset, nothing is recorded.
    void setStatePath(const QString& path) { m_statePath = path; }

    // Valid once the status is Done.
    const Outcome& outcome() const { return m_outcome; }
    // The root fingerprint the server presented when none was pinned (unverified: show it to the
    // user, who compares it with one obtained out of band).
    const QString& offeredFingerprint() const { return m_offeredFingerprint; }

protected:
    void run() override;
    void abort() override;

private:
    struct Local
    {
        qint64 catalogVersion = 0;
        qint64 keyListVersion = 0;
    };

    void fetchKeys(Local local);
    void download(qint64 since, QByteArray keyList);
    void commit(QByteArray document, QByteArray keyList, qint64 since);

    net::MarketplaceApi& m_api;
    QString m_cachePath;
    std::optional<HostPlatform> m_host;
    QString m_pinnedRoot;
    QString m_statePath;
    QString m_offeredFingerprint;
    std::optional<trust::KeyList> m_keyList;
    QPointer<QNetworkReply> m_reply;
    Outcome m_outcome;
};

} // namespace mm::catalog
