#include "server/MarketplaceKeys.h"

#include "core/crypto/KeyFile.h"
#include "core/trust/KeyList.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server {
namespace {

constexpr auto keyListFile = "keylist.json";
const QList<trust::KeyRole> allRoles{trust::KeyRole::Catalog, trust::KeyRole::Countersign,
                                     trust::KeyRole::License};

} // namespace

MarketplaceKeys::MarketplaceKeys(QString dir)
    : m_dir(std::move(dir))
{}

Result<MarketplaceKeys> MarketplaceKeys::open(const QString& dataDir)
{
    MarketplaceKeys keys(QDir(dataDir).filePath(u"keys"_s));
    if (!QFile::exists(QDir(keys.m_dir).filePath(u"root.key"_s)))
        return fail(ErrorCode::NotFound,
                    tr("%1 has no marketplace keys yet; run \"modmarketd keys init --data %2\"")
                        .arg(keys.m_dir, dataDir));
    if (auto loaded = keys.load(); !loaded)
        return std::unexpected(loaded.error());
    return keys;
}

Result<MarketplaceKeys> MarketplaceKeys::openOrCreate(const QString& dataDir)
{
    MarketplaceKeys keys(QDir(dataDir).filePath(u"keys"_s));
    const bool exists = QFile::exists(QDir(keys.m_dir).filePath(u"root.key"_s));
    if (auto ready = exists ? keys.load() : keys.create(); !ready)
        return std::unexpected(ready.error());
    return keys;
}

Result<void> MarketplaceKeys::create()
{
    if (!QDir().mkpath(m_dir) ||
        !QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(ErrorCode::Storage, tr("Cannot create the key folder %1").arg(m_dir));
    auto root = crypto::SecretKey::generate();
    if (auto written = crypto::KeyFile::writeSecret(QDir(m_dir).filePath(u"root.key"_s), root, u"root"_s);
        !written)
        return written;
    m_content.root = root.publicKey();
    m_root.emplace(std::move(root));
    for (const auto role : allRoles)
        if (auto added = addKey(role); !added)
            return added;
    spdlog::info("created marketplace keys in {}; root fingerprint {}", m_dir.toStdString(),
                 rootFingerprint().toStdString());
    return publish();
}

Result<void> MarketplaceKeys::load()
{
    auto root = crypto::KeyFile::readSecret(QDir(m_dir).filePath(u"root.key"_s));
    if (!root)
        return std::unexpected(root.error());
    m_root.emplace(std::move(root->key));
    QFile file(QDir(m_dir).filePath(QLatin1StringView(keyListFile)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    m_envelope = file.readAll();
    // Our own file, but checked like any client would: it must be signed by our root.
    auto list = trust::KeyList::verify(m_envelope, rootFingerprint());
    if (!list)
        return fail(ErrorCode::Storage, tr("%1: %2").arg(file.fileName(), list.error().message));
    m_content = list->content();
    for (const auto& key : std::as_const(m_content.keys)) {
        const QString path = QDir(m_dir).filePath(trust::keyRoleName(key.role) + u'-' + key.id + u".key"_s);
        auto secret = crypto::KeyFile::readSecret(path);
        if (!secret)
            return std::unexpected(secret.error());
        m_secrets.emplace(key.id, std::move(secret->key));
    }
    return {};
}

Result<void> MarketplaceKeys::addKey(trust::KeyRole role)
{
    auto key = crypto::SecretKey::generate();
    const QString path = QDir(m_dir).filePath(trust::keyRoleName(role) + u'-' + key.id() + u".key"_s);
    if (auto written = crypto::KeyFile::writeSecret(path, key, trust::keyRoleName(role)); !written)
        return written;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_content.keys.append({key.id(), role, key.publicKey(), now.addDays(validityDays)});
    m_secrets.emplace(key.id(), std::move(key));
    return {};
}

Result<void> MarketplaceKeys::publish()
{
    m_content.version += 1;
    m_content.issued = QDateTime::currentDateTimeUtc();
    m_envelope = trust::KeyList::sign(m_content, *m_root);
    QSaveFile file(QDir(m_dir).filePath(QLatin1StringView(keyListFile)));
    if (!file.open(QIODevice::WriteOnly) || file.write(m_envelope) != m_envelope.size() || !file.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

Result<void> MarketplaceKeys::rotate(const QList<trust::KeyRole>& roles)
{
    for (const auto role : roles.isEmpty() ? allRoles : roles)
        if (auto added = addKey(role); !added)
            return added;
    return publish();
}

Result<void> MarketplaceKeys::revoke(const QString& keyId)
{
    const bool listed = std::any_of(m_content.keys.cbegin(), m_content.keys.cend(),
                                    [&](const trust::TrustedKey& key) { return key.id == keyId; });
    if (!listed && keyId.size() != 16)
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a key id (16 hex digits)").arg(keyId));
    if (m_content.revoked.contains(keyId))
        return {};
    m_content.revoked.append(keyId);
    // A revoked signing key must not stay the one that signs.
    for (const auto role : allRoles) {
        const auto& current = signingKey(role);
        if (current.id() == keyId)
            if (auto added = addKey(role); !added)
                return added;
    }
    return publish();
}

QString MarketplaceKeys::rootFingerprint() const
{
    return m_root->publicKey().fingerprint();
}

const crypto::SecretKey& MarketplaceKeys::signingKey(trust::KeyRole role) const
{
    // Keys are appended as they are made, so the last one of the role that is not revoked is the newest.
    for (auto it = m_content.keys.crbegin(); it != m_content.keys.crend(); ++it)
        if (it->role == role && !m_content.revoked.contains(it->id))
            return m_secrets.at(it->id);
    qFatal("the key list has no usable key of a role; create() and revoke() always add one");
}

} // namespace mm::server
