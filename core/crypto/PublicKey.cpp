#include "core/crypto/PublicKey.h"

#include "core/crypto/Base64.h"
#include "core/crypto/Sha256.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace mm::crypto {

static_assert(PublicKey::size == crypto_sign_PUBLICKEYBYTES);

Result<PublicKey> PublicKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != size)
        return fail(ErrorCode::Parse, tr("A public key has %1 bytes, not %2").arg(size).arg(bytes.size()));
    ensureSodium();
    if (crypto_core_ed25519_is_valid_point(reinterpret_cast<const unsigned char*>(bytes.data())) != 1)
        return fail(ErrorCode::Parse, tr("The public key %1 is not a valid Ed25519 key")
                                          .arg(QString::fromLatin1(bytes.toByteArray().toHex())));
    PublicKey key;
    key.m_bytes = bytes.toByteArray();
    return key;
}

Result<PublicKey> PublicKey::fromBase64(QStringView text)
{
    const auto bytes = base64::decode(text);
    if (!bytes)
        return fail(ErrorCode::Parse, tr("The public key is not valid base64"));
    return fromBytes(*bytes);
}

QString PublicKey::base64() const
{
    return base64::encode(m_bytes);
}

QString PublicKey::fingerprint() const
{
    return isNull() ? QString() : Sha256::hex(m_bytes);
}

QString PublicKey::id() const
{
    return fingerprint().left(16);
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (isNull() || signature.size() != crypto_sign_BYTES)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(m_bytes.constData())) == 0;
}

} // namespace mm::crypto
