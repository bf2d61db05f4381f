#include "server/MarketplaceServer.h"

#include "server/ApiJson.h"
#include "server/DemoSeed.h"

#include <QDir>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server {

MarketplaceServer::MarketplaceServer(Private, std::unique_ptr<catalog::CatalogDatabase> database)
    : m_database(std::move(database))
    , m_catalogRoutes(*m_database)
{
    m_catalogRoutes.registerOn(m_http);
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
    if (options.demo && (*database)->catalogVersion() == 0) {
        const auto version = DemoSeed::importFile(**database, QString::fromLatin1(DemoSeed::demoResource));
        if (!version)
            return std::unexpected(version.error());
        spdlog::info("seeded the demo catalog as version {}", *version);
    }
    return std::make_unique<MarketplaceServer>(Private{}, std::move(*database));
}

Result<quint16> MarketplaceServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        return fail(ErrorCode::Network, tr("Cannot listen on %1:%2 (is another server using the port?)")
                                            .arg(address.toString())
                                            .arg(port));
    return bound;
}

} // namespace mm::server
