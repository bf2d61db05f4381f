#include "core/catalog/CatalogDatabase.h"
#include "core/logging/Logging.h"
#include "server/DemoSeed.h"
#include "server/KeysCommand.h"
#include "server/LicenseCommand.h"
#include "server/MarketplaceServer.h"
#include "server/ServerOptions.h"
#include "server/ShutdownSignal.h"
#include "server/TenantCommand.h"
#include "server/accounts/UserCommand.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"modmarketd"_s);
    QCoreApplication::setOrganizationName(u"modmarket"_s);
    mm::logging::initialize(u"modmarketd"_s);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        std::fputs(qPrintable(mm::server::ServerOptions::usage()), stdout);
        return 0;
    }
    const auto options = mm::server::ServerOptions::parse(arguments);
    if (!options) {
        std::fprintf(stderr, "modmarketd: %s\n%s", qPrintable(options.error().message),
                     qPrintable(mm::server::ServerOptions::usage()));
        return 2;
    }

    if (options->command == mm::server::ServerOptions::Command::Keys)
        return mm::server::runKeysCommand(*options);
    if (options->command == mm::server::ServerOptions::Command::License)
        return mm::server::LicenseCommand::run(*options);
    if (options->command == mm::server::ServerOptions::Command::Tenant)
        return mm::server::TenantCommand::run(*options);
    if (options->command == mm::server::ServerOptions::Command::User)
        return mm::server::accounts::UserCommand::run(*options);
    if (options->command == mm::server::ServerOptions::Command::Import) {
        QDir().mkpath(options->dataDir);
        auto database =
            mm::catalog::CatalogDatabase::open(QDir(options->dataDir).filePath(u"marketplace.sqlite"_s));
        if (!database) {
            std::fprintf(stderr, "modmarketd: %s\n", qPrintable(database.error().message));
            return 1;
        }
        const auto version = mm::server::DemoSeed::importFile(**database, options->importFile);
        if (!version) {
            std::fprintf(stderr, "modmarketd: %s\n", qPrintable(version.error().message));
            return 1;
        }
        std::printf("modmarketd: published catalog version %lld\n", static_cast<long long>(*version));
        return 0;
    }

    const mm::server::ShutdownSignal shutdown;
    auto server = mm::server::MarketplaceServer::create(*options);
    if (!server) {
        std::fprintf(stderr, "modmarketd: %s\n", qPrintable(server.error().message));
        return 1;
    }
    const auto port = (*server)->listen(options->address, options->port);
    if (!port) {
        std::fprintf(stderr, "modmarketd: %s\n", qPrintable(port.error().message));
        return 1;
    }
    QString host = options->address.toString();
    if (options->address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    // Scripts and tests read this line to learn the port; keep its shape stable.
    std::printf("modmarketd: listening on http://%s:%u\n", qPrintable(host), unsigned(*port));
    std::fflush(stdout);
    return app.exec();
}
