#include "server/reviews/ReviewModerationRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/billing/DatabaseTransaction.h"
#include "server/reviews/ReviewInput.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {

ReviewModerationRoutes::ReviewModerationRoutes(ReviewParts parts)
    : m_parts(parts)
{}

void ReviewModerationRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    const auto moderator = accounts::Access::moderator();
    router.route(u"/api/marketplace/moderation/reviews"_s, Method::Get, moderator,
                 [this](const Caller& caller, Request request) { return list(caller, request); });
    router.route(u"/api/marketplace/moderation/reviews/<arg>/hide"_s, Method::Post, moderator,
                 [this](const QString& id, const Caller& caller, Request request) {
                     return setHidden(id, true, caller, request);
                 });
    router.route(u"/api/marketplace/moderation/reviews/<arg>/restore"_s, Method::Post, moderator,
                 [this](const QString& id, const Caller& caller, Request request) {
                     return setHidden(id, false, caller, request);
                 });
}

QHttpServerResponse ReviewModerationRoutes::setHidden(const QString& id, bool hidden, const Caller& caller,
                                                      Request request)
{
    QString reason;
    if (hidden) {
        const auto body = ReviewInput::body(request);
        if (!body)
            return errorResponse(body.error());
        const auto text = ReviewInput::text(*body, u"reason"_s, 1, ReviewReports::maxReasonLength);
        if (!text)
            return errorResponse(text.error());
        reason = *text;
    }
    const auto found = m_parts.records.find(id);
    if (!found)
        return errorResponse(found.error());
    if (!*found)
        return errorResponse({ErrorCode::NotFound, tr("There is no review %1.").arg(id)});
    Review review = **found;
    auto saved = billing::DatabaseTransaction::run(m_parts.database, [&]() -> Result<void> {
        if (auto ok = m_parts.records.setHidden(id, hidden, reason); !ok)
            return ok;
        return m_parts.reports.settle(id);
    });
    if (!saved)
        return errorResponse(saved.error());
    review.hidden = hidden;
    review.hiddenReason = reason;
    const auto published = m_parts.rating.refresh(review.module);
    if (!published)
        return errorResponse(published.error());
    QJsonObject detail{{u"module"_s, review.module}};
    if (hidden)
        detail.insert(u"reason"_s, reason);
    m_parts.audit.record(caller, hidden ? u"review.hide"_s : u"review.restore"_s, u"review:"_s + id,
                         audit::AuditEntry::Outcome::Ok, detail);
    auto item = m_parts.json.item(review, caller);
    if (!item)
        return errorResponse(item.error());
    item->insert(u"catalog_version"_s, m_parts.database.catalogVersion());
    return jsonResponse(*item);
}

QHttpServerResponse ReviewModerationRoutes::list(const Caller& caller, Request request) const
{
    const QUrlQuery query = request.query();
    const bool wantHidden = query.queryItemValue(u"hidden"_s) == u"1";
    // Reported reviews unless only hidden ones were asked for.
    const bool wantReported = query.queryItemValue(u"reported"_s) == u"1" || !wantHidden;
    QStringList ids;
    if (wantReported) {
        const auto reported = m_parts.reports.reviewsWithOpenReports();
        if (!reported)
            return errorResponse(reported.error());
        ids = *reported;
    }
    if (wantHidden) {
        const auto hiddenIds = m_parts.records.hiddenIds();
        if (!hiddenIds)
            return errorResponse(hiddenIds.error());
        for (const QString& id : *hiddenIds)
            if (!ids.contains(id))
                ids.append(id);
    }
    const auto reviews = m_parts.records.byIds(ids);
    if (!reviews)
        return errorResponse(reviews.error());
    QJsonArray items;
    for (const Review& review : *reviews) {
        const auto item = m_parts.json.item(review, caller);
        if (!item)
            return errorResponse(item.error());
        items.append(*item);
    }
    return jsonResponse({{u"items"_s, items}});
}

} // namespace mm::server::reviews
