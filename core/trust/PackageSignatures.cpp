#include "core/trust/PackageSignatures.h"

#include "core/crypto/JsonFields.h"
#include "core/crypto/SignedEnvelope.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using mm::crypto::SignedEnvelope;

namespace mm::trust {

namespace {

constexpr QStringView packageType = u"package";

bool isRevoked(const PackageSignatures::Trust& trust, const QString& keyId)
{
    return trust.revokedKeyIds.contains(keyId) || (trust.keys && trust.keys->isRevoked(keyId));
}

bool hasSignatureFrom(const SignedEnvelope& envelope, const QString& keyId)
{
    const auto& signatures = envelope.signatures();
    return std::any_of(signatures.begin(), signatures.end(),
                       [&](const crypto::Signature& s) { return s.keyId == keyId; });
}

Result<void> checkPublisher(const SignedEnvelope& envelope, const PackageSignatures::Trust& trust)
{
    QStringList refused;
    for (const crypto::PublicKey& key : trust.publisherKeys) {
        const QString id = key.id();
        if (!hasSignatureFrom(envelope, id))
            continue;
        if (isRevoked(trust, id))
            refused.append(PackageSignatures::tr("publisher key %1 is revoked").arg(id));
        else if (!envelope.isSignedBy(key))
            refused.append(
                PackageSignatures::tr("the signature by publisher key %1 does not verify").arg(id));
        else
            return {};
    }
    if (refused.isEmpty())
        return fail(
            ErrorCode::Verification,
            PackageSignatures::tr("The package is not signed by a key of its publisher (signed by %1)")
                .arg(envelope.signerIds().join(u", "_s)));
    return fail(
        ErrorCode::Verification,
        PackageSignatures::tr("The package has no valid publisher signature: %1").arg(refused.join(u"; "_s)));
}

Result<void> checkClaim(const PackageClaim& claim, const PackageSignatures::Expectation& expected)
{
    if (claim.sha256 != expected.sha256)
        return fail(ErrorCode::Verification,
                    PackageSignatures::tr("The package's SHA-256 is %1 but its signature is for %2")
                        .arg(expected.sha256, claim.sha256));
    if (claim.size != expected.size)
        return fail(ErrorCode::Verification,
                    PackageSignatures::tr("The package's size is %1 bytes but its signature is for %2 bytes")
                        .arg(expected.size)
                        .arg(claim.size));
    if (claim.id != expected.id)
        return fail(
            ErrorCode::Verification,
            PackageSignatures::tr("The package should be module %1 but its signature is for module id %2")
                .arg(expected.id, claim.id));
    if (claim.version != expected.version)
        return fail(
            ErrorCode::Verification,
            PackageSignatures::tr("The package should be version %1 but its signature is for version %2")
                .arg(expected.version, claim.version));
    return {};
}

Result<void> checkCountersignature(const SignedEnvelope& envelope, const KeyList& keys,
                                   const PackageSignatures::Trust& trust)
{
    // A package carries no date of its own, so a countersign key counts while it has not expired.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray message = SignedEnvelope::signedMessage(envelope.type(), envelope.payload());
    QStringList refused;
    for (const crypto::Signature& signature : envelope.signatures()) {
        const TrustedKey* key = keys.findAny(signature.keyId);
        if (!key)
            continue; // the publisher's signature, or one we know nothing about
        if (isRevoked(trust, signature.keyId)) {
            refused.append(PackageSignatures::tr("key %1 is revoked").arg(signature.keyId));
            continue;
        }
        if (key->role != KeyRole::Countersign) {
            refused.append(PackageSignatures::tr("key %1 is a %2 key, not a countersign key")
                               .arg(signature.keyId, keyRoleName(key->role)));
            continue;
        }
        if (!keys.find(KeyRole::Countersign, signature.keyId, now)) {
            refused.append(PackageSignatures::tr("countersign key %1 expired at %2")
                               .arg(signature.keyId, crypto::JsonFields::formatTime(key->expires)));
            continue;
        }
        if (!key->key.verify(message, signature.signature)) {
            refused.append(
                PackageSignatures::tr("the countersignature by key %1 does not verify").arg(signature.keyId));
            continue;
        }
        return {};
    }
    if (refused.isEmpty())
        return fail(
            ErrorCode::Verification,
            PackageSignatures::tr("The package is not countersigned by the marketplace (signed by %1)")
                .arg(envelope.signerIds().join(u", "_s)));
    return fail(
        ErrorCode::Verification,
        PackageSignatures::tr("The package has no valid countersignature: %1").arg(refused.join(u"; "_s)));
}

} // namespace

Result<PackageClaim> PackageSignatures::verify(QByteArrayView envelopeJson, const Expectation& expected,
                                               const Trust& trust)
{
    const auto envelope = SignedEnvelope::parse(envelopeJson);
    if (!envelope)
        return std::unexpected(envelope.error());
    if (envelope->type() != packageType)
        return fail(ErrorCode::Verification,
                    tr("The document is a signed \"%1\", not package signatures").arg(envelope->type()));
    if (trust.requireCountersignature && !trust.keys)
        return fail(ErrorCode::Verification,
                    tr("No key list to check the package's countersignature against"));

    if (const auto publisher = checkPublisher(*envelope, trust); !publisher)
        return std::unexpected(publisher.error());
    auto claim = PackageClaim::fromPayload(envelope->payload());
    if (!claim)
        return std::unexpected(claim.error());
    if (const auto matches = checkClaim(*claim, expected); !matches)
        return std::unexpected(matches.error());
    if (trust.requireCountersignature) {
        if (const auto counter = checkCountersignature(*envelope, *trust.keys, trust); !counter)
            return std::unexpected(counter.error());
    }
    return std::move(*claim);
}

QByteArray PackageSignatures::signAsPublisher(const PackageClaim& claim,
                                              const crypto::SecretKey& publisherKey)
{
    return SignedEnvelope::sign(packageType.toString(), claim.toPayload(), publisherKey).toJson();
}

Result<QByteArray> PackageSignatures::countersign(QByteArrayView envelopeJson,
                                                  const crypto::SecretKey& countersignKey)
{
    auto envelope = SignedEnvelope::parse(envelopeJson);
    if (!envelope)
        return std::unexpected(envelope.error());
    if (envelope->type() != packageType)
        return fail(ErrorCode::Verification,
                    tr("The document is a signed \"%1\", not package signatures").arg(envelope->type()));
    envelope->addSignature(countersignKey);
    return envelope->toJson();
}

} // namespace mm::trust
