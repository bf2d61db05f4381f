#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <array>

namespace mm::crypto {

// An Ed25519 secret key in libsodium's 64-byte layout (seed followed by the public key).
// Move-only, and the bytes are wiped when the key goes away so they do not linger in freed memory.
class SecretKey
{
    Q_DECLARE_TR_FUNCTIONS(mm::crypto::SecretKey)

public:
    static constexpr qsizetype size = 64;
    static constexpr qsizetype seedSize = 32;
    static constexpr qsizetype signatureSize = 64;

    ~SecretKey();
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    static SecretKey generate();
    // 64 bytes whose second half is the public key of the first half.
    static Result<SecretKey> fromBytes(QByteArrayView bytes);
    // Deterministic keys for test vectors and fixtures; the seed must be 32 bytes.
    static SecretKey fromSeed(QByteArrayView seed32);

    PublicKey publicKey() const;
    QString id() const;
    QByteArray sign(QByteArrayView message) const;
    QByteArray bytes() const;

private:
    SecretKey() = default;
    void wipe();

    std::array<unsigned char, size> m_bytes{};
};

} // namespace mm::crypto
