#include "core/catalog/TextSearch.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

const auto ftsJoin = u"module_fts JOIN modules m ON m.rowid = module_fts.rowid"_s;

} // namespace

FilterClause FilterClause::from(const CatalogQuery& query)
{
    FilterClause f;
    if (!query.category.isEmpty()) {
        f.sql += u" AND m.category = ?"_s;
        f.binds << query.category;
    }
    if (!query.tag.isEmpty()) {
        f.sql += u" AND m.rowid IN (SELECT module_rowid FROM module_tags WHERE tag = ?)"_s;
        f.binds << query.tag;
    }
    if (query.pricing) {
        f.sql += u" AND m.pricing_model = ?"_s;
        f.binds << pricing::modelName(*query.pricing);
    }
    if (query.compatibleOnly)
        f.sql += u" AND m.compatible_version <> ''"_s;
    return f;
}

QString sortOrderSql(SortKey sort)
{
    switch (sort) {
    case SortKey::Relevance:
    case SortKey::Installs:
        return u"m.installs DESC, m.id"_s;
    case SortKey::Rating:
        return u"m.rating_x100 DESC, m.rating_count DESC, m.id"_s;
    case SortKey::Newest:
        return u"m.updated DESC, m.id"_s;
    case SortKey::Name:
        return u"m.name COLLATE NOCASE, m.id"_s;
    case SortKey::Price:
        return u"m.price_minor, m.id"_s;
    }
    return u"m.id"_s;
}

TextSearch::TextSearch(CatalogDatabase& database)
    : m_database(database)
{}

Result<QList<qint64>> TextSearch::rowids(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (auto ok = CatalogDatabase::exec(q, tr("searching")); !ok)
        return std::unexpected(ok.error());
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

Result<QList<qint64>> TextSearch::pageRowids(const CatalogQuery& query, const QString& match) const
{
    const FilterClause filters = FilterClause::from(query);
    const int wanted = query.offset + query.limit + 1;
    auto binds = [&](QVariantList tail) {
        QVariantList all{match};
        all << filters.binds << tail;
        return all;
    };

    // One streamed read, in row id (popularity) order, tells whether the query is selective and
    // is already the second tier of a broad one.
    const auto stream = rowids(u"SELECT m.rowid FROM "_s + ftsJoin + u" WHERE module_fts MATCH ?"_s +
                                   filters.sql + u" ORDER BY module_fts.rowid LIMIT ?"_s,
                               binds({std::max(wanted, exactLimit + 1)}));
    if (!stream)
        return stream;

    if (stream->size() <= exactLimit) {
        // Among relevant modules, the ones that run on this host come first.
        const QString order = query.sort == SortKey::Relevance
                                  ? u"m.compatible_version = '', module_fts.rank, m.installs DESC, m.id"_s
                                  : sortOrderSql(query.sort);
        return rowids(u"SELECT m.rowid FROM "_s + ftsJoin + u" WHERE module_fts MATCH ?"_s + filters.sql +
                          u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s,
                      binds({query.limit + 1, query.offset}));
    }

    if (query.sort != SortKey::Relevance)
        return rowids(u"SELECT m.rowid FROM modules m WHERE m.rowid IN "
                      "(SELECT rowid FROM module_fts WHERE module_fts MATCH ?)"_s +
                          filters.sql + u" ORDER BY "_s + sortOrderSql(query.sort) + u" LIMIT ? OFFSET ?"_s,
                      binds({query.limit + 1, query.offset}));

    // Broad query: name matches first, then every other match, each in row id order. Taking
    // `wanted` rows from each tier and skipping repeats yields the first `wanted` rows of the merged
    // order: the second tier can only repeat rows already taken, so while fewer than `wanted` are
    // taken its repeats cannot crowd out a row of the page.
    const auto names =
        rowids(u"SELECT m.rowid FROM module_name_fts JOIN modules m ON m.rowid = module_name_fts.rowid"
               " WHERE module_name_fts MATCH ?"_s +
                   filters.sql + u" ORDER BY module_name_fts.rowid LIMIT ?"_s,
               binds({wanted}));
    if (!names)
        return names;
    QList<qint64> merged;
    QSet<qint64> seen;
    for (const QList<qint64>* tier : {&*names, &*stream})
        for (qint64 rowid : *tier)
            if (merged.size() < wanted && !seen.contains(rowid)) {
                seen.insert(rowid);
                merged.append(rowid);
            }
    return merged.mid(query.offset);
}

} // namespace mm::catalog
