#include "server/DemoSeed.h"

#include "core/catalog/CatalogSnapshot.h"
#include "core/catalog/CatalogWriter.h"
#include "server/DemoPackages.h"

#include <QFile>
#include <QJsonDocument>

namespace mm::server {

Result<QByteArray> DemoSeed::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > catalog::CatalogSnapshot::maxDocumentBytes)
        return fail(ErrorCode::InvalidInput, tr("%1 is larger than 512 MiB").arg(path));
    return file.readAll();
}

Result<qint64> DemoSeed::publish(catalog::CatalogDatabase& database, const QByteArray& document,
                                 const QString& source)
{
    auto snapshot = catalog::CatalogSnapshot::parseSeed(document);
    if (!snapshot)
        return fail(snapshot.error().code, tr("%1: %2").arg(source, snapshot.error().message));
    return catalog::CatalogWriter(database, std::nullopt).publish(*snapshot);
}

Result<qint64> DemoSeed::importFile(catalog::CatalogDatabase& database, const QString& path)
{
    const auto document = read(path);
    if (!document)
        return std::unexpected(document.error());
    return publish(database, *document, path);
}

Result<qint64> DemoSeed::importDemo(catalog::CatalogDatabase& database, const DemoPackages& packages)
{
    const QString path = QString::fromLatin1(demoResource);
    const auto document = read(path);
    if (!document)
        return std::unexpected(document.error());
    const auto seed = packages.build(QJsonDocument::fromJson(*document).object());
    if (!seed)
        return std::unexpected(seed.error());
    return publish(database, QJsonDocument(*seed).toJson(QJsonDocument::Compact), path);
}

} // namespace mm::server
