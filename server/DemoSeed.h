#pragma once

#include "core/catalog/CatalogDatabase.h"

namespace mm::server {

// Publishes a seed file (categories, publishers, modules; see docs/catalog-format.md) as one new
// catalog version. The demo catalog is such a file, compiled into modmarketd.
class DemoSeed
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::DemoSeed)

public:
    static constexpr auto demoResource = ":/demo/catalog.json";

    static Result<qint64> importFile(catalog::CatalogDatabase& database, const QString& path);
};

} // namespace mm::server
