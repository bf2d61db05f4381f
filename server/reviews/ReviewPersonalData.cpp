#include "server/reviews/ReviewPersonalData.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

ReviewPersonalData::ReviewPersonalData(ReviewRecords& records, ReviewVotes& votes, ReviewReports& reports)
    : m_records(records)
    , m_votes(votes)
    , m_reports(reports)
{}

QString ReviewPersonalData::section() const
{
    return u"reviews"_s;
}

Result<QJsonValue> ReviewPersonalData::exportFor(const QString& userId) const
{
    const auto reviews = m_records.byUser(userId);
    if (!reviews)
        return std::unexpected(reviews.error());
    const auto votes = m_votes.byUser(userId);
    if (!votes)
        return std::unexpected(votes.error());
    const auto reports = m_reports.byUser(userId);
    if (!reports)
        return std::unexpected(reports.error());
    QJsonArray written;
    for (const Review& r : *reviews)
        written.append(QJsonObject{{u"id"_s, r.id},
                                   {u"module"_s, r.module},
                                   {u"tenant"_s, r.tenant},
                                   {u"rating"_s, r.rating},
                                   {u"text"_s, r.text},
                                   {u"author"_s, r.authorName},
                                   {u"created"_s, r.created.toString(Qt::ISODate)},
                                   {u"updated"_s, r.updated.toString(Qt::ISODate)},
                                   {u"hidden"_s, r.hidden}});
    return QJsonObject{{u"reviews"_s, written}, {u"helpful_votes"_s, *votes}, {u"reports"_s, *reports}};
}

Result<void> ReviewPersonalData::eraseFor(const QString& userId)
{
    if (auto ok = m_records.anonymise(userId, QString::fromLatin1(formerUser)); !ok)
        return ok;
    if (auto ok = m_votes.eraseUser(userId); !ok)
        return ok;
    return m_reports.eraseUser(userId);
}

} // namespace mm::server::reviews
