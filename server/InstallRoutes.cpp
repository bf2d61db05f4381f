#include "server/InstallRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "server/ApiJson.h"
#include "server/TenantHeader.h"

#include <QHttpServer>
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

void InstallRoutes::registerOn(QHttpServer& server)
{
    using Method = QHttpServerRequest::Method;
    server.route(u"/api/marketplace/installed-modules"_s, Method::Get,
                 [this](const QHttpServerRequest& request) { return installed(request); });
    server.route(
        u"/api/marketplace/modules/<arg>/install"_s, Method::Post,
        [this](const QString& id, const QHttpServerRequest& request) { return install(id, request); });
    server.route(
        u"/api/marketplace/modules/<arg>/uninstall"_s, Method::Post,
        [this](const QString& id, const QHttpServerRequest& request) { return uninstall(id, request); });
}

Result<Tenant> InstallRoutes::tenantOf(const QHttpServerRequest& request)
{
    const auto id = TenantHeader::read(request);
    if (!id)
        return std::unexpected(id.error());
    return m_tenants.seen(*id);
}

QHttpServerResponse InstallRoutes::install(const QString& id, const QHttpServerRequest& request)
{
    const auto tenant = tenantOf(request);
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

QHttpServerResponse InstallRoutes::uninstall(const QString& id, const QHttpServerRequest& request)
{
    const auto tenant = tenantOf(request);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto count = m_records.recordUninstall(tenant->id, id);
    if (!count)
        return errorResponse(count.error());
    return jsonResponse({{u"tenant"_s, tenant->id}, {u"module"_s, id}, {u"installs"_s, *count}});
}

QHttpServerResponse InstallRoutes::installed(const QHttpServerRequest& request)
{
    const auto tenant = tenantOf(request);
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
