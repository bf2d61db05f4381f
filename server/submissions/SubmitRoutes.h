#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/trust/PackageClaim.h"
#include "server/accounts/Caller.h"
#include "server/submissions/PublisherKeyRecords.h"
#include "server/submissions/SubmissionRecords.h"
#include "server/submissions/SubmissionStore.h"
#include "server/submissions/UploadRecords.h"
#include "server/submissions/ValidationQueue.h"

#include <QHttpServerResponse>

namespace mm::server {
class ApiRouter;
}
class QHttpServerRequest;

namespace mm::server::audit {
class AuditLog;
}

namespace mm::server::submissions {

// POST /api/marketplace/modules/submit: turns a complete upload and its publisher signature into a
// queued submission. Everything that can be checked without opening the package is checked here,
// in the request; the package itself is validated later, by the queue. Developers only: the upload
// must be the caller's and the package signed for the caller's publisher.
class SubmitRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::SubmitRoutes)

public:
    SubmitRoutes(catalog::CatalogDatabase& database, UploadRecords& uploads, PublisherKeyRecords& keys,
                 SubmissionRecords& records, SubmissionStore& store, ValidationQueue& queue);
    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse submit(const accounts::Caller& caller, const QHttpServerRequest& request);
    // The claim of a publisher-signed envelope whose signature verifies with a registered key of
    // the claimed publisher and that is for exactly the uploaded bytes.
    Result<trust::PackageClaim> verifiedClaim(const QByteArray& envelope, const Upload& upload);
    // Refuses a version the catalog or a live submission already has, and a module id that
    // belongs to another publisher.
    Result<void> checkModule(const trust::PackageClaim& claim);

    catalog::CatalogDatabase& m_database;
    UploadRecords& m_uploads;
    PublisherKeyRecords& m_keys;
    SubmissionRecords& m_records;
    SubmissionStore& m_store;
    ValidationQueue& m_queue;
    audit::AuditLog* m_audit = nullptr;
};

} // namespace mm::server::submissions
