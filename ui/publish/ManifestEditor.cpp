#include "ui/publish/ManifestEditor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

QString manifestPath(const QString& folder)
{
    return QDir(folder).filePath(u"module.json"_s);
}

} // namespace

Result<QJsonObject> ManifestEditor::read(const QString& folder)
{
    QFile file(manifestPath(folder));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > package::Manifest::maxBytes)
        return fail(ErrorCode::Parse,
                    tr("%1 is larger than %2 bytes").arg(file.fileName()).arg(package::Manifest::maxBytes));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(ErrorCode::Parse,
                    tr("%1 is not a JSON object: %2").arg(file.fileName(), error.errorString()));
    return document.object();
}

Result<package::Manifest> ManifestEditor::write(const QString& folder, const QJsonObject& changes)
{
    auto document = read(folder);
    if (!document)
        return std::unexpected(document.error());
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            document->remove(it.key());
        else
            document->insert(it.key(), it.value());
    }
    const QByteArray bytes = QJsonDocument(*document).toJson(QJsonDocument::Indented);
    auto manifest = package::Manifest::parse(bytes);
    if (!manifest)
        return std::unexpected(manifest.error());
    QSaveFile file(manifestPath(folder));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return manifest;
}

} // namespace mm::ui
