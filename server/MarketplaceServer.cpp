#include "server/MarketplaceServer.h"

#include "server/ApiJson.h"
#include "server/DemoPackages.h"
#include "server/DemoSeed.h"

#include <QDir>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server {

MarketplaceServer::MarketplaceServer(Private, std::unique_ptr<catalog::CatalogDatabase> database,
                                     MarketplaceKeys keys, const ServerOptions& options,
                                     submissions::PipelineSettings pipeline)
    : m_database(std::move(database))
    , m_keys(std::move(keys))
    , m_tenants(*m_database)
    , m_audit(*m_database)
    , m_accounts(*m_database, m_tenants, m_audit, options.dataDir, options.accounts)
    , m_router(m_http, m_accounts.authenticator(), &m_audit)
    , m_licenses(*m_database)
    , m_subscriptions(*m_database)
    , m_issuer(m_keys, m_licenses)
    , m_catalogRoutes(*m_database, m_keys, m_licenses, options.catalogValidity)
    , m_packages(QDir(options.dataDir).filePath(u"packages"_s))
    , m_packageRoutes(m_packages)
    , m_installs(*m_database)
    , m_installRoutes(*m_database, m_installs, m_tenants, m_issuer)
    , m_licenseRoutes(*m_database, m_keys, m_tenants, m_licenses, m_subscriptions, m_issuer)
    , m_billing(*m_database, m_tenants, m_licenses, m_subscriptions, m_issuer,
                {options.stripeSecretKey, options.stripeWebhookSecret, options.stripeApi, options.publicUrl,
                 options.platformFeePercent})
    , m_submissions(*m_database, options.dataDir, options.maxPackageBytes, std::move(pipeline))
    , m_moderation(*m_database, options.dataDir, m_packages, m_keys)
    , m_reviews(*m_database, m_audit)
{
    m_accounts.registerOn(m_router);
    // Before the catalog's /modules/<arg>: the router takes the first rule that matches.
    m_billing.registerOn(m_router);
    m_submissions.registerOn(m_router);
    m_moderation.registerOn(m_router);
    m_reviews.registerOn(m_router);
    m_catalogRoutes.setReputationSource([this] { return m_reviews.reputations(); });
    m_accounts.dataRights().add(m_reviews.personalData());
    m_accounts.dataRights().add(m_moderation.personalData());
    m_catalogRoutes.registerOn(m_router);
    m_packageRoutes.registerOn(m_router);
    m_installRoutes.registerOn(m_router);
    m_licenseRoutes.registerOn(m_router);
    // Paths no route matches get the same JSON error shape as every other failure.
    m_http.setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        errorResponse({ErrorCode::NotFound, tr("There is no API resource at %1.").arg(request.url().path())})
            .write(std::move(responder));
    });
    m_http.afterRequest([](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        spdlog::debug("{} {} -> {}", request.method() == QHttpServerRequest::Method::Get ? "GET" : "other",
                      request.url().path().toStdString(), int(response.statusCode()));
        return std::move(response);
    });
}

MarketplaceServer::~MarketplaceServer() = default;

Result<std::unique_ptr<MarketplaceServer>> MarketplaceServer::create(const ServerOptions& options)
{
    if (!QDir().mkpath(options.dataDir))
        return fail(ErrorCode::Storage, tr("Cannot create the data folder %1").arg(options.dataDir));
    auto database = catalog::CatalogDatabase::open(QDir(options.dataDir).filePath(u"marketplace.sqlite"_s));
    if (!database)
        return std::unexpected(database.error());
    auto keys = MarketplaceKeys::openOrCreate(options.dataDir);
    if (!keys)
        return std::unexpected(keys.error());
    if (options.demo)
        if (auto seeded = submissions::Submissions::seedDemoAdvisories(options.dataDir); !seeded)
            return std::unexpected(seeded.error());
    auto pipeline = submissions::PipelineSettings::fromOptions(options, (*database)->path());
    if (!pipeline)
        return std::unexpected(pipeline.error());
    auto server = std::make_unique<MarketplaceServer>(Private{}, std::move(*database), std::move(*keys),
                                                      options, std::move(*pipeline));
    for (const auto& ok : {server->m_audit.createSchema(), server->m_accounts.createSchema(),
                           server->m_installs.createSchema(), server->m_tenants.createSchema(),
                           server->m_licenses.createSchema(), server->m_subscriptions.createSchema(),
                           server->m_billing.createSchema(), server->m_submissions.createSchema(),
                           server->m_moderation.createSchema(), server->m_reviews.createSchema()})
        if (!ok)
            return std::unexpected(ok.error());
    if (options.demo && server->m_database->catalogVersion() == 0) {
        const DemoPackages packages(options.dataDir, server->m_packages, server->m_keys, options.demoPlugins);
        const auto version = DemoSeed::importDemo(*server->m_database, packages);
        if (!version)
            return std::unexpected(version.error());
        spdlog::info("seeded the demo catalog with signed packages as version {}", *version);
        // The seed's rating histograms are ratings without reviews: reviews add to them.
        if (auto imported = server->m_reviews.importSeedRatings(); !imported)
            return std::unexpected(imported.error());
    }
    if (options.demo)
        if (auto seeded = server->m_accounts.seedDemo(); !seeded)
            return std::unexpected(seeded.error());
    if (auto started = server->m_submissions.start(); !started)
        return std::unexpected(started.error());
    return server;
}

Result<quint16> MarketplaceServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        return fail(ErrorCode::Network, tr("Cannot listen on %1:%2 (is another server using the port?)")
                                            .arg(address.toString())
                                            .arg(port));
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QString(u'[' + host + u']');
    m_billing.setListeningUrl(QUrl(u"http://%1:%2"_s.arg(host).arg(bound)));
    return bound;
}

} // namespace mm::server
