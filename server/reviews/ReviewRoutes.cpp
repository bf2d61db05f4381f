#include "server/reviews/ReviewRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "core/common/JsonNumbers.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/billing/DatabaseTransaction.h"
#include "server/reviews/ReviewInput.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mm::server::reviews {
namespace {

using Outcome = audit::AuditEntry::Outcome;
using Status = QHttpServerResponse::StatusCode;

QString target(const QString& id)
{
    return u"review:"_s + id;
}

} // namespace

ReviewRoutes::ReviewRoutes(ReviewParts parts)
    : m_parts(parts)
{}

void ReviewRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Access = accounts::Access;
    router.route(u"/api/marketplace/modules/<arg>/reviews"_s, Method::Get, Access::anyone(),
                 [this](const QString& id, const Caller& caller, Request request) {
                     return list(id, caller, request);
                 });
    router.route(u"/api/marketplace/modules/<arg>/reviews/mine"_s, Method::Put, Access::tenantAdmin(),
                 [this](const QString& id, const Caller& caller, Request request) {
                     return putMine(id, caller, request);
                 });
    router.route(u"/api/marketplace/modules/<arg>/reviews/mine"_s, Method::Delete, Access::tenantAdmin(),
                 [this](const QString& id, const Caller& caller, Request) { return deleteMine(id, caller); });
    router.route(u"/api/marketplace/reviews/<arg>/helpful"_s, Method::Post, Access::signedIn(),
                 [this](const QString& id, const Caller& caller, Request request) {
                     return helpful(id, caller, request);
                 });
    router.route(u"/api/marketplace/reviews/<arg>/report"_s, Method::Post, Access::signedIn(),
                 [this](const QString& id, const Caller& caller, Request request) {
                     return report(id, caller, request);
                 });
    router.route(u"/api/marketplace/reviews/<arg>/reply"_s, Method::Post, Access::developer(),
                 [this](const QString& id, const Caller& caller, Request request) {
                     return reply(id, caller, request);
                 });
}

QHttpServerResponse ReviewRoutes::list(const QString& module, const Caller& caller, Request request) const
{
    if (const auto record = catalog::CatalogReader(m_parts.database).module(module); !record)
        return errorResponse(record.error());
    const QString sortName = request.query().queryItemValue(u"sort"_s);
    if (!sortName.isEmpty() && sortName != u"newest" && sortName != u"helpful")
        return errorResponse({ErrorCode::InvalidInput,
                              tr("unknown \"sort\" \"%1\" (expected newest or helpful)").arg(sortName)});
    const auto sort = sortName == u"helpful" ? ReviewRecords::Sort::Helpful : ReviewRecords::Sort::Newest;
    const auto offset = ReviewInput::number(request, u"offset"_s, 0, 1'000'000, 0);
    const auto limit = ReviewInput::number(request, u"limit"_s, 1, 100, 20);
    if (!offset || !limit)
        return errorResponse(offset ? limit.error() : offset.error());
    const bool withHidden = caller.mayModerate();
    const auto reviews = m_parts.records.list(module, sort, withHidden, *offset, *limit);
    const auto total = m_parts.records.count(module, withHidden);
    const auto rating = m_parts.rating.ratingOf(module);
    if (!reviews || !total || !rating)
        return errorResponse(!reviews ? reviews.error() : !total ? total.error() : rating.error());
    QJsonArray items;
    for (const Review& review : *reviews) {
        const auto item = m_parts.json.item(review, caller);
        if (!item)
            return errorResponse(item.error());
        items.append(*item);
    }
    return jsonResponse({{u"module"_s, module},
                         {u"rating"_s, ratingToJson(*rating)},
                         {u"items"_s, items},
                         {u"total"_s, *total},
                         {u"offset"_s, *offset},
                         {u"limit"_s, *limit}});
}

QHttpServerResponse ReviewRoutes::putMine(const QString& module, const Caller& caller, Request request)
{
    if (const auto record = catalog::CatalogReader(m_parts.database).module(module); !record)
        return errorResponse(record.error());
    const auto body = ReviewInput::body(request);
    if (!body)
        return errorResponse(body.error());
    const auto stars = wholeNumber(body->value(u"rating"));
    if (!stars || *stars < 1 || *stars > 5)
        return errorResponse({ErrorCode::InvalidInput, tr("\"rating\" must be a whole number from 1 to 5.")});
    const auto text = ReviewInput::text(*body, u"text"_s, 0, ReviewRecords::maxTextLength);
    if (!text)
        return errorResponse(text.error());
    // Only people who used the module may judge it: the tenant must have an install record.
    const auto installed = m_parts.records.tenantInstalled(caller.tenant, module);
    if (!installed)
        return errorResponse(installed.error());
    if (!*installed) {
        m_parts.audit.record(caller, u"review.write"_s, u"module:"_s + module, Outcome::Denied,
                             {{u"reason"_s, u"not-installed"_s}});
        return errorResponse({ErrorCode::Forbidden,
                              tr("Tenant %1 has not installed %2; only tenants that installed a module may "
                                 "review it.")
                                  .arg(caller.tenant, module)});
    }
    const auto existing = m_parts.records.mine(module, caller.userId);
    if (!existing)
        return errorResponse(existing.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString name = m_parts.records.userName(caller.userId);
    if (name.isEmpty())
        name = tr("Marketplace user");
    Review review = existing->value_or(Review{u"rev-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                              module,
                                              caller.userId,
                                              caller.tenant,
                                              0,
                                              {},
                                              now,
                                              now,
                                              false,
                                              {},
                                              {}});
    review.rating = int(*stars);
    review.text = *text;
    review.updated = now;
    review.authorName = name;
    const bool created = !existing->has_value();
    auto written = billing::DatabaseTransaction::run(m_parts.database, [&]() -> Result<void> {
        // Before the first review counts, the catalog's numbers become the imported ones.
        if (auto ok = m_parts.rating.importOnce(module); !ok)
            return ok;
        return created ? m_parts.records.insert(review) : m_parts.records.update(review);
    });
    if (!written)
        return errorResponse(written.error());
    const auto published = m_parts.rating.refresh(module);
    if (!published)
        return errorResponse(published.error());
    m_parts.audit.record(caller, u"review.write"_s, target(review.id), Outcome::Ok,
                         {{u"module"_s, module}, {u"rating"_s, review.rating}, {u"edit"_s, !created}});
    auto item = m_parts.json.item(review, caller);
    if (!item)
        return errorResponse(item.error());
    item->insert(u"catalog_version"_s, m_parts.database.catalogVersion());
    return jsonResponse(*item, created ? Status::Created : Status::Ok);
}

QHttpServerResponse ReviewRoutes::deleteMine(const QString& module, const Caller& caller)
{
    const auto existing = m_parts.records.mine(module, caller.userId);
    if (!existing)
        return errorResponse(existing.error());
    if (!*existing)
        return errorResponse({ErrorCode::NotFound, tr("You have not reviewed %1.").arg(module)});
    const QString id = (*existing)->id;
    auto removed = billing::DatabaseTransaction::run(m_parts.database, [&]() -> Result<void> {
        for (auto step : {m_parts.votes.removeReview(id), m_parts.reports.removeReview(id),
                          m_parts.replies.removeReview(id), m_parts.records.remove(id)})
            if (!step)
                return step;
        return {};
    });
    if (!removed)
        return errorResponse(removed.error());
    const auto published = m_parts.rating.refresh(module);
    if (!published)
        return errorResponse(published.error());
    m_parts.audit.record(caller, u"review.delete"_s, target(id), Outcome::Ok, {{u"module"_s, module}});
    return jsonResponse({{u"status"_s, u"deleted"_s},
                         {u"id"_s, id},
                         {u"catalog_version"_s, m_parts.database.catalogVersion()}});
}

Result<Review> ReviewRoutes::visibleReview(const QString& id, const Caller& caller) const
{
    const auto review = m_parts.records.find(id);
    if (!review)
        return std::unexpected(review.error());
    if (!*review || ((*review)->hidden && !caller.mayModerate()))
        return fail(ErrorCode::NotFound, tr("There is no review %1.").arg(id));
    return **review;
}

QHttpServerResponse ReviewRoutes::helpful(const QString& id, const Caller& caller, Request request)
{
    const auto body = ReviewInput::body(request);
    if (!body)
        return errorResponse(body.error());
    const auto vote = ReviewInput::flag(*body, u"helpful"_s);
    if (!vote)
        return errorResponse(vote.error());
    const auto review = visibleReview(id, caller);
    if (!review)
        return errorResponse(review.error());
    if (review->userId == caller.userId)
        return errorResponse({ErrorCode::Conflict, tr("You cannot vote on your own review.")});
    if (auto ok = m_parts.votes.set(id, caller.userId, *vote); !ok)
        return errorResponse(ok.error());
    const auto count = m_parts.votes.count(id);
    if (!count)
        return errorResponse(count.error());
    return jsonResponse({{u"review"_s, id}, {u"helpful"_s, *count}, {u"voted"_s, *vote}});
}

QHttpServerResponse ReviewRoutes::report(const QString& id, const Caller& caller, Request request)
{
    const auto body = ReviewInput::body(request);
    if (!body)
        return errorResponse(body.error());
    const auto reason = ReviewInput::text(*body, u"reason"_s, 1, ReviewReports::maxReasonLength);
    if (!reason)
        return errorResponse(reason.error());
    const auto review = visibleReview(id, caller);
    if (!review)
        return errorResponse(review.error());
    if (auto ok = m_parts.reports.add(id, caller.userId, *reason); !ok)
        return errorResponse(ok.error());
    m_parts.audit.record(caller, u"review.report"_s, target(id), Outcome::Ok,
                         {{u"module"_s, review->module}});
    return jsonResponse({{u"review"_s, id}, {u"reported"_s, true}}, Status::Created);
}

QHttpServerResponse ReviewRoutes::reply(const QString& id, const Caller& caller, Request request)
{
    const auto body = ReviewInput::body(request);
    if (!body)
        return errorResponse(body.error());
    const auto text = ReviewInput::text(*body, u"text"_s, 1, ReviewReplies::maxTextLength);
    if (!text)
        return errorResponse(text.error());
    const auto review = visibleReview(id, caller);
    if (!review)
        return errorResponse(review.error());
    const auto module = catalog::CatalogReader(m_parts.database).module(review->module);
    if (!module)
        return errorResponse(module.error());
    if (module->publisher != caller.publisher) {
        m_parts.audit.record(caller, u"review.reply"_s, target(id), Outcome::Denied,
                             {{u"module"_s, review->module}});
        return errorResponse(
            {ErrorCode::Forbidden,
             tr("Review %1 is of %2, which belongs to another publisher.").arg(id, review->module)});
    }
    const auto stored = m_parts.replies.put(id, caller.publisher, *text);
    if (!stored)
        return errorResponse(stored.error());
    m_parts.audit.record(caller, u"review.reply"_s, target(id), Outcome::Ok, {{u"module"_s, review->module}});
    return jsonResponse({{u"review"_s, id}, {u"reply"_s, ReviewJson::reply(*stored)}});
}

} // namespace mm::server::reviews
