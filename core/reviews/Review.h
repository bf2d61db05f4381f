#pragma once

#include "core/catalog/ModuleRecord.h"
#include "core/common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mm::reviews {

// The publisher's answer under a review.
struct ReviewReply
{
    QString text;
    QDateTime created;
    QDateTime updated;
};

// One user's review of a module (docs/reviews.md): 1 to 5 stars and an optional text.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(mm::reviews::Review)

public:
    static constexpr qsizetype maxTextLength = 4000;

    QString id; // "rev-<uuid>"
    QString author;
    int rating = 0;
    QString text;
    QDateTime created;
    QDateTime updated;
    qint64 helpful = 0;
    std::optional<ReviewReply> reply;
    bool mine = false;  // written by the signed-in user
    bool voted = false; // the signed-in user found it helpful
    // Only moderators see hidden reviews, with why and how often they were reported.
    bool hidden = false;
    QString hiddenReason;
    qint64 reports = 0;

    QJsonObject toJson() const;
    // Hostile input is expected: every field is checked and named.
    static Result<Review> fromJson(const QJsonObject& json);
    static bool isReviewId(QStringView id);
};

// One page of a module's reviews with its rating summary.
struct ReviewPage
{
    Q_DECLARE_TR_FUNCTIONS(mm::reviews::ReviewPage)

public:
    static constexpr qsizetype maxItems = 1000;

    QString module;
    catalog::RatingSummary rating;
    int averageX100 = 0;
    QList<Review> items;
    qint64 total = 0;

    const Review* mine() const;
    QJsonObject toJson() const;
    static Result<ReviewPage> fromJson(const QJsonObject& json);
};

} // namespace mm::reviews
