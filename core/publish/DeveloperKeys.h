#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecretKey.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace mm::publish {

// A developer's package signing keys, one per publisher id, kept only in the OS keychain under
// "developer-key/<publisher>" (never in a file). Blocking, like SecretStore.
class DeveloperKeys
{
    Q_DECLARE_TR_FUNCTIONS(mm::publish::DeveloperKeys)

public:
    explicit DeveloperKeys(const secrets::SecretStore& store);

    // A new Ed25519 key. Refuses (Conflict) when the publisher has one, unless `replace`.
    Result<crypto::PublicKey> generate(const QString& publisher, bool replace = false) const;
    // NotFound (with a hint to run keygen) when there is none; Unavailable without a keychain.
    Result<crypto::SecretKey> secretKey(const QString& publisher) const;
    Result<crypto::PublicKey> publicKey(const QString& publisher) const;

private:
    const secrets::SecretStore& m_store;
};

} // namespace mm::publish
