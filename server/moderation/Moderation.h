#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/MarketplaceKeys.h"
#include "server/PackageStore.h"
#include "server/moderation/ApprovalPublisher.h"
#include "server/moderation/DecisionRoutes.h"
#include "server/moderation/ModerationPersonalData.h"
#include "server/moderation/ModerationQueue.h"
#include "server/moderation/ModerationRoutes.h"
#include "server/moderation/SubmissionReview.h"
#include "server/moderation/TakedownPublisher.h"
#include "server/moderation/TakedownRecords.h"
#include "server/submissions/PublisherKeyRecords.h"
#include "server/submissions/SubmissionRecords.h"
#include "server/submissions/SubmissionStore.h"

namespace mm::server {
class ApiRouter;
}

namespace mm::server::moderation {

// Everything modmarketd does for moderators (docs/moderation.md): the queue with risk, the review
// of one submission with its diff, claims, decisions that countersign and publish, and takedowns.
// It works on the same tables and folders as submissions::Submissions, through records of its own.
class Moderation
{
public:
    Moderation(catalog::CatalogDatabase& database, const QString& dataDir, PackageStore& packages,
               const MarketplaceKeys& keys);

    Result<void> createSchema();
    void registerOn(ApiRouter& router);
    accounts::PersonalData& personalData() { return m_personalData; }

private:
    submissions::SubmissionRecords m_records;
    submissions::SubmissionStore m_store;
    submissions::PublisherKeyRecords m_publisherKeys;
    TakedownRecords m_takedowns;
    ModerationQueue m_queue;
    SubmissionReview m_review;
    ApprovalPublisher m_publisher;
    TakedownPublisher m_takedownPublisher;
    ModerationRoutes m_routes;
    DecisionRoutes m_decisions;
    ModerationPersonalData m_personalData;
};

} // namespace mm::server::moderation
