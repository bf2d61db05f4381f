#pragma once

#include "server/reviews/ReviewParts.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {
class ApiRouter;
}

namespace mm::server::reviews {

// Moderators hide abusive reviews (out of the public list and of the rating) and restore them;
// either settles the open reports. They find candidates in the list of reported reviews.
class ReviewModerationRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewModerationRoutes)

public:
    explicit ReviewModerationRoutes(ReviewParts parts);
    void registerOn(ApiRouter& router);

private:
    using Caller = accounts::Caller;
    using Request = const QHttpServerRequest&;

    QHttpServerResponse setHidden(const QString& id, bool hidden, const Caller& caller, Request request);
    QHttpServerResponse list(const Caller& caller, Request request) const;

    ReviewParts m_parts;
};

} // namespace mm::server::reviews
