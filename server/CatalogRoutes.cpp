#include "server/CatalogRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "core/trust/SignedCatalog.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/moderation/TakedownRecords.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::server {
namespace {

constexpr int maxPerPage = 100;

std::optional<int> positiveInt(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1 ? std::optional(value) : std::nullopt;
}

} // namespace

CatalogRoutes::CatalogRoutes(catalog::CatalogDatabase& database, const MarketplaceKeys& keys,
                             LicenseRecords& licenses, std::chrono::seconds catalogValidity)
    : m_database(database)
    , m_keys(keys)
    , m_licenses(licenses)
    , m_catalogValidity(catalogValidity)
{}

void CatalogRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Caller = ApiRouter::Caller;
    using Request = const QHttpServerRequest&;
    // The public face of the marketplace: everything a signed-out visitor and the sync need.
    const auto anyone = ApiRouter::Access::anyone();
    router.route(u"/api/marketplace/health"_s, Method::Get, anyone,
                 [this](const Caller&, Request) { return health(); });
    router.route(u"/api/marketplace/keys"_s, Method::Get, anyone,
                 [this](const Caller&, Request) { return keyList(); });
    router.route(u"/api/marketplace/categories"_s, Method::Get, anyone,
                 [this](const Caller&, Request) { return categories(); });
    router.route(u"/api/marketplace/catalog"_s, Method::Get, anyone,
                 [this](const Caller&, Request request) { return exportCatalog(request); });
    router.route(u"/api/marketplace/modules"_s, Method::Get, anyone,
                 [this](const Caller&, Request request) { return list(request, false); });
    // Registered before /modules/<arg>: the first matching rule wins.
    router.route(u"/api/marketplace/modules/search"_s, Method::Get, anyone,
                 [this](const Caller&, Request request) { return list(request, true); });
    router.route(u"/api/marketplace/modules/<arg>/icon"_s, Method::Get, anyone,
                 [this](const QString& id, const Caller&, Request) { return icon(id); });
    router.route(u"/api/marketplace/modules/<arg>"_s, Method::Get, anyone,
                 [this](const QString& id, const Caller&, Request) { return module(id); });
}

Result<catalog::CatalogQuery> CatalogRoutes::queryFrom(const QHttpServerRequest& request, bool withText)
{
    const QUrlQuery params = request.query();
    auto param = [&](const QString& key) { return params.queryItemValue(key, QUrl::FullyDecoded); };
    catalog::CatalogQuery query;
    if (withText) {
        query.text = param(u"q"_s);
        if (query.text.size() > 256)
            return fail(ErrorCode::InvalidInput, tr("\"q\" is longer than 256 characters"));
    }
    query.category = param(u"category"_s);
    query.tag = param(u"tag"_s);
    if (const QString pricing = param(u"pricing"_s); !pricing.isEmpty()) {
        query.pricing = pricing::modelFromName(pricing);
        if (!query.pricing)
            return fail(ErrorCode::InvalidInput,
                        tr("unknown \"pricing\" \"%1\" (expected free, one_time, subscription or usage)")
                            .arg(pricing));
    }
    if (const QString sort = param(u"sort"_s); !sort.isEmpty()) {
        const auto key = catalog::sortKeyFromName(sort);
        if (!key)
            return fail(
                ErrorCode::InvalidInput,
                tr("unknown \"sort\" \"%1\" (expected relevance, installs, rating, newest, name or price)")
                    .arg(sort));
        query.sort = *key;
    }
    int page = 1;
    int perPage = 20;
    if (params.hasQueryItem(u"page"_s)) {
        const auto value = positiveInt(param(u"page"_s));
        if (!value || *value > 100000)
            return fail(ErrorCode::InvalidInput, tr("\"page\" must be a whole number from 1 to 100000"));
        page = *value;
    }
    if (params.hasQueryItem(u"per_page"_s)) {
        const auto value = positiveInt(param(u"per_page"_s));
        if (!value || *value > maxPerPage)
            return fail(ErrorCode::InvalidInput, tr("\"per_page\" must be a whole number from 1 to 100"));
        perPage = *value;
    }
    query.limit = perPage;
    query.offset = (page - 1) * perPage;
    return query;
}

QHttpServerResponse CatalogRoutes::list(const QHttpServerRequest& request, bool withText) const
{
    const auto query = queryFrom(request, withText);
    if (!query)
        return errorResponse(query.error());
    catalog::CatalogReader reader(m_database);
    const auto page = reader.search(*query);
    if (!page)
        return errorResponse(page.error());
    const auto total = reader.count(*query);
    if (!total)
        return errorResponse(total.error());
    QJsonArray items;
    for (const auto& summary : page->items)
        items.append(summaryToJson(summary));
    return jsonResponse({
        {u"items"_s, items},
        {u"page"_s, query->offset / query->limit + 1},
        {u"per_page"_s, query->limit},
        {u"total"_s, *total},
        {u"catalog_version"_s, m_database.catalogVersion()},
    });
}

QHttpServerResponse CatalogRoutes::module(const QString& id) const
{
    catalog::CatalogReader reader(m_database);
    const auto module = reader.module(id);
    if (!module)
        return errorResponse(module.error());
    QJsonObject body = module->json;
    const catalog::Publisher p = reader.publisher(module->publisher);
    QJsonObject publisherInfo{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"verified"_s, p.verified}};
    if (m_reputation) {
        const auto reputations = m_reputation();
        if (!reputations)
            return errorResponse(reputations.error());
        if (const auto it = reputations->constFind(p.id); it != reputations->cend())
            publisherInfo.insert(u"reputation"_s, it->toJson());
    }
    body.insert(u"publisher_info"_s, publisherInfo);
    body.insert(u"rating_summary"_s, ratingToJson(module->rating));
    return jsonResponse(body);
}

QHttpServerResponse CatalogRoutes::icon(const QString& id) const
{
    const auto module = catalog::CatalogReader(m_database).module(id);
    if (!module)
        return errorResponse(module.error());
    if (module->icon.isEmpty())
        return errorResponse({ErrorCode::NotFound, tr("Module \"%1\" has no icon.").arg(id)});
    return QHttpServerResponse("image/svg+xml", module->icon.toUtf8());
}

QHttpServerResponse CatalogRoutes::categories() const
{
    const auto categories = catalog::CatalogReader(m_database).categories();
    if (!categories)
        return errorResponse(categories.error());
    QJsonArray items;
    for (const auto& c : *categories)
        items.append(QJsonObject{{u"id"_s, c.id},
                                 {u"name"_s, c.name},
                                 {u"description"_s, c.description},
                                 {u"module_count"_s, c.moduleCount}});
    return jsonResponse({{u"items"_s, items}});
}

QHttpServerResponse CatalogRoutes::exportCatalog(const QHttpServerRequest& request) const
{
    qint64 since = 0;
    if (const QString text = request.query().queryItemValue(u"since"_s); !text.isEmpty()) {
        bool ok = false;
        since = text.toLongLong(&ok);
        if (!ok || since < 0)
            return errorResponse({ErrorCode::InvalidInput, tr("\"since\" must be a whole number >= 0")});
    }
    auto snapshot = catalog::CatalogReader(m_database).exportSince(since);
    if (!snapshot)
        return errorResponse(snapshot.error());
    if (m_reputation) {
        const auto reputations = m_reputation();
        if (!reputations)
            return errorResponse(reputations.error());
        for (auto& publisher : snapshot->publishers)
            if (const auto it = reputations->constFind(publisher.id); it != reputations->cend())
                publisher.reputation = *it;
    }
    // All of them in every export, deltas too: a client replaces its list with the one it gets.
    auto revoked = m_licenses.revokedIds();
    if (!revoked)
        return errorResponse(revoked.error());
    snapshot->revokedLicenses = std::move(*revoked);
    // Every takedown, also whole in every export (docs/moderation.md).
    auto takenDown = moderation::TakedownRecords(m_database).all();
    if (!takenDown)
        return errorResponse(takenDown.error());
    snapshot->revokedPackages = std::move(*takenDown);
    // The signed payload adds what only the marketplace can vouch for: how long this snapshot
    // may be trusted and which keys are no longer.
    QJsonObject payload = QJsonDocument::fromJson(snapshot->toJson()).object();
    const QDateTime generated = QDateTime::fromString(payload.value(u"generated").toString(), Qt::ISODate);
    payload.insert(u"expires"_s, generated.addSecs(m_catalogValidity.count()).toString(Qt::ISODate));
    payload.insert(u"revoked_keys"_s, QJsonArray::fromStringList(m_keys.keyList().revoked));
    return QHttpServerResponse(
        "application/json", trust::SignedCatalog::sign(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                                       m_keys.signingKey(trust::KeyRole::Catalog)));
}

QHttpServerResponse CatalogRoutes::keyList() const
{
    return QHttpServerResponse("application/json", m_keys.keyListEnvelope());
}

QHttpServerResponse CatalogRoutes::health() const
{
    return jsonResponse({{u"status"_s, u"ok"_s}, {u"catalog_version"_s, m_database.catalogVersion()}});
}

} // namespace mm::server
