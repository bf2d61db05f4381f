#pragma once

#include "core/moderation/AuthorizedCall.h"
#include "core/moderation/Decision.h"
#include "core/moderation/QueueItem.h"
#include "core/moderation/SubmissionReview.h"

#include <QCoreApplication>

namespace mm::moderation {

// The moderator routes of modmarketd (docs/moderation.md), blocking: for worker threads and the
// CLI. Signs in through accounts::Credentials; a refusal carries the marketplace's own sentence.
class ModerationApi
{
    Q_DECLARE_TR_FUNCTIONS(mm::moderation::ModerationApi)

public:
    static constexpr qsizetype maxQueueItems = 10000;

    explicit ModerationApi(QUrl marketplace, std::shared_ptr<accounts::Credentials> credentials = {});
    void setTimeout(std::chrono::milliseconds timeout) { m_call.setTimeout(timeout); }
    const QUrl& marketplace() const { return m_call.marketplace(); }

    // Oldest first.
    Result<QList<QueueItem>> queue(const QueueFilter& filter = {}, std::stop_token stop = {}) const;
    // `force` takes over a claim another moderator holds.
    Result<DecisionOutcome> claim(const QString& submissionId, bool force = false,
                                  std::stop_token stop = {}) const;
    Result<SubmissionReview> review(const QString& submissionId, std::stop_token stop = {}) const;
    Result<DecisionOutcome> decide(const QString& submissionId, const Decision& decision,
                                   std::stop_token stop = {}) const;
    // Withdraws a published version: it leaves the catalog and installed copies are flagged.
    // Returns the new catalog version (0 when the marketplace does not say).
    Result<qint64> takedown(const QString& moduleId, const QString& version, const QString& reason,
                            std::stop_token stop = {}) const;

private:
    AuthorizedCall m_call;
};

} // namespace mm::moderation
