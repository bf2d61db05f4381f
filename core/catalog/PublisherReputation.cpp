#include "core/catalog/PublisherReputation.h"

#include "core/common/JsonNumbers.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

// Without any rating the rating term counts as three stars: a new publisher starts in the
// middle, not as if everyone had given it one star.
constexpr qint64 neutralAverageX100 = 300;

} // namespace

int PublisherReputation::scoreFor(int ratingAverageX100, qint64 ratingCount, qint64 approved, qint64 declined,
                                  qint64 takedowns)
{
    const qint64 average =
        ratingCount > 0 ? std::clamp<qint64>(ratingAverageX100, 100, 500) : neutralAverageX100;
    // 60·(avg−1)/4 + 40·approved/(approved+declined+1) as one fraction num/den, rounded half up:
    // 60·(a−100)/400 = 3·(a−100)/20, so den = 20·d with d = approved+declined+1.
    const qint64 d = approved + declined + 1;
    const qint64 num = 3 * (average - 100) * d + 800 * approved;
    const qint64 den = 20 * d;
    const qint64 rounded = (2 * num + den) / (2 * den);
    return int(std::clamp<qint64>(rounded - 10 * takedowns, 0, 100));
}

Result<std::optional<PublisherReputation>> PublisherReputation::fromJson(const QJsonValue& value,
                                                                         const QString& publisher)
{
    if (value.isUndefined() || value.isNull())
        return std::optional<PublisherReputation>();
    auto invalid = [&](const QString& field, const QString& rule) {
        return fail(
            ErrorCode::Parse,
            tr("catalog: publisher \"%1\": \"reputation.%2\" must be %3").arg(publisher, field, rule));
    };
    if (!value.isObject())
        return fail(ErrorCode::Parse,
                    tr("catalog: publisher \"%1\": \"reputation\" must be an object").arg(publisher));
    const QJsonObject o = value.toObject();
    auto bounded = [&](const QString& field, qint64 low, qint64 high) -> std::optional<qint64> {
        const auto n = wholeNumber(o.value(field));
        return n && *n >= low && *n <= high ? n : std::nullopt;
    };
    PublisherReputation r;
    const auto score = bounded(u"score"_s, 0, 100);
    if (!score)
        return invalid(u"score"_s, tr("a whole number from 0 to 100"));
    r.score = int(*score);
    const auto count = bounded(u"rating_count"_s, 0, maxCount);
    if (!count)
        return invalid(u"rating_count"_s, tr("a whole number from 0 to %1").arg(maxCount));
    r.ratingCount = *count;
    // An average exists only with ratings: 100 to 500 then, 0 without.
    const auto average =
        *count > 0 ? bounded(u"rating_average_x100"_s, 100, 500) : bounded(u"rating_average_x100"_s, 0, 0);
    if (!average)
        return invalid(u"rating_average_x100"_s,
                       *count > 0 ? tr("a whole number from 100 to 500") : tr("0 when rating_count is 0"));
    r.ratingAverageX100 = int(*average);
    for (auto [field, target] : {std::pair{u"approved"_s, &r.approved}, std::pair{u"declined"_s, &r.declined},
                                 std::pair{u"takedowns"_s, &r.takedowns}}) {
        const auto n = bounded(field, 0, maxCount);
        if (!n)
            return invalid(field, tr("a whole number from 0 to %1").arg(maxCount));
        *target = *n;
    }
    return std::optional(r);
}

QJsonObject PublisherReputation::toJson() const
{
    return {{u"score"_s, score},
            {u"rating_average_x100"_s, ratingAverageX100},
            {u"rating_count"_s, ratingCount},
            {u"approved"_s, approved},
            {u"declined"_s, declined},
            {u"takedowns"_s, takedowns}};
}

} // namespace mm::catalog
