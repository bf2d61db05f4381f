#include "server/InstallRoutes.h"

#include "core/catalog/CatalogReader.h"
#include "server/ApiJson.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mm::server {

InstallRoutes::InstallRoutes(catalog::CatalogDatabase& database, InstallRecords& records)
    : m_database(database)
    , m_records(records)
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

Result<QString> InstallRoutes::tenantOf(const QHttpServerRequest& request) const
{
    static const QRegularExpression valid(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    const QString tenant = QString::fromUtf8(request.value(tenantHeader));
    if (!valid.match(tenant).hasMatch())
        return fail(
            ErrorCode::InvalidInput,
            tr("The %1 header must name the tenant (1 to 64 lower-case letters, digits, '.', '_' or '-').")
                .arg(QLatin1StringView(tenantHeader)));
    return tenant;
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
    const bool known = std::any_of(module->versions.cbegin(), module->versions.cend(),
                                   [&](const catalog::VersionInfo& v) { return v.version == version; });
    if (!known)
        return errorResponse({ErrorCode::InvalidInput,
                              tr("\"version\" must name a version of %1, got \"%2\".").arg(id, version)});
    const auto count = m_records.recordInstall(*tenant, id, version);
    if (!count)
        return errorResponse(count.error());
    return jsonResponse(
        {{u"tenant"_s, *tenant}, {u"module"_s, id}, {u"version"_s, version}, {u"installs"_s, *count}});
}

QHttpServerResponse InstallRoutes::uninstall(const QString& id, const QHttpServerRequest& request)
{
    const auto tenant = tenantOf(request);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto count = m_records.recordUninstall(*tenant, id);
    if (!count)
        return errorResponse(count.error());
    return jsonResponse({{u"tenant"_s, *tenant}, {u"module"_s, id}, {u"installs"_s, *count}});
}

QHttpServerResponse InstallRoutes::installed(const QHttpServerRequest& request)
{
    const auto tenant = tenantOf(request);
    if (!tenant)
        return errorResponse(tenant.error());
    const auto list = m_records.installed(*tenant);
    if (!list)
        return errorResponse(list.error());
    QJsonArray items;
    for (const auto& i : *list)
        items.append(QJsonObject{{u"id"_s, i.module},
                                 {u"version"_s, i.version},
                                 {u"installed_at"_s, i.installedAt.toString(Qt::ISODate)}});
    return jsonResponse({{u"tenant"_s, *tenant}, {u"items"_s, items}});
}

} // namespace mm::server
