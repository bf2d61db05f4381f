#include "core/package/Manifest.h"

#include "core/package/EntryPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::package {
namespace {

// The plugin path follows the rules of archive entry names, so it can only name a file that
// extraction could have put inside the module folder.
Result<QString> pluginPath(const QJsonObject& document)
{
    const QJsonValue value = document.value(u"plugin");
    if (value.isUndefined())
        return QString();
    auto refuse = [](const QString& why) {
        return fail(ErrorCode::Parse, Manifest::tr("module.json: \"plugin\": %1").arg(why));
    };
    if (!value.isString() || value.toString().isEmpty())
        return refuse(Manifest::tr("must be a non-empty string, the plugin's path inside the module folder"));
    const auto path = EntryPath::parse(value.toString().toUtf8(), ExtractLimits{});
    if (!path)
        return refuse(path.error().message);
    if (path->isRoot())
        return refuse(Manifest::tr("must name a file, not the module folder"));
    return path->path();
}

} // namespace

Result<Manifest> Manifest::parse(QByteArrayView json)
{
    if (json.size() > maxBytes)
        return fail(ErrorCode::Parse, tr("module.json is larger than %1 bytes").arg(maxBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse, tr("module.json is not valid JSON (at offset %1: %2)")
                                          .arg(QString::number(error.offset), error.errorString()));
    if (!document.isObject())
        return fail(ErrorCode::Parse, tr("module.json must hold a JSON object"));

    auto record = catalog::ModuleRecord::fromJson(document.object());
    if (!record)
        return fail(ErrorCode::Parse, tr("module.json: %1").arg(record.error().message));
    if (record->versions.size() != 1)
        return fail(ErrorCode::Parse,
                    tr("module.json: module \"%1\": \"versions\" must list exactly one version, the one "
                       "packaged (it lists %2)")
                        .arg(record->id, QString::number(record->versions.size())));
    // fromJson has already checked that the version parses.
    const auto version = semver::Version::parse(record->versions.front().version);
    if (!version)
        return fail(ErrorCode::Parse,
                    tr("module.json: \"versions[0].version\": %1").arg(version.error().message()));

    auto plugin = pluginPath(document.object());
    if (!plugin)
        return std::unexpected(plugin.error());

    Manifest manifest;
    manifest.id = record->id;
    manifest.version = *version;
    manifest.publisher = record->publisher;
    manifest.record = std::move(*record);
    manifest.plugin = std::move(*plugin);
    return manifest;
}

QJsonObject Manifest::toJson() const
{
    QJsonObject document = record.json;
    if (plugin.isEmpty())
        document.remove(u"plugin"_s);
    else
        document.insert(u"plugin"_s, plugin);
    return document;
}

Result<Manifest> Manifest::readFromFolder(const QString& dir)
{
    const QString path = QDir(dir).filePath(u"module.json"_s);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return fail(ErrorCode::NotFound, tr("%1 does not exist; every package needs one").arg(path));
    if (info.isSymLink() || !info.isFile())
        return fail(ErrorCode::InvalidInput, tr("%1 must be a regular file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, tr("Cannot read %1: %2").arg(path, file.errorString()));
    // One byte more than allowed tells a file at the cap from a larger one without reading it all.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(ErrorCode::Parse, tr("%1 is larger than %2 bytes").arg(path, QString::number(maxBytes)));
    auto manifest = parse(bytes);
    if (!manifest)
        return fail(manifest.error().code, tr("In %1: %2").arg(dir, manifest.error().message));
    return manifest;
}

} // namespace mm::package
