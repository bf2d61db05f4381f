#pragma once

#include "core/catalog/ModuleRecord.h"
#include "core/pricing/Pricing.h"

#include <optional>

namespace mm::catalog {

enum class SortKey
{
    Relevance,
    Installs,
    Rating,
    Newest,
    Name,
    Price
};

QString sortKeyName(SortKey key); // "relevance", "installs", "rating", "newest", "name", "price"
std::optional<SortKey> sortKeyFromName(QStringView name);

// What a user asks of the catalog: the search field, the filters and the sort order.
struct CatalogQuery
{
    QString text;
    QString category;
    QString tag;
    std::optional<pricing::PricingModel> pricing;
    bool compatibleOnly = false;
    SortKey sort = SortKey::Relevance;
    int offset = 0;
    int limit = 50;

    friend bool operator==(const CatalogQuery&, const CatalogQuery&) = default;
};

// One card's worth of a module: what lists show without parsing the whole document.
struct ModuleSummary
{
    QString id;
    QString name;
    QString summary;
    QString category;
    QString publisherName;
    bool publisherVerified = false;
    QString latestVersion;
    QString compatibleVersion; // newest version this host can run; empty when none
    QString icon;
    pricing::Pricing pricing;
    int ratingX100 = 0;
    qint64 ratingCount = 0;
    qint64 installs = 0;
    QDateTime updated;
};

struct CatalogPage
{
    QList<ModuleSummary> items;
    bool hasMore = false;
};

} // namespace mm::catalog
