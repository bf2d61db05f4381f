#include "core/trust/KeyListContent.h"

#include "core/crypto/Fingerprint.h"
#include "core/crypto/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using mm::crypto::JsonFields;

namespace mm::trust {

namespace {

constexpr QStringView keysFormat = u"modmarket-keys/1";

// Reads {"id", "public"} and checks that the id belongs to the key.
Result<crypto::PublicKey> readKey(const JsonFields& fields)
{
    const auto text = fields.string(u"public"_s, 128);
    if (!text)
        return std::unexpected(text.error());
    const auto key = crypto::PublicKey::fromBase64(*text);
    if (!key)
        return fields.error(KeyListContent::tr("\"public\": %1").arg(key.error().message));
    const auto id = fields.keyId(u"id"_s);
    if (!id)
        return std::unexpected(id.error());
    if (*id != key->id())
        return fields.error(KeyListContent::tr("\"id\" is %1 but the key's id is %2").arg(*id, key->id()));
    return *key;
}

Result<TrustedKey> readTrustedKey(const QJsonValue& value, const QString& where)
{
    if (!value.isObject())
        return fail(ErrorCode::Parse, KeyListContent::tr("%1: not an object").arg(where));
    const JsonFields fields(value.toObject(), where);
    const auto key = readKey(fields);
    if (!key)
        return std::unexpected(key.error());
    const auto roleName = fields.string(u"role"_s, 64);
    if (!roleName)
        return std::unexpected(roleName.error());
    const auto role = keyRoleFromName(*roleName);
    if (!role)
        return fields.error(KeyListContent::tr("\"role\" is \"%1\", expected catalog, countersign or license")
                                .arg(*roleName));
    const auto expires = fields.time(u"expires"_s);
    if (!expires)
        return std::unexpected(expires.error());
    return TrustedKey{key->id(), *role, *key, *expires};
}

} // namespace

QByteArray KeyListContent::toPayload() const
{
    QJsonArray keyArray;
    for (const TrustedKey& k : keys)
        keyArray.append(QJsonObject{
            {u"id"_s, k.key.id()},
            {u"role"_s, keyRoleName(k.role)},
            {u"public"_s, k.key.base64()},
            {u"expires"_s, JsonFields::formatTime(k.expires)},
        });
    const QJsonObject object{
        {u"format"_s, keysFormat.toString()},
        {u"version"_s, version},
        {u"issued"_s, JsonFields::formatTime(issued)},
        {u"root"_s, QJsonObject{{u"id"_s, root.id()}, {u"public"_s, root.base64()}}},
        {u"keys"_s, keyArray},
        {u"revoked"_s, QJsonArray::fromStringList(revoked)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<KeyListContent> KeyListContent::fromPayload(QByteArrayView json)
{
    const QString what = tr("key list");
    const auto object = JsonFields::parseObject(json, what, maxPayloadBytes);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, what);
    if (const auto format = fields.constant(u"format"_s, keysFormat); !format)
        return std::unexpected(format.error());

    KeyListContent content;
    const auto version = fields.wholeNumber(u"version"_s);
    if (!version)
        return std::unexpected(version.error());
    content.version = *version;
    const auto issued = fields.time(u"issued"_s);
    if (!issued)
        return std::unexpected(issued.error());
    content.issued = *issued;

    const auto rootObject = fields.child(u"root"_s);
    if (!rootObject)
        return std::unexpected(rootObject.error());
    const auto root = readKey(JsonFields(*rootObject, tr("key list: root")));
    if (!root)
        return std::unexpected(root.error());
    content.root = *root;

    const auto keys = fields.array(u"keys"_s, maxKeys);
    if (!keys)
        return std::unexpected(keys.error());
    for (qsizetype i = 0; i < keys->size(); ++i) {
        auto key = readTrustedKey(keys->at(i), tr("key list: keys[%1]").arg(i));
        if (!key)
            return std::unexpected(key.error());
        content.keys.append(std::move(*key));
    }

    const auto revoked = fields.array(u"revoked"_s, maxKeys);
    if (!revoked)
        return std::unexpected(revoked.error());
    for (qsizetype i = 0; i < revoked->size(); ++i) {
        const QString id = revoked->at(i).toString();
        if (!crypto::fingerprint::isKeyId(id))
            return fail(ErrorCode::Parse,
                        tr("key list: revoked[%1] is not a key id (16 lower-case hex digits)").arg(i));
        content.revoked.append(id);
    }
    return content;
}

} // namespace mm::trust
