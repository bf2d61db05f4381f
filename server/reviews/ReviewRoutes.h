#pragma once

#include "server/reviews/ReviewParts.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace mm::server {
class ApiRouter;
}

namespace mm::server::reviews {

// What tenants, developers and visitors do with reviews (docs/reviews.md): read a module's
// reviews, write, edit and delete one's own, vote, report, and reply for the publisher.
class ReviewRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::reviews::ReviewRoutes)

public:
    explicit ReviewRoutes(ReviewParts parts);
    void registerOn(ApiRouter& router);

private:
    using Caller = accounts::Caller;
    using Request = const QHttpServerRequest&;

    QHttpServerResponse list(const QString& module, const Caller& caller, Request request) const;
    QHttpServerResponse putMine(const QString& module, const Caller& caller, Request request);
    QHttpServerResponse deleteMine(const QString& module, const Caller& caller);
    QHttpServerResponse helpful(const QString& id, const Caller& caller, Request request);
    QHttpServerResponse report(const QString& id, const Caller& caller, Request request);
    QHttpServerResponse reply(const QString& id, const Caller& caller, Request request);

    // The review, unless it does not exist or is hidden from this caller (both NotFound).
    Result<Review> visibleReview(const QString& id, const Caller& caller) const;

    ReviewParts m_parts;
};

} // namespace mm::server::reviews
