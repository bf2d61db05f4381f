#include "server/DemoPackages.h"

#include "core/crypto/KeyFile.h"
#include "core/package/PackageWriter.h"
#include "core/trust/PackageSignatures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <map>

using namespace Qt::StringLiterals;

namespace mm::server {
namespace {

Result<void> writeFile(const QString& path, const QByteArray& content, bool executable = false)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) ||
        file.write(content) != content.size())
        return fail(ErrorCode::Storage,
                    DemoPackages::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return {};
}

Result<crypto::SecretKey> publisherKey(const QString& dataDir, const QString& publisher)
{
    const QString path = QDir(dataDir).filePath(u"keys/publishers/"_s + publisher + u".key"_s);
    if (QFile::exists(path)) {
        auto stored = crypto::KeyFile::readSecret(path);
        if (!stored)
            return std::unexpected(stored.error());
        return std::move(stored->key);
    }
    if (!QDir().mkpath(QFileInfo(path).path()))
        return fail(ErrorCode::Storage, DemoPackages::tr("Cannot create %1").arg(QFileInfo(path).path()));
    auto key = crypto::SecretKey::generate();
    if (auto written = crypto::KeyFile::writeSecret(path, key, u"publisher"_s); !written)
        return std::unexpected(written.error());
    return key;
}

} // namespace

DemoPackages::DemoPackages(QString dataDir, PackageStore& store, const MarketplaceKeys& keys,
                           QString pluginsDir)
    : m_dataDir(std::move(dataDir))
    , m_store(store)
    , m_keys(keys)
    , m_pluginsDir(std::move(pluginsDir))
{}

Result<QMap<QString, QString>> DemoPackages::pluginFiles(const QJsonArray& modules) const
{
    QMap<QString, QString> files;
    if (m_pluginsDir.isEmpty())
        return files;
    const QDir root(m_pluginsDir);
    if (!root.exists())
        return fail(ErrorCode::NotFound, tr("--demo-plugins: there is no folder %1").arg(m_pluginsDir));
    QSet<QString> ids;
    for (const QJsonValue& module : modules)
        ids.insert(module.toObject().value(u"id").toString());
    for (const QString& id : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!ids.contains(id))
            return fail(ErrorCode::InvalidInput,
                        tr("--demo-plugins: %1 names no module of the demo catalog").arg(root.filePath(id)));
        const QFileInfoList found = QDir(root.filePath(id)).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
        if (found.size() != 1)
            return fail(ErrorCode::InvalidInput,
                        tr("--demo-plugins: %1 must hold exactly one plugin file, not %2")
                            .arg(root.filePath(id))
                            .arg(found.size()));
        files.insert(id, found.front().absoluteFilePath());
    }
    return files;
}

Result<void> DemoPackages::writeModuleFiles(const QString& folder, const QJsonObject& module,
                                            const QJsonObject& version)
{
    const QString id = module.value(u"id").toString();
    const QByteArray versionText = version.value(u"version").toString().toUtf8();
    if (auto ok = writeFile(folder + u"/README.md"_s, module.value(u"description").toString().toUtf8()); !ok)
        return ok;
    if (auto ok = writeFile(folder + u"/CHANGELOG.md"_s, version.value(u"changelog").toString().toUtf8());
        !ok)
        return ok;
    // What a host would load: an entry description and a small tool, executable.
    const QByteArray entry = "[module]\nid=" + id.toUtf8() + "\nversion=" + versionText + "\nentry=plugin/" +
                             id.toUtf8() + ".qml\n";
    if (auto ok = writeFile(folder + u"/plugin/"_s + id + u".ini"_s, entry); !ok)
        return ok;
    const QByteArray qml = "import QtQuick\nItem { objectName: \"" + id.toUtf8() +
                           "\"; property string version: \"" + versionText + "\" }\n";
    if (auto ok = writeFile(folder + u"/plugin/"_s + id + u".qml"_s, qml); !ok)
        return ok;
    const QByteArray tool = "#!/bin/sh\necho \"" + id.toUtf8() + " " + versionText + "\"\n";
    return writeFile(folder + u"/bin/"_s + id + u"-info"_s, tool, true);
}

Result<QJsonObject> DemoPackages::packVersion(const QJsonObject& module, QJsonObject version,
                                              const crypto::SecretKey& publisherKey,
                                              const QString& plugin) const
{
    QTemporaryDir work(QDir(m_dataDir).filePath(u"demo-pack-XXXXXX"_s));
    if (!work.isValid())
        return fail(ErrorCode::Storage, tr("Cannot create a work folder in %1").arg(m_dataDir));
    QJsonObject manifest = module;
    version.remove(u"sha256"_s);
    version.insert(u"size"_s, 0); // a package cannot state its own size; the catalog does
    manifest.insert(u"versions"_s, QJsonArray{version});
    const QString folder = work.filePath(u"module"_s);
    if (auto ok = writeModuleFiles(folder, module, version); !ok)
        return std::unexpected(ok.error());
    if (!plugin.isEmpty()) {
        const QString inside = u"lib/"_s + QFileInfo(plugin).fileName();
        if (!QDir().mkpath(folder + u"/lib"_s) || !QFile::copy(plugin, folder + u'/' + inside))
            return fail(ErrorCode::Storage, tr("Cannot copy the plugin %1 into a demo package").arg(plugin));
        manifest.insert(u"plugin"_s, inside);
    }
    if (auto ok = writeFile(folder + u"/module.json"_s, QJsonDocument(manifest).toJson()); !ok)
        return std::unexpected(ok.error());
    const QString archive = work.filePath(u"package.mmpkg"_s);
    const auto packed = package::PackageWriter::pack(folder, archive);
    if (!packed)
        return std::unexpected(packed.error());
    const trust::PackageClaim claim{module.value(u"id").toString(), version.value(u"version").toString(),
                                    packed->sha256, packed->size, module.value(u"publisher").toString()};
    const auto signatures =
        trust::PackageSignatures::countersign(trust::PackageSignatures::signAsPublisher(claim, publisherKey),
                                              m_keys.signingKey(trust::KeyRole::Countersign));
    if (!signatures)
        return std::unexpected(signatures.error());
    if (auto stored = m_store.add(archive, *signatures); !stored)
        return std::unexpected(stored.error());
    version.insert(u"sha256"_s, packed->sha256);
    version.insert(u"size"_s, packed->size);
    return version;
}

Result<QJsonObject> DemoPackages::build(QJsonObject seed) const
{
    std::map<QString, crypto::SecretKey> keys;
    QJsonArray publishers = seed.value(u"publishers").toArray();
    for (qsizetype i = 0; i < publishers.size(); ++i) {
        QJsonObject publisher = publishers[i].toObject();
        const QString id = publisher.value(u"id").toString();
        auto key = publisherKey(m_dataDir, id);
        if (!key)
            return std::unexpected(key.error());
        const auto pub = key->publicKey();
        publisher.insert(u"keys"_s,
                         QJsonArray{QJsonObject{{u"id"_s, pub.id()}, {u"public"_s, pub.base64()}}});
        publishers[i] = publisher;
        keys.emplace(id, std::move(*key));
    }
    seed.insert(u"publishers"_s, publishers);

    QJsonArray modules = seed.value(u"modules").toArray();
    const auto plugins = pluginFiles(modules);
    if (!plugins)
        return std::unexpected(plugins.error());
    for (qsizetype i = 0; i < modules.size(); ++i) {
        QJsonObject module = modules[i].toObject();
        const auto key = keys.find(module.value(u"publisher").toString());
        if (key == keys.end())
            return fail(ErrorCode::Parse,
                        tr("Demo module %1 names an unknown publisher").arg(module.value(u"id").toString()));
        QJsonArray versions = module.value(u"versions").toArray();
        for (qsizetype v = 0; v < versions.size(); ++v) {
            auto packed = packVersion(module, versions[v].toObject(), key->second,
                                      plugins->value(module.value(u"id").toString()));
            if (!packed)
                return std::unexpected(packed.error());
            versions[v] = *packed;
        }
        module.insert(u"versions"_s, versions);
        modules[i] = module;
    }
    seed.insert(u"modules"_s, modules);
    return seed;
}

} // namespace mm::server
