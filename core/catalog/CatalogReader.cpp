#include "core/catalog/CatalogReader.h"

#include "core/catalog/FtsQuery.h"
#include "core/catalog/TextSearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

// The column holds what CatalogWriter wrote after the snapshot parser had checked it.
QList<PublisherKey> storedKeys(const QString& json)
{
    QList<PublisherKey> keys;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        keys.append({o.value(u"id").toString(), o.value(u"public").toString()});
    }
    return keys;
}

// Empty when the catalog had none (servers that predate reviews, or the server's own store).
std::optional<PublisherReputation> storedReputation(const QString& json, const QString& publisher)
{
    if (json.isEmpty())
        return std::nullopt;
    const auto parsed =
        PublisherReputation::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), publisher);
    return parsed ? *parsed : std::nullopt;
}

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (const QVariant& value : binds)
        q.addBindValue(value);
}

} // namespace

CatalogReader::CatalogReader(CatalogDatabase& database)
    : m_database(database)
{}

Result<CatalogPage> CatalogReader::search(const CatalogQuery& query) const
{
    if (query.limit < 1 || query.limit > 1000 || query.offset < 0 || query.offset > 10'000'000)
        return fail(ErrorCode::InvalidInput,
                    tr("A page holds 1 to 1000 modules and starts at offset 0 or later."));
    static const QString columns =
        u"SELECT m.rowid, m.id, m.name, m.summary, m.category, p.name, p.verified,"
        " m.latest_version, m.compatible_version, m.icon, m.pricing, m.rating_x100,"
        " m.rating_count, m.installs, m.updated"
        " FROM modules m LEFT JOIN publishers p ON p.id = m.publisher"_s;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    QList<qint64> order; // display order of a text search, by row id
    const QString match = toFtsMatch(query.text);
    if (match.isEmpty()) {
        const FilterClause filters = FilterClause::from(query);
        q.prepare(columns + u" WHERE 1"_s + filters.sql + u" ORDER BY "_s + sortOrderSql(query.sort) +
                  u" LIMIT ? OFFSET ?"_s);
        bindAll(q, filters.binds);
        q.addBindValue(query.limit + 1); // one more tells whether another page exists
        q.addBindValue(query.offset);
    } else {
        auto rowids = TextSearch(m_database).pageRowids(query, match);
        if (!rowids)
            return std::unexpected(rowids.error());
        order = std::move(*rowids);
        QStringList rowidTexts;
        for (qint64 rowid : order)
            rowidTexts << QString::number(rowid); // integers from SQLite itself, safe to inline
        q.prepare(columns + u" WHERE m.rowid IN ("_s + rowidTexts.join(u',') + u')');
    }
    if (auto ok = CatalogDatabase::exec(q, tr("searching")); !ok)
        return std::unexpected(ok.error());

    QHash<qint64, ModuleSummary> byRowid;
    QList<ModuleSummary> rows;
    while (q.next()) {
        ModuleSummary m;
        m.id = q.value(1).toString();
        m.name = q.value(2).toString();
        m.summary = q.value(3).toString();
        m.category = q.value(4).toString();
        m.publisherName = q.value(5).toString();
        m.publisherVerified = q.value(6).toInt() != 0;
        m.latestVersion = q.value(7).toString();
        m.compatibleVersion = q.value(8).toString();
        m.icon = q.value(9).toString();
        m.pricing =
            pricing::Pricing::fromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object())
                .value_or(pricing::Pricing{});
        m.ratingX100 = q.value(11).toInt();
        m.ratingCount = q.value(12).toLongLong();
        m.installs = q.value(13).toLongLong();
        m.updated = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
        if (match.isEmpty())
            rows.append(std::move(m));
        else
            byRowid.insert(q.value(0).toLongLong(), std::move(m));
    }
    for (qint64 rowid : order)
        if (auto it = byRowid.find(rowid); it != byRowid.end())
            rows.append(std::move(*it));

    CatalogPage page;
    page.hasMore = rows.size() > query.limit;
    if (page.hasMore)
        rows.resize(query.limit);
    page.items = std::move(rows);
    return page;
}

Result<qint64> CatalogReader::count(const CatalogQuery& query) const
{
    const FilterClause filters = FilterClause::from(query);
    const QString match = toFtsMatch(query.text);
    QSqlQuery q(m_database.db());
    if (match.isEmpty()) {
        q.prepare(u"SELECT count(*) FROM modules m WHERE 1"_s + filters.sql);
    } else {
        q.prepare(u"SELECT count(*) FROM module_fts JOIN modules m ON m.rowid = module_fts.rowid"
                  " WHERE module_fts MATCH ?"_s +
                  filters.sql);
        q.addBindValue(match);
    }
    bindAll(q, filters.binds);
    if (auto ok = CatalogDatabase::exec(q, tr("counting modules")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<ModuleRecord> CatalogReader::module(const QString& id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT doc FROM modules WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = CatalogDatabase::exec(q, tr("reading module %1").arg(id)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, tr("No module \"%1\" in the catalog.").arg(id));
    return ModuleRecord::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Result<QList<Category>> CatalogReader::categories() const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT c.id, c.name, c.description, (SELECT count(*) FROM modules m WHERE m.category = c.id)"
              " FROM categories c ORDER BY c.position"_s);
    if (auto ok = CatalogDatabase::exec(q, tr("reading categories")); !ok)
        return std::unexpected(ok.error());
    QList<Category> result;
    while (q.next())
        result.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return result;
}

Result<QList<Publisher>> CatalogReader::publishers() const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id, name, verified, keys, reputation FROM publishers ORDER BY id"_s);
    if (auto ok = CatalogDatabase::exec(q, tr("reading publishers")); !ok)
        return std::unexpected(ok.error());
    QList<Publisher> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                       storedKeys(q.value(3).toString()),
                       storedReputation(q.value(4).toString(), q.value(0).toString())});
    return result;
}

Publisher CatalogReader::publisher(const QString& id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT name, verified, keys, reputation FROM publishers WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return {id, q.value(0).toString(), q.value(1).toInt() != 0, storedKeys(q.value(2).toString()),
                storedReputation(q.value(3).toString(), id)};
    return {id, id, false, {}, std::nullopt};
}

Result<CatalogSnapshot> CatalogReader::exportSince(qint64 since) const
{
    CatalogSnapshot snapshot;
    snapshot.catalogVersion = m_database.catalogVersion();
    snapshot.full = since <= 0 || since > snapshot.catalogVersion;
    snapshot.since = snapshot.full ? 0 : since;
    auto categoryList = categories();
    auto publisherList = publishers();
    if (!categoryList || !publisherList)
        return std::unexpected(categoryList ? publisherList.error() : categoryList.error());
    snapshot.categories = std::move(*categoryList);
    snapshot.publishers = std::move(*publisherList);

    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT doc FROM modules WHERE revision > ? ORDER BY id"_s);
    q.addBindValue(snapshot.since);
    if (auto ok = CatalogDatabase::exec(q, tr("exporting the catalog")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        auto module =
            ModuleRecord::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (!module)
            return std::unexpected(module.error());
        snapshot.modules.append(std::move(*module));
    }
    if (!snapshot.full) {
        QSqlQuery removed(m_database.db());
        removed.prepare(u"SELECT id FROM tombstones WHERE revision > ? ORDER BY id"_s);
        removed.addBindValue(snapshot.since);
        if (auto ok = CatalogDatabase::exec(removed, tr("exporting removals")); !ok)
            return std::unexpected(ok.error());
        while (removed.next())
            snapshot.removed.append(removed.value(0).toString());
    }
    return snapshot;
}

} // namespace mm::catalog
