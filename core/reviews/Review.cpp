#include "core/reviews/Review.h"

#include "core/common/JsonNumbers.h"
#include "core/crypto/JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::reviews {
namespace {

using crypto::JsonFields;

constexpr qint64 maxCount = qint64(1) << 40;

Result<bool> optionalBool(const JsonFields& fields, const QString& key)
{
    const QJsonValue value = fields.object().value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool())
        return fields.error(Review::tr("\"%1\" is not true or false").arg(key));
    return value.toBool();
}

Result<ReviewReply> parseReply(const JsonFields& review)
{
    const JsonFields fields(review.object().value(u"reply").toObject(), review.where() + u": reply"_s);
    ReviewReply reply;
    const auto text = fields.string(u"text"_s, Review::maxTextLength);
    if (!text)
        return std::unexpected(text.error());
    reply.text = *text;
    const auto created = fields.time(u"created"_s);
    if (!created)
        return std::unexpected(created.error());
    reply.created = *created;
    reply.updated = reply.created;
    if (!fields.object().value(u"updated").isNull() && !fields.object().value(u"updated").isUndefined()) {
        const auto updated = fields.time(u"updated"_s);
        if (!updated)
            return std::unexpected(updated.error());
        reply.updated = *updated;
    }
    return reply;
}

} // namespace

bool Review::isReviewId(QStringView id)
{
    static const QRegularExpression pattern(u"^rev-[A-Za-z0-9-]{1,60}$"_s);
    return pattern.match(id).hasMatch();
}

QJsonObject Review::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"author"_s, author},
        {u"rating"_s, rating},
        {u"text"_s, text},
        {u"created"_s, JsonFields::formatTime(created)},
        {u"updated"_s, JsonFields::formatTime(updated)},
        {u"helpful"_s, helpful},
        {u"reply"_s, reply ? QJsonValue(QJsonObject{{u"text"_s, reply->text},
                                                    {u"created"_s, JsonFields::formatTime(reply->created)},
                                                    {u"updated"_s, JsonFields::formatTime(reply->updated)}})
                           : QJsonValue()},
        {u"mine"_s, mine},
        {u"voted"_s, voted}};
    if (hidden) {
        json.insert(u"hidden"_s, true);
        json.insert(u"hidden_reason"_s, hiddenReason);
        json.insert(u"reports"_s, reports);
    }
    return json;
}

Result<Review> Review::fromJson(const QJsonObject& json)
{
    const QString id = json.value(u"id").toString();
    const JsonFields fields(json, isReviewId(id) ? tr("review %1").arg(id) : tr("review"));
    Review review;
    const auto checkedId = fields.string(u"id"_s, 64);
    if (!checkedId)
        return std::unexpected(checkedId.error());
    if (!isReviewId(*checkedId))
        return fields.error(tr("\"id\" is \"%1\", not a review id (rev-…)").arg(checkedId->left(64)));
    review.id = *checkedId;

    const auto author = fields.string(u"author"_s, 256);
    if (!author)
        return std::unexpected(author.error());
    review.author = *author;
    const auto rating = wholeNumber(json.value(u"rating"));
    if (!rating || *rating < 1 || *rating > 5)
        return fields.error(tr("\"rating\" is not a whole number of stars from 1 to 5"));
    review.rating = int(*rating);
    const auto text = fields.optionalString(u"text"_s, maxTextLength);
    if (!text)
        return std::unexpected(text.error());
    review.text = *text;
    const auto created = fields.time(u"created"_s);
    if (!created)
        return std::unexpected(created.error());
    review.created = *created;
    const auto updated = fields.time(u"updated"_s);
    if (!updated)
        return std::unexpected(updated.error());
    review.updated = *updated;
    const auto helpful = fields.boundedNumber(u"helpful"_s, maxCount, false);
    if (!helpful)
        return std::unexpected(helpful.error());
    review.helpful = *helpful;

    const QJsonValue reply = json.value(u"reply");
    if (!reply.isUndefined() && !reply.isNull()) {
        if (!reply.isObject())
            return fields.error(tr("\"reply\" is not an object or null"));
        auto parsed = parseReply(fields);
        if (!parsed)
            return std::unexpected(parsed.error());
        review.reply = std::move(*parsed);
    }
    for (auto [key, target] : {std::pair{u"mine"_s, &review.mine}, std::pair{u"voted"_s, &review.voted},
                               std::pair{u"hidden"_s, &review.hidden}}) {
        const auto value = optionalBool(fields, key);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    if (review.hidden) {
        const QJsonValue reason = json.value(u"hidden_reason");
        if (!reason.isNull()) {
            const auto text = fields.optionalString(u"hidden_reason"_s, 2000);
            if (!text)
                return std::unexpected(text.error());
            review.hiddenReason = *text;
        }
    }
    const auto reports = fields.boundedNumber(u"reports"_s, maxCount, false);
    if (!reports)
        return std::unexpected(reports.error());
    review.reports = *reports;
    return review;
}

const Review* ReviewPage::mine() const
{
    for (const Review& review : items)
        if (review.mine)
            return &review;
    return nullptr;
}

QJsonObject ReviewPage::toJson() const
{
    QJsonArray histogram;
    for (const qint64 count : rating.histogram)
        histogram.append(count);
    QJsonArray list;
    for (const Review& review : items)
        list.append(review.toJson());
    return {{u"module"_s, module},
            {u"rating"_s, QJsonObject{{u"average_x100"_s, averageX100},
                                      {u"count"_s, rating.count()},
                                      {u"histogram"_s, histogram}}},
            {u"items"_s, list},
            {u"total"_s, total}};
}

Result<ReviewPage> ReviewPage::fromJson(const QJsonObject& json)
{
    const JsonFields fields(json, tr("reviews"));
    ReviewPage page;
    const auto module = fields.string(u"module"_s, 64);
    if (!module)
        return std::unexpected(module.error());
    if (!catalog::isValidModuleId(*module))
        return fields.error(tr("\"module\" is \"%1\", not a module id").arg(*module));
    page.module = *module;

    const auto rating = fields.child(u"rating"_s);
    if (!rating)
        return std::unexpected(rating.error());
    const JsonFields ratingFields(*rating, fields.where() + u": rating"_s);
    const auto histogram = ratingFields.array(u"histogram"_s, 5);
    if (!histogram)
        return std::unexpected(histogram.error());
    if (histogram->size() != 5)
        return ratingFields.error(tr("\"histogram\" must have five counts, one- to five-star"));
    for (qsizetype i = 0; i < 5; ++i) {
        const auto count = wholeNumber(histogram->at(i));
        if (!count || *count < 0 || *count > maxCount)
            return ratingFields.error(tr("\"histogram[%1]\" is not a whole number >= 0").arg(i));
        page.rating.histogram[std::size_t(i)] = *count;
    }
    const auto count = ratingFields.boundedNumber(u"count"_s, maxCount * 5, true);
    if (!count)
        return std::unexpected(count.error());
    if (*count != page.rating.count())
        return ratingFields.error(
            tr("\"count\" (%1) is not the sum of the histogram (%2)").arg(*count).arg(page.rating.count()));
    const auto average = ratingFields.boundedNumber(u"average_x100"_s, 500, true);
    if (!average)
        return std::unexpected(average.error());
    if ((*count == 0) != (*average == 0) || (*count > 0 && *average < 100))
        return ratingFields.error(
            tr("\"average_x100\" (%1) does not fit %2 rating(s)").arg(*average).arg(*count));
    page.averageX100 = int(*average);

    const auto items = fields.array(u"items"_s, maxItems);
    if (!items)
        return std::unexpected(items.error());
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!items->at(i).isObject())
            return fields.error(tr("\"items[%1]\" is not an object").arg(i));
        auto review = Review::fromJson(items->at(i).toObject());
        if (!review)
            return fields.error(tr("\"items[%1]\": %2").arg(QString::number(i), review.error().message));
        page.items.append(std::move(*review));
    }
    const auto total = fields.boundedNumber(u"total"_s, maxCount, true);
    if (!total)
        return std::unexpected(total.error());
    if (*total < page.items.size())
        return fields.error(
            tr("\"total\" (%1) is less than the %2 reviews listed").arg(*total).arg(page.items.size()));
    page.total = *total;
    return page;
}

} // namespace mm::reviews
