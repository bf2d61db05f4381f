#include "server/InstallRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::server {

InstallRoutes::InstallRoutes(catalog::CatalogDatabase& database, InstallRecords& records,
                             TenantRecords& tenants, LicenseIssuer& issuer)
    : m_database(database)
    , m_records(records)
    , m_tenants(tenants)
    , m_issuer(issuer)
{}

void InstallRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    using Request = const QHttpServerRequest&;
    const auto tenantAdmin = ApiRouter::Access::tenantAdmin();
    router.route(u"/api/marketplace/installed-modules"_s, Method::Get, tenantAdmin,
                 [this](const Caller& caller, Request) { return installed(caller); });
    router.route(u"/api/marketplace/modules/<arg>/install"_s, Method::Post, tenantAdmin,
                 [this](const QString& id, const Caller& caller, Request request) {
                     return install(id, caller, request);
                 });
    router.route(u"/api/marketplace/modules/<arg>/uninstall"_s, Method::Post, tenantAdmin,
                 [this](const QString& id, const Caller& caller, Request) { return uninstall(id, caller); });
}

QHttpServerResponse InstallRoutes::install(const QString& id, const Caller& caller,
                                           const QHttpServerRequest& request)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto module = catalog::CatalogReader(m_database).module(id);
    if (!module)
        return errorResponse(module.error());
    const QString version = QJsonDocument::fromJson(request.body()).object().value(u"version").toString();
    const auto info = std::find_if(module->versions.cbegin(), module->versions.cend(),
                                   [&](const catalog::VersionInfo& v) { return v.version == version; });
    if (info == module->versions.cend())
        return errorResponse({ErrorCode::InvalidInput,
                              tr("\"version\" must name a version of %1, got \"%2\".").arg(id, version)});
    if (auto allowed = TenantRecords::requireTier(*tenant, TenantRecords::tierOf(info->minTier),
                                                  u"%1 %2"_s.arg(id, version));
        !allowed)
        return errorResponse(allowed.error());
    const auto count = m_records.recordInstall(tenant->id, id, version);
    if (!count)
        return errorResponse(count.error());
    QJsonObject answer{
        {u"tenant"_s, tenant->id}, {u"module"_s, id}, {u"version"_s, version}, {u"installs"_s, *count}};
    // Paid modules get their license from a purchase or a trial (LicenseRoutes), never from an install.
    if (module->pricing.model == pricing::PricingModel::Free) {
        const auto license = m_issuer.freeLicense(tenant->id, *module);
        if (!license)
            return errorResponse(license.error());
        answer.insert(u"license"_s, QString::fromUtf8(license->document));
    }
    return jsonResponse(answer);
}

QHttpServerResponse InstallRoutes::uninstall(const QString& id, const Caller& caller)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto count = m_records.recordUninstall(tenant->id, id);
    if (!count)
        return errorResponse(count.error());
    return jsonResponse({{u"tenant"_s, tenant->id}, {u"module"_s, id}, {u"installs"_s, *count}});
}

QHttpServerResponse InstallRoutes::installed(const Caller& caller)
{
    const auto tenant = m_tenants.seen(caller.tenant);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto list = m_records.installed(tenant->id);
    if (!list)
        return errorResponse(list.error());
    QJsonArray items;
    for (const auto& i : *list)
        items.append(QJsonObject{{u"id"_s, i.module},
                                 {u"version"_s, i.version},
                                 {u"installed_at"_s, i.installedAt.toString(Qt::ISODate)}});
    return jsonResponse({{u"tenant"_s, tenant->id}, {u"items"_s, items}});
}

} // namespace mm::server
