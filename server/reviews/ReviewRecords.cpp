#include "server/reviews/ReviewRecords.h"

#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {
namespace {

const auto columns = u"id, module, user_id, tenant, rating, text, created, updated, hidden, hidden_reason,"
                     " author_name"_s;

Review fromRow(const QSqlQuery& q)
{
    Review r;
    r.id = q.value(0).toString();
    r.module = q.value(1).toString();
    r.userId = q.value(2).isNull() ? QString() : q.value(2).toString();
    r.tenant = q.value(3).toString();
    r.rating = q.value(4).toInt();
    r.text = q.value(5).toString();
    r.created = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    r.updated = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.hidden = q.value(8).toInt() != 0;
    r.hiddenReason = q.value(9).toString();
    r.authorName = q.value(10).toString();
    return r;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and mean "empty".
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value;
}

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ReviewRecords::ReviewRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> ReviewRecords::createSchema()
{
    for (const auto& statement :
         {u"CREATE TABLE IF NOT EXISTS reviews (id TEXT PRIMARY KEY, module TEXT NOT NULL, user_id TEXT,"
          " tenant TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5), text TEXT NOT NULL,"
          " created TEXT NOT NULL, updated TEXT NOT NULL, hidden INTEGER NOT NULL DEFAULT 0,"
          " hidden_reason TEXT NOT NULL DEFAULT '', author_name TEXT NOT NULL, UNIQUE (module, user_id))"_s,
          u"CREATE INDEX IF NOT EXISTS reviews_module ON reviews(module, created)"_s,
          u"CREATE INDEX IF NOT EXISTS reviews_user ON reviews(user_id)"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(statement);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the review records")); !ok)
            return ok;
    }
    return {};
}

Result<QList<Review>> ReviewRecords::select(const QString& where, const QVariantList& binds,
                                            const QString& tail) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM reviews r WHERE %2 %3"_s.arg(columns, where, tail));
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading reviews")); !ok)
        return std::unexpected(ok.error());
    QList<Review> result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

Result<std::optional<Review>> ReviewRecords::find(const QString& id) const
{
    auto rows = select(u"id = ?"_s, {id}, {});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->front());
}

Result<std::optional<Review>> ReviewRecords::mine(const QString& module, const QString& userId) const
{
    auto rows = select(u"module = ? AND user_id = ?"_s, {module, userId}, {});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->front());
}

Result<void> ReviewRecords::insert(const Review& r)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO reviews(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(columns));
    for (const QVariant& value :
         QVariantList{r.id, r.module, r.userId, r.tenant, r.rating, text(r.text), stamp(r.created),
                      stamp(r.updated), r.hidden ? 1 : 0, text(r.hiddenReason), text(r.authorName)})
        q.addBindValue(value);
    return catalog::CatalogDatabase::exec(q, tr("saving review %1").arg(r.id));
}

Result<void> ReviewRecords::update(const Review& r)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE reviews SET rating = ?, text = ?, updated = ?, author_name = ? WHERE id = ?"_s);
    for (const QVariant& value :
         QVariantList{r.rating, text(r.text), stamp(r.updated), text(r.authorName), r.id})
        q.addBindValue(value);
    return catalog::CatalogDatabase::exec(q, tr("saving review %1").arg(r.id));
}

Result<void> ReviewRecords::remove(const QString& id)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM reviews WHERE id = ?"_s);
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("deleting review %1").arg(id));
}

Result<void> ReviewRecords::setHidden(const QString& id, bool hidden, const QString& reason)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE reviews SET hidden = ?, hidden_reason = ? WHERE id = ?"_s);
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(hidden ? text(reason) : u""_s);
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("moderating review %1").arg(id));
}

Result<QList<Review>> ReviewRecords::list(const QString& module, Sort sort, bool withHidden, int offset,
                                          int limit) const
{
    const QString order = sort == Sort::Helpful
                              ? u"ORDER BY (SELECT count(*) FROM review_votes v WHERE v.review = r.id) DESC,"
                                " r.created DESC, r.id"_s
                              : u"ORDER BY r.created DESC, r.id"_s;
    return select(withHidden ? u"module = ?"_s : u"module = ? AND hidden = 0"_s, {module},
                  u"%1 LIMIT %2 OFFSET %3"_s.arg(order).arg(limit).arg(offset));
}

Result<qint64> ReviewRecords::count(const QString& module, bool withHidden) const
{
    QSqlQuery q(m_database.db());
    q.prepare(withHidden ? u"SELECT count(*) FROM reviews WHERE module = ?"_s
                         : u"SELECT count(*) FROM reviews WHERE module = ? AND hidden = 0"_s);
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("counting reviews")); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<Review>> ReviewRecords::byIds(const QStringList& ids) const
{
    if (ids.isEmpty())
        return QList<Review>();
    QVariantList binds;
    for (const QString& id : ids)
        binds.append(id);
    const QString marks = QStringList(ids.size(), u"?"_s).join(u", "_s);
    return select(u"id IN (%1)"_s.arg(marks), binds, u"ORDER BY r.created, r.id"_s);
}

Result<QStringList> ReviewRecords::hiddenIds() const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id FROM reviews WHERE hidden = 1 ORDER BY created, id"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading hidden reviews")); !ok)
        return std::unexpected(ok.error());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<catalog::RatingSummary> ReviewRecords::visibleHistogram(const QString& module) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT rating, count(*) FROM reviews WHERE module = ? AND hidden = 0 GROUP BY rating"_s);
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("counting the ratings of %1").arg(module)); !ok)
        return std::unexpected(ok.error());
    catalog::RatingSummary summary;
    while (q.next())
        if (const int stars = q.value(0).toInt(); stars >= 1 && stars <= 5)
            summary.histogram[std::size_t(stars - 1)] = q.value(1).toLongLong();
    return summary;
}

Result<QList<Review>> ReviewRecords::byUser(const QString& userId) const
{
    return select(u"user_id = ?"_s, {userId}, u"ORDER BY r.created, r.id"_s);
}

Result<void> ReviewRecords::anonymise(const QString& userId, const QString& authorName)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE reviews SET user_id = NULL, author_name = ? WHERE user_id = ?"_s);
    q.addBindValue(authorName);
    q.addBindValue(userId);
    return catalog::CatalogDatabase::exec(q, tr("anonymising the reviews of a deleted account"));
}

Result<bool> ReviewRecords::tenantInstalled(const QString& tenant, const QString& module) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT 1 FROM tenant_installs WHERE tenant = ? AND module = ?"_s);
    q.addBindValue(tenant);
    q.addBindValue(module);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the installs of %1").arg(tenant)); !ok)
        return std::unexpected(ok.error());
    return q.next();
}

QString ReviewRecords::userName(const QString& userId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT name FROM users WHERE id = ?"_s);
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace mm::server::reviews
