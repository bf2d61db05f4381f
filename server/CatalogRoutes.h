#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogQuery.h"
#include "core/catalog/PublisherReputation.h"
#include "server/LicenseRecords.h"
#include "server/MarketplaceKeys.h"

#include <QHash>

#include <chrono>
#include <functional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {

class ApiRouter;

// The read side of the catalog API: lists, search, a module's page, categories, icons and the
// export clients sync from. Every answer comes from core's CatalogReader, the same queries the
// app runs on its cache.
class CatalogRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::CatalogRoutes)

public:
    CatalogRoutes(catalog::CatalogDatabase& database, const MarketplaceKeys& keys, LicenseRecords& licenses,
                  std::chrono::seconds catalogValidity);
    void registerOn(ApiRouter& router);

    // Each publisher's reputation for the current catalog version (server/reviews); the export's
    // publishers and a module's publisher_info carry it.
    using ReputationSource = std::function<Result<QHash<QString, catalog::PublisherReputation>>()>;
    void setReputationSource(ReputationSource source) { m_reputation = std::move(source); }

    // Query parameters -> CatalogQuery; a bad parameter is an InvalidInput error naming it.
    static Result<catalog::CatalogQuery> queryFrom(const QHttpServerRequest& request, bool withText);

private:
    QHttpServerResponse list(const QHttpServerRequest& request, bool withText) const;
    QHttpServerResponse module(const QString& id) const;
    QHttpServerResponse icon(const QString& id) const;
    QHttpServerResponse categories() const;
    QHttpServerResponse exportCatalog(const QHttpServerRequest& request) const;
    QHttpServerResponse health() const;
    QHttpServerResponse keyList() const;

    catalog::CatalogDatabase& m_database;
    const MarketplaceKeys& m_keys;
    LicenseRecords& m_licenses;
    std::chrono::seconds m_catalogValidity;
    ReputationSource m_reputation;
};

} // namespace mm::server
