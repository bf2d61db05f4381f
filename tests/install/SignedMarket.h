#pragma once

#include "core/crypto/SecretKey.h"
#include "tests/support/HostileServer.h"
#include "tests/support/TestSigner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>

namespace mm::test {

// A package as the marketplace serves it: the archive bytes and the signature envelope.
struct ServedPackage
{
    QString id;
    QString version;
    QByteArray archive;
    QString sha256;
    QByteArray signatures;
    // What the catalog declares; by default the archive's own hash and size.
    QString declaredSha256;
    qint64 declaredSize = -1;
};

// A marketplace played by a HostileServer: a signed key list, a signed catalog listing the
// packages, and the packages themselves, each of which a test can spoil in one way.
class SignedMarket
{
public:
    SignedMarket();

    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(); }
    HostileServer& server() { return m_server; }
    const TestSigner& signer() const { return m_signer; }
    const crypto::SecretKey& publisherKey() const { return m_publisher; }

    // Packs a module folder (module.json plus a few files) with PackageWriter; signed by the
    // publisher and countersigned unless told otherwise.
    ServedPackage pack(const QString& id, const QString& version, const QJsonObject& dependencies = {});
    static QByteArray sign(const ServedPackage& package, const crypto::SecretKey& publisher,
                           const crypto::SecretKey* countersigner);

    void add(ServedPackage package) { m_packages.append(std::move(package)); }
    // Serves the key list, the catalog and every package. Call again after changing anything.
    void publish(qint64 catalogVersion = 1,
                 const QDateTime& expires = QDateTime::currentDateTimeUtc().addDays(7),
                 const QStringList& revokedKeys = {}, qint64 keyListVersion = 1,
                 const QStringList& keyListRevoked = {});

private:
    QJsonObject moduleJson(const ServedPackage& package) const;

    HostileServer m_server;
    TestSigner m_signer;
    crypto::SecretKey m_publisher;
    QTemporaryDir m_work;
    QList<ServedPackage> m_packages;
};

} // namespace mm::test
