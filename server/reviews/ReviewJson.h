#pragma once

#include "server/accounts/Caller.h"
#include "server/reviews/Review.h"
#include "server/reviews/ReviewReplies.h"
#include "server/reviews/ReviewReports.h"
#include "server/reviews/ReviewVotes.h"

#include <QJsonObject>

namespace mm::server::reviews {

// A review as the API shows it to one caller: the helpful count, the publisher's reply, whether it
// is the caller's own and whether the caller voted; moderators also see hiding and open reports.
class ReviewJson
{
public:
    ReviewJson(const ReviewVotes& votes, const ReviewReports& reports, const ReviewReplies& replies);

    Result<QJsonObject> item(const Review& review, const accounts::Caller& caller) const;
    static QJsonObject reply(const ReviewReply& reply);

private:
    const ReviewVotes& m_votes;
    const ReviewReports& m_reports;
    const ReviewReplies& m_replies;
};

} // namespace mm::server::reviews
