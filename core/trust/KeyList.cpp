#include "core/trust/KeyList.h"

#include "core/crypto/Fingerprint.h"
#include "core/crypto/JsonFields.h"
#include "core/crypto/SignedEnvelope.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using mm::crypto::JsonFields;

namespace mm::trust {

namespace {

constexpr QStringView keysType = u"keys";

// The root key travels inside the payload it signs, so this one field has to be read before
// the signature can be checked; the caller compares it with the pin before trusting anything.
Result<crypto::PublicKey> rootKeyOf(QByteArrayView payload)
{
    const auto object =
        JsonFields::parseObject(payload, KeyList::tr("key list"), KeyListContent::maxPayloadBytes);
    if (!object)
        return std::unexpected(object.error());
    const auto root = JsonFields(*object, KeyList::tr("key list")).child(u"root"_s);
    if (!root)
        return std::unexpected(root.error());
    const JsonFields fields(*root, KeyList::tr("key list: root"));
    const auto text = fields.string(u"public"_s, 128);
    if (!text)
        return std::unexpected(text.error());
    const auto key = crypto::PublicKey::fromBase64(*text);
    if (!key)
        return fields.error(KeyList::tr("\"public\": %1").arg(key.error().message));
    return *key;
}

} // namespace

KeyList::KeyList(KeyListContent content)
    : m_content(std::move(content))
{}

Result<KeyList> KeyList::verify(QByteArrayView envelopeJson, QStringView pinnedFingerprint,
                                qint64 minimumVersion)
{
    const auto pin = crypto::fingerprint::normalise(pinnedFingerprint);
    if (!pin)
        return fail(
            ErrorCode::Verification,
            tr("The pinned root fingerprint \"%1\" is not 64 hex digits").arg(pinnedFingerprint.toString()));
    const auto envelope = crypto::SignedEnvelope::parse(envelopeJson);
    if (!envelope)
        return std::unexpected(envelope.error());
    if (envelope->type() != keysType)
        return fail(ErrorCode::Verification,
                    tr("The document is a signed \"%1\", not a key list").arg(envelope->type()));

    const QString pinnedId = pin->left(16);
    const auto& signatures = envelope->signatures();
    if (std::none_of(signatures.begin(), signatures.end(),
                     [&](const crypto::Signature& s) { return s.keyId == pinnedId; }))
        return fail(ErrorCode::Verification,
                    tr("The key list is not signed by the pinned root key %1 (signed by %2)")
                        .arg(pinnedId, envelope->signerIds().join(u", "_s)));
    const auto root = rootKeyOf(envelope->payload());
    if (!root)
        return std::unexpected(root.error());
    if (root->fingerprint() != *pin)
        return fail(
            ErrorCode::Verification,
            tr("The key list's root key has the fingerprint %1, but the pinned fingerprint is %2")
                .arg(crypto::fingerprint::display(root->fingerprint()), crypto::fingerprint::display(*pin)));
    if (!envelope->isSignedBy(*root))
        return fail(ErrorCode::Verification,
                    tr("The key list's signature by the root key %1 does not verify").arg(pinnedId));

    auto content = KeyListContent::fromPayload(envelope->payload());
    if (!content)
        return std::unexpected(content.error());
    if (content->version < minimumVersion)
        return fail(ErrorCode::Verification,
                    tr("The key list is version %1, older than version %2 accepted before")
                        .arg(content->version)
                        .arg(minimumVersion));
    return KeyList(std::move(*content));
}

QByteArray KeyList::sign(const KeyListContent& content, const crypto::SecretKey& root)
{
    return crypto::SignedEnvelope::sign(keysType.toString(), content.toPayload(), root).toJson();
}

bool KeyList::isRevoked(QStringView keyId) const
{
    return std::any_of(m_content.revoked.begin(), m_content.revoked.end(),
                       [&](const QString& id) { return id == keyId; });
}

const TrustedKey* KeyList::find(KeyRole role, QStringView keyId, const QDateTime& at) const
{
    if (isRevoked(keyId) || !at.isValid())
        return nullptr;
    for (const TrustedKey& key : m_content.keys)
        if (key.role == role && key.id == keyId && at < key.expires)
            return &key;
    return nullptr;
}

const TrustedKey* KeyList::findAny(QStringView keyId) const
{
    for (const TrustedKey& key : m_content.keys)
        if (key.id == keyId)
            return &key;
    return nullptr;
}

} // namespace mm::trust
