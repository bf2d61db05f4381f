#pragma once

#include "core/moderation/AuthorizedCall.h"
#include "core/reviews/Review.h"

#include <QCoreApplication>

namespace mm::reviews {

// The review routes of modmarketd (docs/reviews.md), blocking: for worker threads and the CLI.
// Reading is public (signed in, the answer also marks the user's own review and votes); writing,
// voting, reporting and replying need a session (accounts::Credentials).
class ReviewApi
{
    Q_DECLARE_TR_FUNCTIONS(mm::reviews::ReviewApi)

public:
    enum class Sort
    {
        Newest,
        Helpful
    };

    explicit ReviewApi(QUrl marketplace, std::shared_ptr<accounts::Credentials> credentials = {});
    void setTimeout(std::chrono::milliseconds timeout) { m_call.setTimeout(timeout); }

    Result<ReviewPage> list(const QString& moduleId, Sort sort = Sort::Newest, qint64 offset = 0,
                            qint64 limit = 50, std::stop_token stop = {}) const;
    // Creates or edits the signed-in tenant admin's one review of the module.
    Result<Review> writeMine(const QString& moduleId, int rating, const QString& text,
                             std::stop_token stop = {}) const;
    Result<void> deleteMine(const QString& moduleId, std::stop_token stop = {}) const;
    Result<void> markHelpful(const QString& reviewId, bool helpful, std::stop_token stop = {}) const;
    Result<void> report(const QString& reviewId, const QString& reason, std::stop_token stop = {}) const;
    // The module's publisher answers a review (create or edit).
    Result<void> reply(const QString& reviewId, const QString& text, std::stop_token stop = {}) const;
    // Moderators: hiding takes it out of the list and the rating, with a reason kept for them;
    // both settle the review's open reports.
    Result<void> hide(const QString& reviewId, const QString& reason, std::stop_token stop = {}) const;
    Result<void> restore(const QString& reviewId, std::stop_token stop = {}) const;

    // Checks a review before it is sent, with a sentence for the form.
    static Result<void> checkReview(int rating, const QString& text);

private:
    moderation::AuthorizedCall m_call;
};

} // namespace mm::reviews
