#include "core/publish/DeveloperKeys.h"

#include "core/crypto/Base64.h"
#include "core/crypto/JsonFields.h"
#include "core/secrets/SecretKeys.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::publish {
namespace {

const QString format = u"modmarket-developer-key/1"_s;

QByteArray encode(const QString& publisher, const crypto::SecretKey& key)
{
    const QJsonObject json{{u"format"_s, format},
                           {u"publisher"_s, publisher},
                           {u"id"_s, key.id()},
                           {u"secret"_s, crypto::base64::encode(key.bytes())},
                           {u"created"_s, crypto::JsonFields::formatTime(QDateTime::currentDateTimeUtc())}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

DeveloperKeys::DeveloperKeys(const secrets::SecretStore& store)
    : m_store(store)
{}

Result<crypto::PublicKey> DeveloperKeys::generate(const QString& publisher, bool replace) const
{
    if (publisher.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say which publisher the key signs for."));
    const QString name = secrets::keys::developerKey(publisher);
    if (!replace) {
        const auto existing = m_store.read(name);
        if (existing)
            return fail(ErrorCode::Conflict,
                        tr("The keychain already holds a signing key for publisher %1; replacing it makes "
                           "packages signed with it unverifiable by anyone who only knows the new one "
                           "(use --replace if that is what you want).")
                            .arg(publisher));
        if (existing.error().code != ErrorCode::NotFound)
            return std::unexpected(existing.error());
    }
    crypto::SecretKey key = crypto::SecretKey::generate();
    if (auto stored = m_store.write(name, encode(publisher, key)); !stored)
        return std::unexpected(stored.error());
    return key.publicKey();
}

Result<crypto::SecretKey> DeveloperKeys::secretKey(const QString& publisher) const
{
    if (publisher.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say which publisher's key to use."));
    const auto bytes = m_store.read(secrets::keys::developerKey(publisher));
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound,
                        tr("The keychain holds no signing key for publisher %1; create one with "
                           "\"modmarket-cli keygen --publisher %1 --register\".")
                            .arg(publisher));
        return std::unexpected(bytes.error());
    }
    const auto json =
        crypto::JsonFields::parseObject(*bytes, tr("developer key of %1").arg(publisher), 64 * 1024);
    if (!json)
        return std::unexpected(json.error());
    const crypto::JsonFields fields(*json, tr("developer key of %1").arg(publisher));
    if (auto ok = fields.constant(u"format"_s, format); !ok)
        return std::unexpected(ok.error());
    const auto secret = fields.base64(u"secret"_s, crypto::SecretKey::size);
    if (!secret)
        return std::unexpected(secret.error());
    return crypto::SecretKey::fromBytes(*secret);
}

Result<crypto::PublicKey> DeveloperKeys::publicKey(const QString& publisher) const
{
    const auto key = secretKey(publisher);
    if (!key)
        return std::unexpected(key.error());
    return key->publicKey();
}

} // namespace mm::publish
