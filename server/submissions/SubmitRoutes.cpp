#include "server/submissions/SubmitRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/semver/Version.h"
#include "core/trust/PackageSignatures.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/audit/AuditLog.h"
#include "server/billing/DatabaseTransaction.h"
#include "server/submissions/SubmissionJson.h"

#include <QUuid>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

SubmitRoutes::SubmitRoutes(catalog::CatalogDatabase& database, UploadRecords& uploads,
                           PublisherKeyRecords& keys, SubmissionRecords& records, SubmissionStore& store,
                           ValidationQueue& queue)
    : m_database(database)
    , m_uploads(uploads)
    , m_keys(keys)
    , m_records(records)
    , m_store(store)
    , m_queue(queue)
{}

void SubmitRoutes::registerOn(ApiRouter& router)
{
    m_audit = router.audit();
    router.route(u"/api/marketplace/modules/submit"_s, QHttpServerRequest::Method::Post,
                 ApiRouter::Access::developer(),
                 [this](const accounts::Caller& caller, const QHttpServerRequest& request) {
                     return submit(caller, request);
                 });
}

Result<trust::PackageClaim> SubmitRoutes::verifiedClaim(const QByteArray& envelopeJson, const Upload& upload)
{
    // The claim is read before any signature is checked only to learn whose keys to check with;
    // nothing of it is used until PackageSignatures::verify has accepted it.
    const auto envelope = crypto::SignedEnvelope::parse(envelopeJson);
    if (!envelope)
        return fail(ErrorCode::InvalidInput,
                    tr("\"signatures\" is not a signature envelope: %1").arg(envelope.error().message));
    const auto unverified = trust::PackageClaim::fromPayload(envelope->payload());
    if (!unverified)
        return fail(ErrorCode::InvalidInput,
                    tr("\"signatures\" does not hold a package claim: %1").arg(unverified.error().message));
    if (unverified->sha256 != upload.sha256 || unverified->size != upload.size)
        return fail(ErrorCode::Verification,
                    tr("The signature is for a package of %1 bytes with SHA-256 %2; the "
                       "upload has %3 bytes with SHA-256 %4.")
                        .arg(unverified->size)
                        .arg(unverified->sha256)
                        .arg(upload.size)
                        .arg(upload.sha256));
    const auto keys = m_keys.keysOf(unverified->publisher);
    if (!keys)
        return std::unexpected(keys.error());
    if (keys->isEmpty())
        return fail(ErrorCode::Forbidden,
                    tr("Publisher \"%1\" has no registered keys; register one with POST "
                       "/api/marketplace/publishers/%1/keys first.")
                        .arg(unverified->publisher));
    trust::PackageSignatures::Trust trust;
    trust.publisherKeys = *keys;
    trust.requireCountersignature = false; // the marketplace countersigns on approval
    auto claim = trust::PackageSignatures::verify(
        envelopeJson, {upload.sha256, upload.size, unverified->id, unverified->version}, trust);
    if (!claim)
        return fail(ErrorCode::Forbidden, claim.error().message);
    return claim;
}

Result<void> SubmitRoutes::checkModule(const trust::PackageClaim& claim)
{
    if (!catalog::isValidModuleId(claim.id))
        return fail(
            ErrorCode::InvalidInput,
            tr("The signature is for module id \"%1\", which is not a valid module id.").arg(claim.id));
    const auto version = semver::Version::parse(claim.version);
    if (!version)
        return fail(
            ErrorCode::InvalidInput,
            tr("The signature is for version \"%1\", which is not a semantic version.").arg(claim.version));
    const auto module = catalog::CatalogReader(m_database).module(claim.id);
    if (!module && module.error().code != ErrorCode::NotFound)
        return std::unexpected(module.error());
    if (module) {
        if (module->publisher != claim.publisher)
            return fail(ErrorCode::Forbidden, tr("Module %1 belongs to another publisher.").arg(claim.id));
        for (const auto& existing : module->versions)
            if (const auto parsed = semver::Version::parse(existing.version); parsed && *parsed == *version)
                return fail(ErrorCode::Conflict, tr("%1 %2 is already in the catalog; submit a new version.")
                                                     .arg(claim.id, claim.version));
    }
    const auto live = m_records.liveOf(claim.id);
    if (!live)
        return std::unexpected(live.error());
    for (const Submission& other : *live) {
        if (other.publisher != claim.publisher)
            return fail(ErrorCode::Forbidden,
                        tr("Module %1 is already submitted by another publisher.").arg(claim.id));
        if (const auto parsed = semver::Version::parse(other.version); parsed && *parsed == *version)
            return fail(ErrorCode::Conflict, tr("%1 %2 is already submitted (%3, %4).")
                                                 .arg(claim.id, claim.version, other.id, other.status));
    }
    return {};
}

QHttpServerResponse SubmitRoutes::submit(const accounts::Caller& caller, const QHttpServerRequest& request)
{
    const auto body = SubmissionJson::body(request);
    if (!body)
        return errorResponse(body.error());
    const QString uploadId = body->value(u"upload").toString();
    const QByteArray signatures = body->value(u"signatures").toString().toUtf8();
    if (uploadId.isEmpty() || signatures.isEmpty())
        return errorResponse(
            {ErrorCode::InvalidInput,
             tr("The body must name the \"upload\" and carry the \"signatures\" envelope.")});
    const auto found = m_uploads.findOwned(uploadId, caller.userId);
    if (!found)
        return errorResponse(found.error());
    const Upload& upload = *found;
    if (!upload.complete)
        return errorResponse({ErrorCode::Conflict, tr("Upload %1 has %2 of %3 bytes; finish it first.")
                                                       .arg(uploadId)
                                                       .arg(upload.received)
                                                       .arg(upload.size)});
    const auto claim = verifiedClaim(signatures, upload);
    if (!claim)
        return SubmissionJson::error(claim.error());
    if (claim->publisher != caller.publisher)
        return errorResponse(
            {ErrorCode::Forbidden, tr("The package is signed for publisher %1; you publish as %2.")
                                       .arg(claim->publisher, caller.publisher)});
    if (auto ok = checkModule(*claim); !ok)
        return SubmissionJson::error(ok.error());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Submission submission;
    submission.id = u"sub-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    submission.module = claim->id;
    submission.version = claim->version;
    submission.publisher = claim->publisher;
    submission.sha256 = upload.sha256;
    submission.size = upload.size;
    submission.status = Submission::queued.toString();
    submission.created = now;
    submission.updated = now;
    if (auto adopted = m_store.adopt(submission.id, m_uploads.filePath(upload.id), signatures); !adopted)
        return errorResponse(adopted.error());
    const auto recorded = billing::DatabaseTransaction::run(m_database, [&]() -> Result<void> {
        if (auto ok = m_records.insert(submission); !ok)
            return ok;
        return m_uploads.remove(upload.id);
    });
    if (!recorded) {
        m_store.giveBack(submission.id, m_uploads.filePath(upload.id));
        return errorResponse(recorded.error());
    }
    spdlog::info("submission {}: {} {} by {} queued", submission.id.toStdString(),
                 submission.module.toStdString(), submission.version.toStdString(),
                 submission.publisher.toStdString());
    if (m_audit)
        (void)m_audit->record(caller, u"submission.submit"_s, submission.id, audit::AuditEntry::Outcome::Ok,
                              {{u"module"_s, submission.module},
                               {u"version"_s, submission.version},
                               {u"publisher"_s, submission.publisher},
                               {u"sha256"_s, submission.sha256}});
    m_queue.enqueue(submission);
    return jsonResponse(submission.toJson(), QHttpServerResponse::StatusCode::Accepted);
}

} // namespace mm::server::submissions
