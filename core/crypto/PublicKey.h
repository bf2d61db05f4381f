#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace mm::crypto {

// An Ed25519 public key. A default-constructed key is null: it has no id and verifies nothing.
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(mm::crypto::PublicKey)

public:
    static constexpr qsizetype size = 32;

    PublicKey() = default;

    // Exactly 32 bytes of a valid curve point (small-order points are refused).
    static Result<PublicKey> fromBytes(QByteArrayView bytes);
    static Result<PublicKey> fromBase64(QStringView text);

    bool isNull() const { return m_bytes.isEmpty(); }
    QByteArray bytes() const { return m_bytes; }
    QString base64() const;
    // SHA-256 of the 32 key bytes, 64 lower-case hex digits; empty for a null key.
    QString fingerprint() const;
    // The first 16 hex digits of the fingerprint.
    QString id() const;

    bool verify(QByteArrayView message, QByteArrayView signature) const;

    friend bool operator==(const PublicKey& a, const PublicKey& b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace mm::crypto
