#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/PublisherReputation.h"
#include "server/audit/AuditLog.h"
#include "server/reviews/RatingPublisher.h"
#include "server/reviews/Reputation.h"
#include "server/reviews/ReviewJson.h"
#include "server/reviews/ReviewModerationRoutes.h"
#include "server/reviews/ReviewPersonalData.h"
#include "server/reviews/ReviewRecords.h"
#include "server/reviews/ReviewReplies.h"
#include "server/reviews/ReviewReports.h"
#include "server/reviews/ReviewRoutes.h"
#include "server/reviews/ReviewVotes.h"

#include <QHash>

namespace mm::server {
class ApiRouter;
}

namespace mm::server::reviews {

// Reviews, ratings and publisher reputation on modmarketd (docs/reviews.md) behind one object:
// its tables, its routes, its part of a user's personal data and the reputation the catalog
// export and the module page show.
class Reviews
{
public:
    Reviews(catalog::CatalogDatabase& database, audit::AuditLog& audit);

    Result<void> createSchema();
    void registerOn(ApiRouter& router);

    // Demo seeding: the seed's rating histograms become the imported ratings.
    Result<void> importSeedRatings() { return m_rating.importAll(); }
    accounts::PersonalData& personalData() { return m_personalData; }
    // Every catalog publisher's reputation, frozen for the current catalog version.
    Result<QHash<QString, catalog::PublisherReputation>> reputations()
    {
        return m_reputation.forCatalogVersion();
    }

private:
    catalog::CatalogDatabase& m_database;
    ReviewRecords m_records;
    ReviewVotes m_votes;
    ReviewReports m_reports;
    ReviewReplies m_replies;
    RatingPublisher m_rating;
    Reputation m_reputation;
    ReviewJson m_json;
    ReviewRoutes m_routes;
    ReviewModerationRoutes m_moderationRoutes;
    ReviewPersonalData m_personalData;
};

} // namespace mm::server::reviews
