#include "core/validation/CatalogLookup.h"

#include "core/catalog/CatalogReader.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::validation {

CatalogLookup::CatalogLookup(std::unique_ptr<catalog::CatalogDatabase> database)
    : m_database(std::move(database))
{}

Result<std::unique_ptr<CatalogLookup>> CatalogLookup::open(const QString& path)
{
    // CatalogDatabase::open would create an empty catalog where there is none.
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound, tr("The catalog %1 does not exist.").arg(path));
    auto database = catalog::CatalogDatabase::open(path);
    if (!database)
        return std::unexpected(database.error());
    // Reads only: a validation must never change the catalog it checks against.
    QSqlQuery(u"PRAGMA query_only = ON"_s, (*database)->db());
    return std::make_unique<CatalogLookup>(std::move(*database));
}

std::optional<catalog::ModuleRecord> CatalogLookup::module(const QString& id)
{
    if (const auto it = m_cache.constFind(id); it != m_cache.cend())
        return *it;
    const catalog::CatalogReader reader(*m_database);
    auto record = reader.module(id);
    std::optional<catalog::ModuleRecord> found;
    if (record)
        found = std::move(*record);
    m_cache.insert(id, found);
    return found;
}

} // namespace mm::validation
