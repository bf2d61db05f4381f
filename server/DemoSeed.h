#pragma once

#include "core/catalog/CatalogDatabase.h"

namespace mm::server {

class DemoPackages;

// Publishes a seed file (categories, publishers, modules; see docs/catalog-format.md) as one new
// catalog version. The demo catalog is such a file, compiled into modmarketd; its versions are
// first made into real signed packages.
class DemoSeed
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::DemoSeed)

public:
    static constexpr auto demoResource = ":/demo/catalog.json";

    static Result<qint64> importFile(catalog::CatalogDatabase& database, const QString& path);
    static Result<qint64> importDemo(catalog::CatalogDatabase& database, const DemoPackages& packages);

private:
    static Result<QByteArray> read(const QString& path);
    static Result<qint64> publish(catalog::CatalogDatabase& database, const QByteArray& document,
                                  const QString& source);
};

} // namespace mm::server
