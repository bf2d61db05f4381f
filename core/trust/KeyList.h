#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretKey.h"
#include "core/trust/KeyListContent.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringView>

namespace mm::trust {

// A key list whose root key matched the pinned fingerprint and whose root signature verified
// (docs/installation.md, "Key list"). Only verify() makes one.
class KeyList
{
    Q_DECLARE_TR_FUNCTIONS(mm::trust::KeyList)

public:
    // Checks sha256(root.public) == pinnedFingerprint (normalised), the root signature, and
    // version >= minimumVersion (so an older list cannot be replayed).
    static Result<KeyList> verify(QByteArrayView envelopeJson, QStringView pinnedFingerprint,
                                  qint64 minimumVersion = 0);
    // The envelope JSON of `content` signed by `root`; content.root should be root's public key.
    static QByteArray sign(const KeyListContent& content, const crypto::SecretKey& root);

    const KeyListContent& content() const { return m_content; }
    qint64 version() const { return m_content.version; }
    bool isRevoked(QStringView keyId) const;
    // A non-revoked key of this role with this id, valid at `at` (at < expires); nullptr otherwise.
    const TrustedKey* find(KeyRole role, QStringView keyId, const QDateTime& at) const;
    // Any listed key with this id, whatever its role, expiry or revocation; for error messages.
    const TrustedKey* findAny(QStringView keyId) const;

private:
    explicit KeyList(KeyListContent content);

    KeyListContent m_content;
};

} // namespace mm::trust
