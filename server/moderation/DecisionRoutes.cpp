#include "server/moderation/DecisionRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/audit/AuditLog.h"
#include "server/moderation/ModerationRoutes.h"
#include "server/submissions/SubmissionJson.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::moderation {

DecisionRoutes::DecisionRoutes(submissions::SubmissionRecords& records, ApprovalPublisher& publisher,
                               TakedownPublisher& takedowns)
    : m_records(records)
    , m_publisher(publisher)
    , m_takedowns(takedowns)
{}

void DecisionRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using accounts::Caller;
    using Submission = submissions::Submission;
    m_audit = router.audit();
    const auto moderator = ApiRouter::Access::moderator();
    router.route(u"/api/marketplace/moderation/submissions/<arg>/approve"_s, Method::Post, moderator,
                 [this](const QString& id, const Caller& caller, const QHttpServerRequest& request) {
                     return approve(id, caller, request);
                 });
    router.route(u"/api/marketplace/moderation/submissions/<arg>/reject"_s, Method::Post, moderator,
                 [this](const QString& id, const Caller& caller, const QHttpServerRequest& request) {
                     return refuse(id, Submission::declined, caller, request);
                 });
    router.route(u"/api/marketplace/moderation/submissions/<arg>/request-changes"_s, Method::Post, moderator,
                 [this](const QString& id, const Caller& caller, const QHttpServerRequest& request) {
                     return refuse(id, Submission::changesRequested, caller, request);
                 });
    router.route(
        u"/api/marketplace/moderation/modules/<arg>/versions/<arg>/takedown"_s, Method::Post, moderator,
        [this](const QString& module, const QString& version, const Caller& caller,
               const QHttpServerRequest& request) { return takedown(module, version, caller, request); });
}

void DecisionRoutes::audit(const accounts::Caller& caller, const QString& action, const QString& target,
                           bool ok, const QJsonObject& detail) const
{
    if (m_audit)
        (void)m_audit->record(caller, action, target,
                              ok ? audit::AuditEntry::Outcome::Ok : audit::AuditEntry::Outcome::Denied,
                              detail);
}

Result<QString> DecisionRoutes::reasonFrom(const QHttpServerRequest& request, const QString& field,
                                           bool required)
{
    QJsonObject body;
    if (required || !request.body().trimmed().isEmpty()) {
        auto parsed = submissions::SubmissionJson::body(request);
        if (!parsed)
            return std::unexpected(parsed.error());
        body = *parsed;
    }
    const QJsonValue value = body.value(field);
    if (value.isUndefined() && !required)
        return QString();
    const QString text = value.toString().trimmed();
    if (!value.isString() || (required && text.isEmpty()) || text.size() > maxReasonLength)
        return fail(
            ErrorCode::InvalidInput,
            required ? tr("\"%1\" is required: a text of 1 to %2 characters the developer will read.")
                           .arg(field)
                           .arg(maxReasonLength)
                     : tr("\"%1\" must be a text of at most %2 characters.").arg(field).arg(maxReasonLength));
    return text;
}

Result<submissions::Submission> DecisionRoutes::decidable(const QString& id, const accounts::Caller& caller,
                                                          const QDateTime& now)
{
    const auto found = m_records.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no submission %1.").arg(id));
    if (!(*found)->awaitsDecision())
        return fail(ErrorCode::Conflict,
                    tr("Submission %1 is %2; only passed or flagged submissions can be decided.")
                        .arg(id, (*found)->status));
    if (auto free = ModerationRoutes::checkClaim(**found, caller, now); !free)
        return std::unexpected(free.error());
    return **found;
}

QHttpServerResponse DecisionRoutes::approve(const QString& id, const accounts::Caller& caller,
                                            const QHttpServerRequest& request)
{
    const auto note = reasonFrom(request, u"note"_s, false);
    if (!note)
        return errorResponse(note.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto submission = decidable(id, caller, now);
    if (!submission) {
        audit(caller, u"submission.approve"_s, id, false, {{u"reason"_s, submission.error().message}});
        return errorResponse(submission.error());
    }
    const auto version = m_publisher.publish(*submission, now);
    if (!version) {
        spdlog::warn("approving {} failed: {}", id.toStdString(), version.error().message.toStdString());
        audit(caller, u"submission.approve"_s, id, false, {{u"reason"_s, version.error().message}});
        // A module the catalog cannot list is a state of the submission, not a bad request.
        const Error error = version.error().code == ErrorCode::InvalidInput
                                ? Error{ErrorCode::Conflict, version.error().message}
                                : version.error();
        return submissions::SubmissionJson::error(error);
    }
    const auto decided = m_records.decide(id, submissions::Submission::approved, *note, caller.userId, now);
    if (!decided || !*decided) {
        spdlog::error("submission {} is published as catalog version {} but its approval was not recorded",
                      id.toStdString(), *version);
        return errorResponse(
            decided ? Error{ErrorCode::Conflict, tr("Submission %1 was decided meanwhile.").arg(id)}
                    : decided.error());
    }
    spdlog::info("submission {}: {} {} approved by {}, catalog version {}", id.toStdString(),
                 submission->module.toStdString(), submission->version.toStdString(),
                 caller.userId.toStdString(), *version);
    audit(caller, u"submission.approve"_s, id, true,
          {{u"module"_s, submission->module},
           {u"version"_s, submission->version},
           {u"catalog_version"_s, *version}});
    const auto approved = m_records.find(id);
    if (!approved || !*approved)
        return errorResponse(approved ? Error{ErrorCode::NotFound, tr("There is no submission %1.").arg(id)}
                                      : approved.error());
    return jsonResponse({{u"submission"_s, (*approved)->toJson(true)}, {u"catalog_version"_s, *version}});
}

QHttpServerResponse DecisionRoutes::refuse(const QString& id, QStringView status,
                                           const accounts::Caller& caller, const QHttpServerRequest& request)
{
    const QString action = status == submissions::Submission::declined ? u"submission.reject"_s
                                                                       : u"submission.request-changes"_s;
    const auto reason = reasonFrom(request, u"reason"_s, true);
    if (!reason)
        return errorResponse(reason.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto submission = decidable(id, caller, now);
    if (!submission) {
        audit(caller, action, id, false, {{u"reason"_s, submission.error().message}});
        return errorResponse(submission.error());
    }
    const auto decided = m_records.decide(id, status, *reason, caller.userId, now);
    if (!decided)
        return errorResponse(decided.error());
    if (!*decided)
        return errorResponse({ErrorCode::Conflict, tr("Submission %1 was decided meanwhile.").arg(id)});
    audit(caller, action, id, true,
          {{u"module"_s, submission->module}, {u"version"_s, submission->version}, {u"reason"_s, *reason}});
    const auto refused = m_records.find(id);
    if (!refused || !*refused)
        return errorResponse(refused ? Error{ErrorCode::NotFound, tr("There is no submission %1.").arg(id)}
                                     : refused.error());
    return jsonResponse({{u"submission"_s, (*refused)->toJson(true)}});
}

QHttpServerResponse DecisionRoutes::takedown(const QString& module, const QString& version,
                                             const accounts::Caller& caller,
                                             const QHttpServerRequest& request)
{
    const auto reason = reasonFrom(request, u"reason"_s, true);
    if (!reason)
        return errorResponse(reason.error());
    const QString target = module + u'@' + version;
    const auto outcome =
        m_takedowns.takeDown(module, version, *reason, caller.userId, QDateTime::currentDateTimeUtc());
    if (!outcome) {
        audit(caller, u"module.takedown"_s, target, false, {{u"reason"_s, outcome.error().message}});
        return errorResponse(outcome.error());
    }
    spdlog::info("{} taken down by {}, catalog version {}", target.toStdString(), caller.userId.toStdString(),
                 outcome->catalogVersion);
    audit(caller, u"module.takedown"_s, target, true,
          {{u"sha256"_s, outcome->package.sha256},
           {u"publisher"_s, outcome->publisher},
           {u"reason"_s, *reason},
           {u"catalog_version"_s, outcome->catalogVersion}});
    QJsonObject json = outcome->package.toJson();
    json.insert(u"catalog_version"_s, outcome->catalogVersion);
    return jsonResponse(json);
}

} // namespace mm::server::moderation
