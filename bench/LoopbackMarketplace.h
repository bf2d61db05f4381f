#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretKey.h"
#include "core/package/PackageWriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

#include <memory>

namespace mm::bench {

// A real modmarketd on 127.0.0.1 serving one package, set up the way an operator would: the
// catalog through `modmarketd import`, the keys through `modmarketd keys init`, the package
// signed by its publisher, countersigned with the marketplace's key and placed in the server's
// content-addressed store (server/PackageStore). The server is stopped with this object.
class LoopbackMarketplace
{
    Q_DECLARE_TR_FUNCTIONS(mm::bench::LoopbackMarketplace)

public:
    struct Publication
    {
        QJsonObject category;  // {id, name, description}
        QJsonObject publisher; // {id, name, verified}; the key is added here
        QJsonObject module;    // with its one version; "sha256" and "size" are added here
        const crypto::SecretKey* publisherKey = nullptr;
        QString archive;
        package::PackInfo info;
    };

    LoopbackMarketplace(QString binary, QString dataDir);
    ~LoopbackMarketplace();
    LoopbackMarketplace(const LoopbackMarketplace&) = delete;
    LoopbackMarketplace& operator=(const LoopbackMarketplace&) = delete;

    // Before start(): publishes the catalog and stores the signed package.
    Result<void> publish(const Publication& publication);
    // Starts the server on an ephemeral port and waits for its "listening on" line.
    Result<QUrl> start();
    // The root key fingerprint clients pin (`modmarketd keys fingerprint`).
    Result<QString> rootFingerprint() const;

private:
    Result<QByteArray> runCommand(const QStringList& arguments) const;
    Result<void> storePackage(const Publication& publication) const;

    QString m_binary;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_server;
};

} // namespace mm::bench
