#pragma once

#include "core/common/Error.h"
#include "core/publish/Submission.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mm::moderation {

// A moderator's verdict on a submission, checked before it is sent: approving may carry a note,
// rejecting and requesting changes need a reason the developer will read (1 to 2000 characters).
class Decision
{
    Q_DECLARE_TR_FUNCTIONS(mm::moderation::Decision)

public:
    enum class Kind
    {
        Approve,
        Reject,
        RequestChanges
    };

    static constexpr qsizetype maxReasonLength = 2000;

    static Result<Decision> approve(const QString& note = {});
    static Result<Decision> reject(const QString& reason);
    static Result<Decision> requestChanges(const QString& reason);
    static Result<Decision> make(Kind kind, const QString& text);

    Kind kind() const { return m_kind; }
    const QString& text() const { return m_text; }
    // The last part of the route: "approve", "reject", "request-changes".
    QString route() const;
    QJsonObject body() const;

private:
    Decision(Kind kind, QString text);

    Kind m_kind;
    QString m_text;
};

// What the marketplace answered to a decision or a claim: the submission as it is now, and for an
// approval the catalog version that carries it.
struct DecisionOutcome
{
    publish::Submission submission;
    QString claimedBy;
    qint64 catalogVersion = 0;

    QJsonObject toJson() const;
    static Result<DecisionOutcome> fromJson(const QJsonObject& json);
};

} // namespace mm::moderation
