#include "tests/server/PipelinePackage.h"

#include "core/crypto/Sha256.h"
#include "core/package/PackageWriter.h"
#include "core/trust/PackageSignatures.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mm::test {

QJsonObject PipelinePackage::manifest(const QString& id, const QString& version, const QString& publisher)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, u"Acme Notes"_s},
        {u"summary"_s, u"Sticky notes on every record, shared with the team."_s},
        {u"description"_s, u"Notes that stay with the record they are about."_s},
        {u"category"_s, u"ui"_s},
        {u"tags"_s, QJsonArray{u"notes"_s}},
        {u"publisher"_s, publisher},
        {u"icon"_s, u""_s},
        {u"homepage"_s, u""_s},
        {u"created"_s, u"2026-11-01T00:00:00Z"_s},
        {u"installs"_s, 0},
        {u"rating"_s, QJsonObject{{u"count"_s, 0}, {u"histogram"_s, QJsonArray{0, 0, 0, 0, 0}}}},
        {u"pricing"_s, QJsonObject{{u"model"_s, u"free"_s}}},
        {u"versions"_s, QJsonArray{QJsonObject{{u"version"_s, version},
                                               {u"released"_s, u"2026-11-01T00:00:00Z"_s},
                                               {u"host"_s, u"^6.0.0"_s},
                                               {u"dependencies"_s, QJsonObject{}},
                                               {u"entitlements"_s, QJsonArray{}},
                                               {u"size"_s, 0},
                                               {u"changelog"_s, u"- First release."_s}}}}};
}

void PipelinePackage::setVersionField(QJsonObject& manifest, const QString& key, const QJsonValue& value)
{
    QJsonArray versions = manifest.value(u"versions").toArray();
    QJsonObject first = versions.at(0).toObject();
    first.insert(key, value);
    versions.replace(0, first);
    manifest.insert(u"versions"_s, versions);
}

PipelinePackage PipelinePackage::pack(const QJsonObject& manifest, const QList<File>& files)
{
    QTemporaryDir work;
    const QString folder = work.filePath(u"module"_s);
    writeTestFile(folder + u"/module.json"_s, QJsonDocument(manifest).toJson());
    writeTestFile(folder + u"/README.md"_s, "# Acme Notes\n\nNotes on every record.\n");
    for (const File& file : files) {
        const QString path = folder + u'/' + file.path;
        writeTestFile(path, file.content);
        ::chmod(QFile::encodeName(path).constData(), mode_t(file.mode));
    }
    const QString archive = work.filePath(u"package.mmpkg"_s);
    const auto packed = package::PackageWriter::pack(folder, archive);
    if (!packed) {
        qWarning() << packed.error().message;
        return {};
    }
    return fromFile(archive);
}

PipelinePackage PipelinePackage::module(const QString& id, const QString& version, const QString& publisher,
                                        const QList<File>& files)
{
    return pack(manifest(id, version, publisher), files);
}

PipelinePackage PipelinePackage::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    PipelinePackage package;
    package.bytes = file.readAll();
    package.sha256 = crypto::Sha256::hex(package.bytes);
    package.size = package.bytes.size();
    return package;
}

QByteArray PipelinePackage::signedBy(const QString& id, const QString& version, const QString& publisher,
                                     const crypto::SecretKey& key) const
{
    return trust::PackageSignatures::signAsPublisher({id, version, sha256, size, publisher}, key);
}

bool writeTestFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace mm::test
