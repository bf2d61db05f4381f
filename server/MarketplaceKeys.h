#pragma once

#include "core/crypto/SecretKey.h"
#include "core/trust/KeyListContent.h"

#include <QCoreApplication>

#include <map>

namespace mm::server {

// The marketplace's own keys under DATA/keys: the root key (root.key), one or more keys per
// role (<role>-<id>.key), and the root-signed key list (keylist.json) that clients fetch. The
// newest key of a role signs; older ones stay listed until they expire or are revoked.
class MarketplaceKeys
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::MarketplaceKeys)

public:
    static constexpr int validityDays = 365;

    // Loads the keys, creating the root, one key per role and the key list when there are none.
    static Result<MarketplaceKeys> openOrCreate(const QString& dataDir);
    // Loads existing keys only; fails with NotFound before `keys init`.
    static Result<MarketplaceKeys> open(const QString& dataDir);

    // A new key for each role given (all roles when empty), in a new key-list version.
    Result<void> rotate(const QList<trust::KeyRole>& roles);
    Result<void> revoke(const QString& keyId);

    QString rootFingerprint() const;
    const QByteArray& keyListEnvelope() const { return m_envelope; }
    const trust::KeyListContent& keyList() const { return m_content; }
    const crypto::SecretKey& signingKey(trust::KeyRole role) const;

private:
    explicit MarketplaceKeys(QString dir);
    Result<void> load();
    Result<void> create();
    Result<void> addKey(trust::KeyRole role);
    Result<void> publish();

    QString m_dir;
    std::optional<crypto::SecretKey> m_root;
    std::map<QString, crypto::SecretKey> m_secrets; // by key id
    trust::KeyListContent m_content;
    QByteArray m_envelope;
};

} // namespace mm::server
