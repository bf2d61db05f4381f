#pragma once

#include "server/accounts/Caller.h"
#include "server/moderation/ApprovalPublisher.h"
#include "server/moderation/TakedownPublisher.h"
#include "server/submissions/SubmissionRecords.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace mm::server {
class ApiRouter;
namespace audit {
class AuditLog;
}
} // namespace mm::server

namespace mm::server::moderation {

// The deciding half of moderation, moderators and admins only: approve (countersign and publish),
// reject, request changes, and take a published version down. Every decision is audited.
class DecisionRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::DecisionRoutes)

public:
    static constexpr qsizetype maxReasonLength = 2000;

    DecisionRoutes(submissions::SubmissionRecords& records, ApprovalPublisher& publisher,
                   TakedownPublisher& takedowns);
    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse approve(const QString& id, const accounts::Caller& caller,
                                const QHttpServerRequest& request);
    // Declined or changes-requested: both need a reason the developer will read.
    QHttpServerResponse refuse(const QString& id, QStringView status, const accounts::Caller& caller,
                               const QHttpServerRequest& request);
    QHttpServerResponse takedown(const QString& module, const QString& version,
                                 const accounts::Caller& caller, const QHttpServerRequest& request);
    // The submission if it still awaits a decision and nobody else holds it.
    Result<submissions::Submission> decidable(const QString& id, const accounts::Caller& caller,
                                              const QDateTime& now);
    // {"reason"} of 1..2000 characters, or {"note"} of 0..2000 when `required` is false.
    static Result<QString> reasonFrom(const QHttpServerRequest& request, const QString& field, bool required);
    void audit(const accounts::Caller& caller, const QString& action, const QString& target, bool ok,
               const QJsonObject& detail) const;

    submissions::SubmissionRecords& m_records;
    ApprovalPublisher& m_publisher;
    TakedownPublisher& m_takedowns;
    audit::AuditLog* m_audit = nullptr;
};

} // namespace mm::server::moderation
