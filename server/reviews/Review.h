#pragma once

#include <QDateTime>
#include <QString>

namespace mm::server::reviews {

// One user's review of one module (docs/reviews.md). A user has at most one per module and edits it.
struct Review
{
    QString id; // "rev-" + UUID
    QString module;
    QString userId; // empty once the author deleted the account (the review stays, anonymised)
    QString tenant; // the tenant whose install entitled the author to review
    int rating = 0; // 1 to 5 stars
    QString text;   // 0 to 4000 characters
    QDateTime created;
    QDateTime updated;
    bool hidden = false; // by a moderator: out of the public list and of the rating
    QString hiddenReason;
    QString authorName; // as shown; "Former user" after the author deleted the account
};

} // namespace mm::server::reviews
