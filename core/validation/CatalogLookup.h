#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/ModuleRecord.h"

#include <QHash>

#include <memory>
#include <optional>

namespace mm::validation {

// The catalog the dependency and resolvability checks read: a connection of its own (so the
// pipeline's thread never shares one), records loaded on demand and kept for the run.
class CatalogLookup
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::CatalogLookup)

public:
    // Fails (Storage, NotFound) when the file is missing or is not a catalog database; an
    // existing file is never created or upgraded by a validation.
    static Result<std::unique_ptr<CatalogLookup>> open(const QString& path);

    // Nothing when the catalog lists no module of this id (or its record cannot be read).
    std::optional<catalog::ModuleRecord> module(const QString& id);

    explicit CatalogLookup(std::unique_ptr<catalog::CatalogDatabase> database);

private:
    std::unique_ptr<catalog::CatalogDatabase> m_database;
    QHash<QString, std::optional<catalog::ModuleRecord>> m_cache;
};

} // namespace mm::validation
