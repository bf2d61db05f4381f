#pragma once

#include "server/accounts/Caller.h"
#include "server/moderation/ModerationQueue.h"
#include "server/moderation/SubmissionReview.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace mm::server {
class ApiRouter;
namespace audit {
class AuditLog;
}
} // namespace mm::server

namespace mm::server::moderation {

// The reading half of moderation, moderators and admins only: the queue, one submission's review
// and claiming a submission so two moderators do not work on the same one.
class ModerationRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::ModerationRoutes)

public:
    // Another moderator's claim is respected for this long; after it anyone may claim.
    static constexpr qint64 claimSeconds = 2 * 60 * 60;

    ModerationRoutes(submissions::SubmissionRecords& records, ModerationQueue& queue,
                     SubmissionReview& review);
    void registerOn(ApiRouter& router);

    // Forbidden-free check shared with the decisions: Conflict when someone else holds a fresh claim.
    static Result<void> checkClaim(const submissions::Submission& submission, const accounts::Caller& caller,
                                   const QDateTime& now);

private:
    QHttpServerResponse queue(const QHttpServerRequest& request);
    QHttpServerResponse detail(const QString& id);
    QHttpServerResponse claim(const QString& id, const accounts::Caller& caller,
                              const QHttpServerRequest& request);

    submissions::SubmissionRecords& m_records;
    ModerationQueue& m_queue;
    SubmissionReview& m_review;
    audit::AuditLog* m_audit = nullptr;
};

} // namespace mm::server::moderation
