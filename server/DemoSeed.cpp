#include "server/DemoSeed.h"

#include "core/catalog/CatalogSnapshot.h"
#include "core/catalog/CatalogWriter.h"

#include <QFile>

namespace mm::server {

Result<qint64> DemoSeed::importFile(catalog::CatalogDatabase& database, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > catalog::CatalogSnapshot::maxDocumentBytes)
        return fail(ErrorCode::InvalidInput, tr("%1 is larger than 512 MiB").arg(path));
    auto snapshot = catalog::CatalogSnapshot::parseSeed(file.readAll());
    if (!snapshot)
        return fail(snapshot.error().code, tr("%1: %2").arg(path, snapshot.error().message));
    return catalog::CatalogWriter(database, std::nullopt).publish(*snapshot);
}

} // namespace mm::server
