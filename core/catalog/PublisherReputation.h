#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace mm::catalog {

// How far a publisher can be trusted, as the signed catalog's publishers[].reputation states it
// (docs/reviews.md, "Reputation"). The server computes it; clients only show it.
struct PublisherReputation
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::PublisherReputation)

public:
    // Counts above this are not a marketplace but an attack on whoever adds them up.
    static constexpr qint64 maxCount = 1'000'000'000'000;

    int score = 0;             // 0 to 100
    int ratingAverageX100 = 0; // over all the publisher's modules; 0 without ratings, else 100 to 500
    qint64 ratingCount = 0;
    qint64 approved = 0;  // submissions a moderator approved
    qint64 declined = 0;  // submissions a moderator declined
    qint64 takedowns = 0; // published versions a moderator took down

    // The formula of docs/reviews.md, integers only.
    static int scoreFor(int ratingAverageX100, qint64 ratingCount, qint64 approved, qint64 declined,
                        qint64 takedowns);

    // An absent or null value is no reputation (catalogs of servers that predate reviews).
    // Errors (Parse) name the publisher and the field.
    static Result<std::optional<PublisherReputation>> fromJson(const QJsonValue& value,
                                                               const QString& publisher);
    QJsonObject toJson() const;

    friend bool operator==(const PublisherReputation&, const PublisherReputation&) = default;
};

} // namespace mm::catalog
