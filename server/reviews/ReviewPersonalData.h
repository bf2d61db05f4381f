#pragma once

#include "server/accounts/PersonalData.h"
#include "server/reviews/ReviewRecords.h"
#include "server/reviews/ReviewReports.h"
#include "server/reviews/ReviewVotes.h"

#include <QCoreApplication>

namespace mm::server::reviews {

// The "reviews" part of a user's data (GET /me/export, DELETE /me): the user's reviews, helpful
// votes and reports. Erasing keeps the reviews, counted, under "Former user" without the link to
// the account (the rating stays as the catalog published it); votes and reports go.
class ReviewPersonalData : public accounts::PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewPersonalData)

public:
    static constexpr auto formerUser = "Former user";

    ReviewPersonalData(ReviewRecords& records, ReviewVotes& votes, ReviewReports& reports);

    QString section() const override;
    Result<QJsonValue> exportFor(const QString& userId) const override;
    // Runs inside the caller's transaction: starts none of its own.
    Result<void> eraseFor(const QString& userId) override;

private:
    ReviewRecords& m_records;
    ReviewVotes& m_votes;
    ReviewReports& m_reports;
};

} // namespace mm::server::reviews
