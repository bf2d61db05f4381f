#include "server/reviews/ReviewReports.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

ReviewReports::ReviewReports(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> ReviewReports::createSchema()
{
    for (const auto& statement :
         {u"CREATE TABLE IF NOT EXISTS review_reports (review TEXT NOT NULL, user_id TEXT NOT NULL,"
          " reason TEXT NOT NULL, at TEXT NOT NULL, settled INTEGER NOT NULL DEFAULT 0,"
          " UNIQUE (review, user_id))"_s,
          u"CREATE INDEX IF NOT EXISTS review_reports_user ON review_reports(user_id)"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(statement);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the review reports")); !ok)
            return ok;
    }
    return {};
}

Result<void> ReviewReports::add(const QString& review, const QString& userId, const QString& reason)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO review_reports(review, user_id, reason, at) VALUES (?, ?, ?, ?)"
              " ON CONFLICT(review, user_id) DO UPDATE SET reason = excluded.reason, at = excluded.at,"
              " settled = 0"_s);
    q.addBindValue(review);
    q.addBindValue(userId);
    q.addBindValue(reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return catalog::CatalogDatabase::exec(q, tr("saving a report on %1").arg(review));
}

Result<qint64> ReviewReports::openCount(const QString& review) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT count(*) FROM review_reports WHERE review = ? AND settled = 0"_s);
    q.addBindValue(review);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("counting the reports on %1").arg(review)); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QJsonArray> ReviewReports::openReasons(const QString& review) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT reason, at FROM review_reports WHERE review = ? AND settled = 0 ORDER BY at"_s);
    q.addBindValue(review);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the reports on %1").arg(review)); !ok)
        return std::unexpected(ok.error());
    QJsonArray reasons;
    while (q.next())
        reasons.append(QJsonObject{{u"reason"_s, q.value(0).toString()}, {u"at"_s, q.value(1).toString()}});
    return reasons;
}

Result<QStringList> ReviewReports::reviewsWithOpenReports() const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT DISTINCT review FROM review_reports WHERE settled = 0"_s);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading the open reports")); !ok)
        return std::unexpected(ok.error());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<void> ReviewReports::settle(const QString& review)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE review_reports SET settled = 1 WHERE review = ?"_s);
    q.addBindValue(review);
    return catalog::CatalogDatabase::exec(q, tr("settling the reports on %1").arg(review));
}

Result<void> ReviewReports::removeReview(const QString& review)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM review_reports WHERE review = ?"_s);
    q.addBindValue(review);
    return catalog::CatalogDatabase::exec(q, tr("deleting the reports on %1").arg(review));
}

Result<QJsonArray> ReviewReports::byUser(const QString& userId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT review, reason, at FROM review_reports WHERE user_id = ? ORDER BY at, review"_s);
    q.addBindValue(userId);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading a user's reports")); !ok)
        return std::unexpected(ok.error());
    QJsonArray reports;
    while (q.next())
        reports.append(QJsonObject{{u"review"_s, q.value(0).toString()},
                                   {u"reason"_s, q.value(1).toString()},
                                   {u"at"_s, q.value(2).toString()}});
    return reports;
}

Result<void> ReviewReports::eraseUser(const QString& userId)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"DELETE FROM review_reports WHERE user_id = ?"_s);
    q.addBindValue(userId);
    return catalog::CatalogDatabase::exec(q, tr("deleting a user's reports"));
}

} // namespace mm::server::reviews
