#include "server/reviews/ReviewJson.h"

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

ReviewJson::ReviewJson(const ReviewVotes& votes, const ReviewReports& reports, const ReviewReplies& replies)
    : m_votes(votes)
    , m_reports(reports)
    , m_replies(replies)
{}

QJsonObject ReviewJson::reply(const ReviewReply& reply)
{
    return {{u"text"_s, reply.text},
            {u"created"_s, reply.created.toString(Qt::ISODate)},
            {u"updated"_s, reply.updated.toString(Qt::ISODate)}};
}

Result<QJsonObject> ReviewJson::item(const Review& review, const accounts::Caller& caller) const
{
    const auto helpful = m_votes.count(review.id);
    if (!helpful)
        return std::unexpected(helpful.error());
    const bool signedIn = !caller.isAnonymous();
    auto voted = signedIn ? m_votes.has(review.id, caller.userId) : Result<bool>(false);
    if (!voted)
        return std::unexpected(voted.error());
    const auto answer = m_replies.find(review.id);
    if (!answer)
        return std::unexpected(answer.error());
    QJsonObject json{
        {u"id"_s, review.id},
        {u"module"_s, review.module},
        {u"author"_s, review.authorName},
        {u"rating"_s, review.rating},
        {u"text"_s, review.text},
        {u"created"_s, review.created.toString(Qt::ISODate)},
        {u"updated"_s, review.updated.toString(Qt::ISODate)},
        {u"helpful"_s, *helpful},
        {u"reply"_s, *answer ? QJsonValue(reply(**answer)) : QJsonValue(QJsonValue::Null)},
        {u"mine"_s, signedIn && review.userId == caller.userId},
        {u"voted"_s, *voted},
    };
    if (caller.mayModerate()) {
        const auto reports = m_reports.openCount(review.id);
        if (!reports)
            return std::unexpected(reports.error());
        const auto reasons = m_reports.openReasons(review.id);
        if (!reasons)
            return std::unexpected(reasons.error());
        json.insert(u"hidden"_s, review.hidden);
        json.insert(u"hidden_reason"_s, review.hiddenReason);
        json.insert(u"reports"_s, *reports);
        json.insert(u"report_reasons"_s, *reasons);
    }
    return json;
}

} // namespace mm::server::reviews
