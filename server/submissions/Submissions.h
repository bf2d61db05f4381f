#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/submissions/AdvisoryRoutes.h"
#include "server/submissions/HostVersionsRoute.h"
#include "server/submissions/PipelineSettings.h"
#include "server/submissions/PublisherKeyRecords.h"
#include "server/submissions/PublisherKeyRoutes.h"
#include "server/submissions/SubmissionRecords.h"
#include "server/submissions/SubmissionRoutes.h"
#include "server/submissions/SubmissionStore.h"
#include "server/submissions/SubmitRoutes.h"
#include "server/submissions/UploadRecords.h"
#include "server/submissions/UploadRoutes.h"
#include "server/submissions/ValidationQueue.h"

namespace mm::server {
class ApiRouter;
}

namespace mm::server::submissions {

// Everything modmarketd does for developers who publish (docs/api.md, "Publishing"): publisher
// keys, resumable uploads, submissions and the validation queue, the advisory feed and the host
// versions. Submissions stay out of the catalog and the package store until approved.
class Submissions
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::Submissions)

public:
    Submissions(catalog::CatalogDatabase& database, const QString& dataDir, qint64 maxPackageBytes,
                PipelineSettings settings);

    Result<void> createSchema();
    // Queues the submissions the last run left unfinished.
    Result<void> start();
    void registerOn(ApiRouter& router);

    // The demo's advisory feed, written to DATA/advisories.json unless a feed is already there.
    static Result<void> seedDemoAdvisories(const QString& dataDir);

private:
    SubmissionRecords m_records;
    UploadRecords m_uploads;
    PublisherKeyRecords m_keys;
    SubmissionStore m_store;
    ValidationQueue m_queue;
    UploadRoutes m_uploadRoutes;
    PublisherKeyRoutes m_keyRoutes;
    SubmitRoutes m_submitRoutes;
    SubmissionRoutes m_submissionRoutes;
    AdvisoryRoutes m_advisoryRoutes;
    HostVersionsRoute m_hostsRoute;
};

} // namespace mm::server::submissions
