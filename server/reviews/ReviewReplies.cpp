#include "server/reviews/ReviewReplies.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

ReviewReplies::ReviewReplies(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> ReviewReplies::createSchema()
{
    QSqlQuery q(m_database.db());
    q.prepare(u"CREATE TABLE IF NOT EXISTS review_replies (review TEXT PRIMARY KEY, publisher TEXT NOT NULL,"
              " text TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL)"_s);
    return catalog::CatalogDatabase::exec(q, tr("creating the review replies"));
}

Result<ReviewReply> ReviewReplies::put(const QString& review, const QString& publisher, const QString& text)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO review_replies(review, publisher, text, created, updated) VALUES (?, ?, ?, ?, ?)"
              " ON CONFLICT(review) DO UPDATE SET text = excluded.text, updated = excluded.updated"_s);
    q.addBindValue(review);
    q.addBindValue(publisher);
    q.addBindValue(text);
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("saving the reply to %1").arg(review)); !ok)
        return std::unexpected(ok.error());
    auto stored = find(review);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(ErrorCode::Storage, tr("The reply to %1 was not saved.").arg(review));
    return **stored;
}

Result<std::optional<ReviewReply>> ReviewReplies::find(const QString& review) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT publisher, text, created, updated FROM review_replies WHERE review = ?"_s);
    q.addBindValue(review);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the reply to %1").arg(review)); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<ReviewReply>();
    return std::optional(ReviewReply{review, q.value(0).toString(), q.value(1).toString(),
                                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                                     QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
}

Result<void> ReviewReplies::removeReview(const QString& review)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM review_replies WHERE review = ?"_s);
    q.addBindValue(review);
    return catalog::CatalogDatabase::exec(q, tr("deleting the reply to %1").arg(review));
}

} // namespace mm::server::reviews
