#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogQuery.h"

namespace mm::catalog {

// Chooses how a text search is answered so that a page costs milliseconds at any catalog size
// (docs/search.md). bm25 has to score every match before it can return the best, which is cheap
// for a selective query and costs ~2 µs a row for a common word. So:
// - up to `exactLimit` matches: every match is ranked by bm25 (name weighted highest);
// - more than that: modules whose name matches come first, then the other matches, each tier in
//   popularity order, which FTS5 streams and stops after the page.
// Other sort orders than relevance read all matches and sort them exactly.
class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::TextSearch)

public:
    static constexpr int exactLimit = 1000;

    explicit TextSearch(CatalogDatabase& database);

    // Row ids of the page (offset, limit + 1 rows so that the caller can tell whether more exist),
    // in display order. `match` is the FTS5 expression from toFtsMatch().
    Result<QList<qint64>> pageRowids(const CatalogQuery& query, const QString& match) const;

private:
    Result<QList<qint64>> rowids(const QString& sql, const QVariantList& binds) const;

    CatalogDatabase& m_database;
};

// SQL conditions on modules (aliased m) for the query's filters, with their bind values.
struct FilterClause
{
    QString sql; // " AND ..." or empty
    QVariantList binds;
    static FilterClause from(const CatalogQuery& query);
};

QString sortOrderSql(SortKey sort); // ORDER BY terms on modules m, never relevance

} // namespace mm::catalog
