#pragma once

#include "core/crypto/SecretKey.h"
#include "core/trust/KeyListContent.h"

#include <QByteArray>
#include <QDateTime>

namespace mm::test {

// A marketplace's keys with fixed seeds, for tests that play the server: the key list, signed
// catalogs and countersigned packages, exactly as modmarketd would produce them.
class TestSigner
{
public:
    TestSigner();

    QString rootFingerprint() const { return m_root.publicKey().fingerprint(); }
    const crypto::SecretKey& root() const { return m_root; }
    const crypto::SecretKey& catalogKey() const { return m_catalog; }
    const crypto::SecretKey& countersignKey() const { return m_countersign; }
    const crypto::SecretKey& licenseKey() const { return m_license; }

    trust::KeyListContent keyListContent(qint64 version = 1) const;
    QByteArray keyList(qint64 version = 1) const;
    // Wraps an export document as the server does: adds "expires" and "revoked_keys", signs it.
    QByteArray signCatalog(const QByteArray& exportJson,
                           const QDateTime& expires = QDateTime::currentDateTimeUtc().addDays(7),
                           const QStringList& revoked = {}) const;

    // Deterministic extra keys (publishers, attackers): the same seed byte gives the same key.
    static crypto::SecretKey keyFromSeed(char seed);

private:
    crypto::SecretKey m_root;
    crypto::SecretKey m_catalog;
    crypto::SecretKey m_countersign;
    crypto::SecretKey m_license;
};

} // namespace mm::test
