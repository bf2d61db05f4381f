#include "core/crypto/SignedEnvelope.h"

#include "core/crypto/Base64.h"
#include "core/crypto/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::crypto {

namespace {
constexpr QStringView envelopeFormat = u"modmarket-signed/1";
}

Result<SignedEnvelope> SignedEnvelope::parse(QByteArrayView json)
{
    const QString what = tr("signed envelope");
    const auto object = JsonFields::parseObject(json, what, maxEnvelopeBytes);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, what);
    if (const auto format = fields.constant(u"format"_s, envelopeFormat); !format)
        return std::unexpected(format.error());

    SignedEnvelope envelope;
    const auto type = fields.string(u"type"_s, maxTypeLength);
    if (!type)
        return std::unexpected(type.error());
    if (!isValidType(*type))
        return fields.error(tr("\"type\" is \"%1\", which is not a document type").arg(*type));
    envelope.m_type = *type;

    auto payload = fields.base64(u"payload"_s);
    if (!payload)
        return std::unexpected(payload.error());
    envelope.m_payload = std::move(*payload);

    const auto signatures = fields.array(u"signatures"_s, maxSignatures);
    if (!signatures)
        return std::unexpected(signatures.error());
    if (signatures->isEmpty())
        return fields.error(tr("\"signatures\" is empty"));
    for (qsizetype i = 0; i < signatures->size(); ++i) {
        const QString where = tr("signed envelope: signatures[%1]").arg(i);
        const QJsonValue item = signatures->at(i);
        if (!item.isObject())
            return fail(ErrorCode::Parse, tr("%1: not an object").arg(where));
        const JsonFields signature(item.toObject(), where);
        const auto keyId = signature.keyId(u"key_id"_s);
        if (!keyId)
            return std::unexpected(keyId.error());
        auto bytes = signature.base64(u"signature"_s, SecretKey::signatureSize);
        if (!bytes)
            return std::unexpected(bytes.error());
        envelope.m_signatures.append(Signature{*keyId, std::move(*bytes)});
    }
    return envelope;
}

SignedEnvelope SignedEnvelope::sign(QString type, QByteArray payload, const SecretKey& key)
{
    Q_ASSERT_X(isValidType(type), "SignedEnvelope::sign", "invalid document type");
    SignedEnvelope envelope;
    envelope.m_type = std::move(type);
    envelope.m_payload = std::move(payload);
    envelope.addSignature(key);
    return envelope;
}

void SignedEnvelope::addSignature(const SecretKey& key)
{
    const PublicKey publicKey = key.publicKey();
    if (isSignedBy(publicKey))
        return;
    m_signatures.append(Signature{publicKey.id(), key.sign(signedMessage(m_type, m_payload))});
}

QByteArray SignedEnvelope::signedMessage(QStringView type, QByteArrayView payload)
{
    const QByteArray prefix = QByteArray("modmarket-signed/1\n") + type.toUtf8() + '\n';
    QByteArray message;
    message.reserve(prefix.size() + payload.size());
    message.append(prefix);
    message.append(payload);
    return message;
}

bool SignedEnvelope::isValidType(QStringView type)
{
    return !type.isEmpty() && type.size() <= maxTypeLength &&
           std::all_of(type.begin(), type.end(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
           });
}

bool SignedEnvelope::isSignedBy(const PublicKey& key) const
{
    if (key.isNull())
        return false;
    const QString id = key.id();
    const QByteArray message = signedMessage(m_type, m_payload);
    return std::any_of(m_signatures.begin(), m_signatures.end(),
                       [&](const Signature& s) { return s.keyId == id && key.verify(message, s.signature); });
}

QByteArray SignedEnvelope::toJson() const
{
    QJsonArray signatures;
    for (const Signature& s : m_signatures)
        signatures.append(QJsonObject{{u"key_id"_s, s.keyId}, {u"signature"_s, base64::encode(s.signature)}});
    const QJsonObject root{
        {u"format"_s, envelopeFormat.toString()},
        {u"type"_s, m_type},
        {u"payload"_s, base64::encode(m_payload)},
        {u"signatures"_s, signatures},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QStringList SignedEnvelope::signerIds() const
{
    QStringList ids;
    for (const Signature& s : m_signatures)
        ids.append(s.keyId);
    return ids;
}

} // namespace mm::crypto
