#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecretKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mm::crypto {

struct Signature
{
    QString keyId;
    QByteArray signature;
};

// The one container of every signed document (docs/installation.md, "Signed envelope"): a type,
// the payload bytes and detached Ed25519 signatures over "modmarket-signed/1\n" + type + "\n" +
// payload. It knows nothing of the payload; callers parse it after a signature verified.
class SignedEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(mm::crypto::SignedEnvelope)

public:
    static constexpr qsizetype maxEnvelopeBytes = 64LL * 1024 * 1024;
    static constexpr qsizetype maxSignatures = 64;
    static constexpr qsizetype maxTypeLength = 32;

    // For untrusted input: every field is checked and named in the error (ErrorCode::Parse).
    static Result<SignedEnvelope> parse(QByteArrayView json);
    // `type` is a short lower-case word such as "keys", "catalog" or "package".
    static SignedEnvelope sign(QString type, QByteArray payload, const SecretKey& key);
    // Adds the key's signature (a countersignature) unless the key has already signed.
    void addSignature(const SecretKey& key);

    static QByteArray signedMessage(QStringView type, QByteArrayView payload);
    // Lower-case letters, digits and '-', so a type can never contain the separator.
    static bool isValidType(QStringView type);

    // True when a signature carries key.id() and verifies with the key.
    bool isSignedBy(const PublicKey& key) const;
    QByteArray toJson() const;

    const QString& type() const { return m_type; }
    const QByteArray& payload() const { return m_payload; }
    const QList<Signature>& signatures() const { return m_signatures; }
    // The key ids of all signatures, for error messages.
    QStringList signerIds() const;

private:
    SignedEnvelope() = default;

    QString m_type;
    QByteArray m_payload;
    QList<Signature> m_signatures;
};

} // namespace mm::crypto
