#include "server/moderation/ModerationRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/audit/AuditLog.h"
#include "server/billing/BillingTime.h"
#include "server/submissions/SubmissionJson.h"

using namespace Qt::StringLiterals;

namespace mm::server::moderation {

ModerationRoutes::ModerationRoutes(submissions::SubmissionRecords& records, ModerationQueue& queue,
                                   SubmissionReview& review)
    : m_records(records)
    , m_queue(queue)
    , m_review(review)
{}

void ModerationRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using accounts::Caller;
    m_audit = router.audit();
    const auto moderator = ApiRouter::Access::moderator();
    router.route(u"/api/marketplace/moderation/queue"_s, Method::Get, moderator,
                 [this](const Caller&, const QHttpServerRequest& request) { return queue(request); });
    router.route(u"/api/marketplace/moderation/submissions/<arg>"_s, Method::Get, moderator,
                 [this](const QString& id, const Caller&, const QHttpServerRequest&) { return detail(id); });
    router.route(u"/api/marketplace/moderation/submissions/<arg>/claim"_s, Method::Post, moderator,
                 [this](const QString& id, const Caller& caller, const QHttpServerRequest& request) {
                     return claim(id, caller, request);
                 });
}

Result<void> ModerationRoutes::checkClaim(const submissions::Submission& submission,
                                          const accounts::Caller& caller, const QDateTime& now)
{
    if (submission.claimedBy.isEmpty() || submission.claimedBy == caller.userId ||
        !submission.claimedAt.isValid() || submission.claimedAt.secsTo(now) >= claimSeconds)
        return {};
    return fail(ErrorCode::Conflict,
                tr("%1 claimed submission %2 at %3; claim it with \"force\" to take it over.")
                    .arg(submission.claimedEmail, submission.id, billing::isoUtc(submission.claimedAt)));
}

QHttpServerResponse ModerationRoutes::queue(const QHttpServerRequest& request)
{
    const auto filter = ModerationQueue::filterFrom(request.query());
    if (!filter)
        return errorResponse(filter.error());
    const auto items = m_queue.list(*filter, QDateTime::currentDateTimeUtc());
    if (!items)
        return errorResponse(items.error());
    return jsonResponse(*items);
}

QHttpServerResponse ModerationRoutes::detail(const QString& id)
{
    const auto submission = m_records.find(id);
    if (!submission)
        return errorResponse(submission.error());
    if (!*submission)
        return errorResponse({ErrorCode::NotFound, tr("There is no submission %1.").arg(id)});
    const auto review = m_review.build(**submission, QDateTime::currentDateTimeUtc());
    if (!review)
        return errorResponse(review.error());
    return jsonResponse(*review);
}

QHttpServerResponse ModerationRoutes::claim(const QString& id, const accounts::Caller& caller,
                                            const QHttpServerRequest& request)
{
    QJsonObject body;
    if (!request.body().trimmed().isEmpty()) {
        auto parsed = submissions::SubmissionJson::body(request);
        if (!parsed)
            return errorResponse(parsed.error());
        body = *parsed;
    }
    const QJsonValue force = body.value(u"force");
    if (!force.isUndefined() && !force.isBool())
        return errorResponse({ErrorCode::InvalidInput, tr("\"force\" must be true or false.")});
    const auto found = m_records.find(id);
    if (!found)
        return errorResponse(found.error());
    if (!*found)
        return errorResponse({ErrorCode::NotFound, tr("There is no submission %1.").arg(id)});
    const submissions::Submission& submission = **found;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto record = [&](audit::AuditEntry::Outcome outcome, QJsonObject detail) {
        if (m_audit)
            (void)m_audit->record(caller, u"submission.claim"_s, id, outcome, detail);
    };
    if (!submission.isLive() || submission.decidedAt.isValid()) {
        record(audit::AuditEntry::Outcome::Denied, {{u"status"_s, submission.status}});
        return errorResponse(
            {ErrorCode::Conflict,
             tr("Submission %1 is %2; there is nothing left to decide.").arg(id, submission.status)});
    }
    if (auto free = checkClaim(submission, caller, now); !free && !force.toBool()) {
        record(audit::AuditEntry::Outcome::Denied, {{u"claimed_by"_s, submission.claimedBy}});
        return errorResponse(free.error());
    }
    if (auto ok = m_records.setClaim(id, caller.userId, caller.email, now); !ok)
        return errorResponse(ok.error());
    QJsonObject detail{{u"force"_s, force.toBool()}};
    if (!submission.claimedBy.isEmpty() && submission.claimedBy != caller.userId)
        detail.insert(u"previous"_s, submission.claimedBy);
    record(audit::AuditEntry::Outcome::Ok, detail);
    const auto claimed = m_records.find(id);
    if (!claimed || !*claimed)
        return errorResponse(claimed ? Error{ErrorCode::NotFound, tr("There is no submission %1.").arg(id)}
                                     : claimed.error());
    return jsonResponse((*claimed)->toJson(true));
}

} // namespace mm::server::moderation
