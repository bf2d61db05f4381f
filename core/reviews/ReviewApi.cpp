#include "core/reviews/ReviewApi.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::reviews {
namespace {

using moderation::AuthorizedCall;

Result<void> checkModule(const QString& id)
{
    if (!catalog::isValidModuleId(id))
        return fail(ErrorCode::InvalidInput, ReviewApi::tr("\"%1\" is not a module id.").arg(id));
    return {};
}

Result<void> checkReviewId(const QString& id)
{
    if (!Review::isReviewId(id))
        return fail(ErrorCode::InvalidInput, ReviewApi::tr("\"%1\" is not a review id (rev-…).").arg(id));
    return {};
}

} // namespace

ReviewApi::ReviewApi(QUrl marketplace, std::shared_ptr<accounts::Credentials> credentials)
    : m_call(std::move(marketplace), std::move(credentials))
{}

Result<void> ReviewApi::checkReview(int rating, const QString& text)
{
    if (rating < 1 || rating > 5)
        return fail(ErrorCode::InvalidInput, tr("Choose from one to five stars."));
    if (text.size() > Review::maxTextLength)
        return fail(ErrorCode::InvalidInput, tr("The review has %1 characters, more than the limit of %2.")
                                                 .arg(text.size())
                                                 .arg(Review::maxTextLength));
    return {};
}

Result<ReviewPage> ReviewApi::list(const QString& moduleId, Sort sort, qint64 offset, qint64 limit,
                                   std::stop_token stop) const
{
    if (auto ok = checkModule(moduleId); !ok)
        return std::unexpected(ok.error());
    QUrlQuery query;
    query.addQueryItem(u"sort"_s, sort == Sort::Helpful ? u"helpful"_s : u"newest"_s);
    query.addQueryItem(u"offset"_s, QString::number(std::max<qint64>(0, offset)));
    query.addQueryItem(u"limit"_s, QString::number(std::clamp<qint64>(limit, 1, ReviewPage::maxItems)));
    const auto json = m_call.json("GET", u"/modules/%1/reviews"_s.arg(moduleId), {},
                                  AuthorizedCall::Auth::IfSignedIn, query.toString(QUrl::FullyEncoded), stop);
    if (!json)
        return std::unexpected(json.error());
    auto page = ReviewPage::fromJson(*json);
    if (page && page->module != moduleId)
        return fail(
            ErrorCode::Parse,
            tr("The marketplace answered the reviews of %1 when asked for %2.").arg(page->module, moduleId));
    return page;
}

Result<Review> ReviewApi::writeMine(const QString& moduleId, int rating, const QString& text,
                                    std::stop_token stop) const
{
    if (auto ok = checkModule(moduleId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkReview(rating, text); !ok)
        return std::unexpected(ok.error());
    const auto json =
        m_call.json("PUT", u"/modules/%1/reviews/mine"_s.arg(moduleId),
                    {{u"rating"_s, rating}, {u"text"_s, text}}, AuthorizedCall::Auth::Required, {}, stop);
    if (!json)
        return std::unexpected(json.error());
    // The answer is the review itself, or {"review": …}.
    const QJsonValue inner = json->value(u"review");
    return Review::fromJson(inner.isObject() ? inner.toObject() : *json);
}

Result<void> ReviewApi::deleteMine(const QString& moduleId, std::stop_token stop) const
{
    if (auto ok = checkModule(moduleId); !ok)
        return std::unexpected(ok.error());
    return m_call.send("DELETE", u"/modules/%1/reviews/mine"_s.arg(moduleId), {}, stop);
}

Result<void> ReviewApi::markHelpful(const QString& reviewId, bool helpful, std::stop_token stop) const
{
    if (auto ok = checkReviewId(reviewId); !ok)
        return std::unexpected(ok.error());
    return m_call.send("POST", u"/reviews/%1/helpful"_s.arg(reviewId), {{u"helpful"_s, helpful}}, stop);
}

Result<void> ReviewApi::report(const QString& reviewId, const QString& reason, std::stop_token stop) const
{
    if (auto ok = checkReviewId(reviewId); !ok)
        return std::unexpected(ok.error());
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 2000)
        return fail(ErrorCode::InvalidInput, tr("A report needs a reason of 1 to 2000 characters."));
    return m_call.send("POST", u"/reviews/%1/report"_s.arg(reviewId), {{u"reason"_s, trimmed}}, stop);
}

Result<void> ReviewApi::hide(const QString& reviewId, const QString& reason, std::stop_token stop) const
{
    if (auto ok = checkReviewId(reviewId); !ok)
        return std::unexpected(ok.error());
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 1000)
        return fail(ErrorCode::InvalidInput, tr("Hiding a review needs a reason of 1 to 1000 characters."));
    return m_call.send("POST", u"/moderation/reviews/%1/hide"_s.arg(reviewId), {{u"reason"_s, trimmed}},
                       stop);
}

Result<void> ReviewApi::restore(const QString& reviewId, std::stop_token stop) const
{
    if (auto ok = checkReviewId(reviewId); !ok)
        return std::unexpected(ok.error());
    return m_call.send("POST", u"/moderation/reviews/%1/restore"_s.arg(reviewId), {}, stop);
}

Result<void> ReviewApi::reply(const QString& reviewId, const QString& text, std::stop_token stop) const
{
    if (auto ok = checkReviewId(reviewId); !ok)
        return std::unexpected(ok.error());
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > Review::maxTextLength)
        return fail(ErrorCode::InvalidInput,
                    tr("A reply needs a text of 1 to %1 characters.").arg(Review::maxTextLength));
    return m_call.send("POST", u"/reviews/%1/reply"_s.arg(reviewId), {{u"text"_s, trimmed}}, stop);
}

} // namespace mm::reviews
