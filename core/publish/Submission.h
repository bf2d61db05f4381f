#pragma once

#include "core/common/Error.h"
#include "core/validation/ValidationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mm::publish {

// A module version sent to the marketplace for review (docs/developers/api.md, "Submissions").
// It never appears in the catalog before a moderator approves it.
struct Submission
{
    Q_DECLARE_TR_FUNCTIONS(mm::publish::Submission)

public:
    enum class Status
    {
        Queued,          // waiting for the validation pipeline
        Validating,      // the pipeline is running
        Passed,          // validated without findings that matter; waits for a moderator
        Flagged,         // validated with warnings; a moderator looks closer
        Rejected,        // validated with errors; a new version must fix them
        Approved,        // countersigned and in the catalog
        Declined,        // refused by a moderator
        ChangesRequested // sent back by a moderator; the same version may be submitted again
    };

    // What a moderator decided and why; the developer sees it in My modules.
    struct Decision
    {
        static constexpr qsizetype maxReasonLength = 2000;

        Status status = Status::Approved; // Approved, Declined or ChangesRequested
        QString reason;                   // required for Declined and ChangesRequested
        QDateTime at;
    };

    QString id; // "sub-<uuid>"
    QString moduleId;
    QString version;
    QString publisher;
    QString sha256;
    qint64 size = 0;
    Status status = Status::Queued;
    QDateTime created;
    QDateTime updated;
    std::optional<validation::ValidationReport> report; // once validated
    std::optional<Decision> decision;                   // once a moderator decided
    QString claimedBy; // the e-mail of the moderator working on it; only moderators are told

    bool isFinal() const; // validated or decided: polling can stop
    QJsonObject toJson() const;
    static Result<Submission> fromJson(const QJsonObject& json);
};

// "queued", "validating", "passed", "flagged", "rejected", "approved", "declined",
// "changes-requested".
QString statusName(Submission::Status status);
std::optional<Submission::Status> statusFromName(QStringView name);

} // namespace mm::publish
