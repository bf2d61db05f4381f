#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogQuery.h"
#include "core/catalog/CatalogSnapshot.h"

namespace mm::catalog {

// Reads a CatalogDatabase: search pages, counts, a module's whole record, categories, and the
// export the server hands to clients. The app's cache and the server run these same queries.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::CatalogReader)

public:
    explicit CatalogReader(CatalogDatabase& database);

    Result<CatalogPage> search(const CatalogQuery& query) const;
    Result<qint64> count(const CatalogQuery& query) const;
    Result<ModuleRecord> module(const QString& id) const;
    Result<QList<Category>> categories() const; // with module counts
    Result<QList<Publisher>> publishers() const;
    // The publisher with this id; one the catalog does not list comes back named by its id.
    Publisher publisher(const QString& id) const;
    // Everything when since is 0 or ahead of the store, otherwise the changes after `since`.
    Result<CatalogSnapshot> exportSince(qint64 since) const;

private:
    CatalogDatabase& m_database;
};

} // namespace mm::catalog
