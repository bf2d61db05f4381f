#include "server/reviews/ReviewVotes.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

ReviewVotes::ReviewVotes(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> ReviewVotes::createSchema()
{
    for (const auto& statement :
         {u"CREATE TABLE IF NOT EXISTS review_votes (review TEXT NOT NULL, user_id TEXT NOT NULL,"
          " at TEXT NOT NULL, UNIQUE (review, user_id))"_s,
          u"CREATE INDEX IF NOT EXISTS review_votes_user ON review_votes(user_id)"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(statement);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the review votes")); !ok)
            return ok;
    }
    return {};
}

Result<void> ReviewVotes::set(const QString& review, const QString& userId, bool helpful)
{
    QSqlQuery q(m_database.db());
    if (helpful) {
        q.prepare(u"INSERT OR IGNORE INTO review_votes(review, user_id, at) VALUES (?, ?, ?)"_s);
        q.addBindValue(review);
        q.addBindValue(userId);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    } else {
        q.prepare(u"DELETE FROM review_votes WHERE review = ? AND user_id = ?"_s);
        q.addBindValue(review);
        q.addBindValue(userId);
    }
    return catalog::CatalogDatabase::exec(q, tr("saving a vote on %1").arg(review));
}

Result<qint64> ReviewVotes::count(const QString& review) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT count(*) FROM review_votes WHERE review = ?"_s);
    q.addBindValue(review);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("counting the votes on %1").arg(review)); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> ReviewVotes::has(const QString& review, const QString& userId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT 1 FROM review_votes WHERE review = ? AND user_id = ?"_s);
    q.addBindValue(review);
    q.addBindValue(userId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the votes on %1").arg(review)); !ok)
        return std::unexpected(ok.error());
    return q.next();
}

Result<void> ReviewVotes::removeReview(const QString& review)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM review_votes WHERE review = ?"_s);
    q.addBindValue(review);
    return catalog::CatalogDatabase::exec(q, tr("deleting the votes on %1").arg(review));
}

Result<QJsonArray> ReviewVotes::byUser(const QString& userId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT review, at FROM review_votes WHERE user_id = ? ORDER BY at, review"_s);
    q.addBindValue(userId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading a user's votes")); !ok)
        return std::unexpected(ok.error());
    QJsonArray votes;
    while (q.next())
        votes.append(QJsonObject{{u"review"_s, q.value(0).toString()}, {u"at"_s, q.value(1).toString()}});
    return votes;
}

Result<void> ReviewVotes::eraseUser(const QString& userId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM review_votes WHERE user_id = ?"_s);
    q.addBindValue(userId);
    return catalog::CatalogDatabase::exec(q, tr("deleting a user's votes"));
}

} // namespace mm::server::reviews
