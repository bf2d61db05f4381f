#include "core/trust/SignedCatalog.h"

#include "core/crypto/JsonFields.h"
#include "core/crypto/SignedEnvelope.h"

using namespace Qt::StringLiterals;
using mm::crypto::JsonFields;

namespace mm::trust {

namespace {

constexpr QStringView catalogType = u"catalog";

Result<QDateTime> readTime(QByteArrayView payload, const QString& key)
{
    const QString what = SignedCatalog::tr("signed catalog");
    const auto object = JsonFields::parseObject(payload, what, crypto::SignedEnvelope::maxEnvelopeBytes);
    if (!object)
        return std::unexpected(object.error());
    return JsonFields(*object, what).time(key);
}

} // namespace

Result<QByteArray> SignedCatalog::verify(QByteArrayView envelopeJson, const KeyList& keys)
{
    const auto envelope = crypto::SignedEnvelope::parse(envelopeJson);
    if (!envelope)
        return std::unexpected(envelope.error());
    if (envelope->type() != catalogType)
        return fail(ErrorCode::Verification,
                    tr("The document is a signed \"%1\", not a catalog").arg(envelope->type()));

    const QByteArray message = crypto::SignedEnvelope::signedMessage(envelope->type(), envelope->payload());
    QStringList refused;
    const TrustedKey* signer = nullptr;
    for (const crypto::Signature& signature : envelope->signatures()) {
        if (keys.isRevoked(signature.keyId)) {
            refused.append(tr("key %1 is revoked").arg(signature.keyId));
            continue;
        }
        const TrustedKey* key = nullptr;
        for (const TrustedKey& candidate : keys.content().keys)
            if (candidate.id == signature.keyId && candidate.role == KeyRole::Catalog) {
                key = &candidate;
                break;
            }
        if (!key) {
            const TrustedKey* other = keys.findAny(signature.keyId);
            refused.append(other ? tr("key %1 is a %2 key, not a catalog key")
                                       .arg(signature.keyId, keyRoleName(other->role))
                                 : tr("key %1 is not in the key list").arg(signature.keyId));
            continue;
        }
        if (!key->key.verify(message, signature.signature)) {
            refused.append(tr("the signature by key %1 does not verify").arg(signature.keyId));
            continue;
        }
        signer = key;
        break;
    }
    if (!signer)
        return fail(ErrorCode::Verification,
                    tr("The catalog is not signed by a catalog key of key list version %1: %2")
                        .arg(keys.version())
                        .arg(refused.join(u"; "_s)));

    const auto generated = readTime(envelope->payload(), u"generated"_s);
    if (!generated)
        return std::unexpected(generated.error());
    if (!(*generated < signer->expires))
        return fail(ErrorCode::Verification,
                    tr("The catalog was generated at %1, but its signing key %2 expired at %3")
                        .arg(JsonFields::formatTime(*generated), signer->id,
                             JsonFields::formatTime(signer->expires)));
    return envelope->payload();
}

QByteArray SignedCatalog::sign(QByteArray payload, const crypto::SecretKey& catalogKey)
{
    return crypto::SignedEnvelope::sign(catalogType.toString(), std::move(payload), catalogKey).toJson();
}

bool SignedCatalog::isExpired(QByteArrayView payload, const QDateTime& now)
{
    const auto expires = readTime(payload, u"expires"_s);
    return !expires || *expires < now;
}

} // namespace mm::trust
