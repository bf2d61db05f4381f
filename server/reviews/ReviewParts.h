#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/audit/AuditLog.h"
#include "server/reviews/RatingPublisher.h"
#include "server/reviews/ReviewJson.h"
#include "server/reviews/ReviewRecords.h"
#include "server/reviews/ReviewReplies.h"
#include "server/reviews/ReviewReports.h"
#include "server/reviews/ReviewVotes.h"

namespace mm::server::reviews {

// What the review routes work with, owned by the Reviews facade.
struct ReviewParts
{
    catalog::CatalogDatabase& database;
    ReviewRecords& records;
    ReviewVotes& votes;
    ReviewReports& reports;
    ReviewReplies& replies;
    RatingPublisher& rating;
    const ReviewJson& json;
    audit::AuditLog& audit;
};

} // namespace mm::server::reviews
