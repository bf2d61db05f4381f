#include "tests/install/SignedMarket.h"

#include "core/crypto/Sha256.h"
#include "core/package/PackageWriter.h"
#include "core/trust/KeyList.h"
#include "core/trust/PackageSignatures.h"
#include "tests/support/TestCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::test {
namespace {

bool write(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

SignedMarket::SignedMarket()
    : m_publisher(TestSigner::keyFromSeed('P'))
{}

QJsonObject SignedMarket::moduleJson(const ServedPackage& package) const
{
    QJsonObject module = TestCatalog::module(package.id, package.id.toUpper(), u"A test module."_s, {}, {});
    return module;
}

ServedPackage SignedMarket::pack(const QString& id, const QString& version, const QJsonObject& dependencies)
{
    ServedPackage served{id, version, {}, {}, {}, {}, -1};
    QJsonObject manifest = moduleJson(served);
    manifest.insert(u"versions"_s, QJsonArray{QJsonObject{{u"version"_s, version},
                                                          {u"released"_s, u"2025-02-01T00:00:00Z"_s},
                                                          {u"host"_s, u">=6.0.0 <7.0.0"_s},
                                                          {u"dependencies"_s, dependencies},
                                                          {u"size"_s, 0}}});
    const QString folder = m_work.filePath(id + u'-' + version);
    write(folder + u"/module.json"_s, QJsonDocument(manifest).toJson());
    write(folder + u"/README.md"_s, "# " + id.toUtf8() + ' ' + version.toUtf8() + '\n');
    write(folder + u"/lib/plugin.ini"_s, "id=" + id.toUtf8() + "\nversion=" + version.toUtf8() + '\n');
    const QString archive = folder + u".mmpkg"_s;
    const auto packed = package::PackageWriter::pack(folder, archive);
    Q_ASSERT(packed);
    QFile file(archive);
    file.open(QIODevice::ReadOnly);
    served.archive = file.readAll();
    served.sha256 = packed->sha256;
    served.signatures = sign(served, m_publisher, &m_signer.countersignKey());
    return served;
}

QByteArray SignedMarket::sign(const ServedPackage& package, const crypto::SecretKey& publisher,
                              const crypto::SecretKey* countersigner)
{
    const trust::PackageClaim claim{package.id, package.version, crypto::Sha256::hex(package.archive),
                                    package.archive.size(), u"acme"_s};
    const QByteArray signedByPublisher = trust::PackageSignatures::signAsPublisher(claim, publisher);
    return countersigner ? trust::PackageSignatures::countersign(signedByPublisher, *countersigner).value()
                         : signedByPublisher;
}

void SignedMarket::publish(qint64 catalogVersion, const QDateTime& expires, const QStringList& revokedKeys,
                           qint64 keyListVersion, const QStringList& keyListRevoked)
{
    QHash<QString, QJsonObject> modules;
    for (const auto& p : std::as_const(m_packages)) {
        QJsonObject module = modules.contains(p.id) ? modules.value(p.id) : moduleJson(p);
        QJsonArray versions = modules.contains(p.id) ? module.value(u"versions").toArray() : QJsonArray{};
        versions.prepend(
            QJsonObject{{u"version"_s, p.version},
                        {u"released"_s, u"2025-02-01T00:00:00Z"_s},
                        {u"host"_s, u">=6.0.0 <7.0.0"_s},
                        {u"size"_s, p.declaredSize >= 0 ? p.declaredSize : p.archive.size()},
                        {u"sha256"_s, p.declaredSha256.isEmpty() ? p.sha256 : p.declaredSha256}});
        module.insert(u"versions"_s, versions);
        modules.insert(p.id, module);
    }
    QJsonArray moduleArray;
    for (const auto& module : std::as_const(modules))
        moduleArray.append(module);
    const auto key = m_publisher.publicKey();
    const QJsonObject exportDoc{
        {u"format"_s, u"modmarket-catalog/1"_s},
        {u"catalog_version"_s, catalogVersion},
        {u"full"_s, true},
        {u"since"_s, 0},
        {u"generated"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, u"tools"_s}, {u"name"_s, u"Tools"_s}}}},
        {u"publishers"_s,
         QJsonArray{QJsonObject{
             {u"id"_s, u"acme"_s},
             {u"name"_s, u"Acme Widgets"_s},
             {u"verified"_s, true},
             {u"keys"_s, QJsonArray{QJsonObject{{u"id"_s, key.id()}, {u"public"_s, key.base64()}}}}}}},
        {u"modules"_s, moduleArray},
        {u"removed"_s, QJsonArray{}},
    };
    auto content = m_signer.keyListContent(keyListVersion);
    content.revoked = keyListRevoked;

    m_server.clearAnswersFor();
    // Signatures first: the archive's path is a prefix of its signatures' path.
    for (const auto& p : std::as_const(m_packages))
        m_server.setAnswerFor("/api/marketplace/packages/" + p.sha256.toLatin1() + "/signatures",
                              HostileServer::response(200, p.signatures));
    for (const auto& p : std::as_const(m_packages))
        m_server.setAnswerFor("/api/marketplace/packages/" + p.sha256.toLatin1(),
                              HostileServer::response(200, p.archive, -1, "application/octet-stream"));
    m_server.setAnswerFor("/api/marketplace/keys",
                          HostileServer::response(200, trust::KeyList::sign(content, m_signer.root())));
    m_server.setAnswerFor("/api/marketplace/catalog",
                          HostileServer::response(200, m_signer.signCatalog(QJsonDocument(exportDoc).toJson(
                                                                                QJsonDocument::Compact),
                                                                            expires, revokedKeys)));
    m_server.setAnswer(HostileServer::Mode::Reply, HostileServer::response(404, "{}"));
}

} // namespace mm::test
