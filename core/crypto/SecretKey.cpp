#include "core/crypto/SecretKey.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace mm::crypto {

static_assert(SecretKey::size == crypto_sign_SECRETKEYBYTES);
static_assert(SecretKey::seedSize == crypto_sign_SEEDBYTES);
static_assert(SecretKey::signatureSize == crypto_sign_BYTES);

SecretKey::~SecretKey()
{
    wipe();
}

SecretKey::SecretKey(SecretKey&& other) noexcept
    : m_bytes(other.m_bytes)
{
    other.wipe();
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        other.wipe();
    }
    return *this;
}

void SecretKey::wipe()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretKey SecretKey::generate()
{
    ensureSodium();
    SecretKey key;
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(publicKey, key.m_bytes.data());
    return key;
}

Result<SecretKey> SecretKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != size)
        return fail(ErrorCode::Parse, tr("A secret key has %1 bytes, not %2").arg(size).arg(bytes.size()));
    // Rebuilding the key from its seed catches a damaged file, which would otherwise sign with a
    // public half that does not match and produce signatures nobody can verify.
    SecretKey key = fromSeed(bytes.first(seedSize));
    if (sodium_memcmp(key.m_bytes.data(), bytes.data(), size) != 0)
        return fail(ErrorCode::Parse, tr("The secret key's public half does not match its seed"));
    return key;
}

SecretKey SecretKey::fromSeed(QByteArrayView seed32)
{
    if (seed32.size() != seedSize)
        qFatal("SecretKey::fromSeed needs a 32-byte seed, got %lld bytes",
               static_cast<long long>(seed32.size()));
    ensureSodium();
    SecretKey key;
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(publicKey, key.m_bytes.data(),
                             reinterpret_cast<const unsigned char*>(seed32.data()));
    return key;
}

PublicKey SecretKey::publicKey() const
{
    const QByteArrayView half(reinterpret_cast<const char*>(m_bytes.data()) + seedSize, PublicKey::size);
    // The public half was derived by libsodium (or checked against the seed), so it is valid.
    return PublicKey::fromBytes(half).value_or(PublicKey());
}

QString SecretKey::id() const
{
    return publicKey().id();
}

QByteArray SecretKey::sign(QByteArrayView message) const
{
    ensureSodium();
    QByteArray signature(signatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_bytes.data());
    return signature;
}

QByteArray SecretKey::bytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), size);
}

} // namespace mm::crypto
