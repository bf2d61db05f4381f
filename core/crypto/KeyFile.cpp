#include "core/crypto/KeyFile.h"

#include "core/crypto/Base64.h"
#include "core/crypto/JsonFields.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mm::crypto {

namespace {

constexpr QStringView secretFormat = u"modmarket-secret-key/1";
constexpr QStringView publicFormat = u"modmarket-public-key/1";

Result<void> writeFile(const QString& path, const QJsonObject& content, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Storage, KeyFile::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Restrict the temporary file before the secret goes into it; the rename keeps the mode.
    if (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(
            ErrorCode::Storage,
            KeyFile::tr("Cannot make %1 readable by its owner only: %2").arg(path, file.errorString()));
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Storage, KeyFile::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QJsonObject> readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, KeyFile::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(KeyFile::maxFileBytes + 1);
    return JsonFields::parseObject(bytes, KeyFile::tr("Key file %1").arg(path), KeyFile::maxFileBytes);
}

Result<KeyFile::Secret> readSecretObject(const JsonFields& fields)
{
    const auto bytes = fields.base64(u"secret"_s, SecretKey::size);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto key = SecretKey::fromBytes(*bytes);
    if (!key)
        return fields.error(key.error().message);
    const auto id = fields.keyId(u"id"_s);
    if (!id)
        return std::unexpected(id.error());
    if (*id != key->id())
        return fields.error(KeyFile::tr("\"id\" is %1 but the key's id is %2").arg(*id, key->id()));
    const auto role = fields.string(u"role"_s, 64);
    if (!role)
        return std::unexpected(role.error());
    const auto created = fields.time(u"created"_s);
    if (!created)
        return std::unexpected(created.error());
    return KeyFile::Secret{std::move(*key), *role, *created};
}

Result<PublicKey> readPublicObject(const JsonFields& fields)
{
    const auto text = fields.string(u"public"_s, 128);
    if (!text)
        return std::unexpected(text.error());
    const auto key = PublicKey::fromBase64(*text);
    if (!key)
        return fields.error(KeyFile::tr("\"public\": %1").arg(key.error().message));
    const auto id = fields.keyId(u"id"_s);
    if (!id)
        return std::unexpected(id.error());
    if (*id != key->id())
        return fields.error(KeyFile::tr("\"id\" is %1 but the key's id is %2").arg(*id, key->id()));
    return *key;
}

} // namespace

Result<void> KeyFile::writeSecret(const QString& path, const SecretKey& key, const QString& role)
{
    if (role.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The secret key for %1 needs a role").arg(path));
    const QJsonObject content{
        {u"format"_s, secretFormat.toString()},
        {u"id"_s, key.id()},
        {u"role"_s, role},
        {u"secret"_s, base64::encode(key.bytes())},
        {u"created"_s, JsonFields::formatTime(QDateTime::currentDateTimeUtc())},
    };
    return writeFile(path, content, true);
}

Result<KeyFile::Secret> KeyFile::readSecret(const QString& path)
{
    const auto object = readObject(path);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, tr("Secret key file %1").arg(path));
    if (const auto format = fields.constant(u"format"_s, secretFormat); !format)
        return std::unexpected(format.error());
    return readSecretObject(fields);
}

Result<void> KeyFile::writePublic(const QString& path, const PublicKey& key)
{
    if (key.isNull())
        return fail(ErrorCode::InvalidInput, tr("No public key to write to %1").arg(path));
    const QJsonObject content{
        {u"format"_s, publicFormat.toString()},
        {u"id"_s, key.id()},
        {u"public"_s, key.base64()},
    };
    return writeFile(path, content, false);
}

Result<PublicKey> KeyFile::readPublic(const QString& path)
{
    const auto object = readObject(path);
    if (!object)
        return std::unexpected(object.error());
    const JsonFields fields(*object, tr("Key file %1").arg(path));
    const auto format = fields.string(u"format"_s);
    if (!format)
        return std::unexpected(format.error());
    if (*format == secretFormat) {
        const auto secret = readSecretObject(fields);
        if (!secret)
            return std::unexpected(secret.error());
        return secret->key.publicKey();
    }
    if (*format != publicFormat)
        return fields.error(tr("\"format\" is \"%1\", expected \"%2\" or \"%3\"")
                                .arg(*format, publicFormat.toString(), secretFormat.toString()));
    return readPublicObject(fields);
}

} // namespace mm::crypto
