#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace mm::server {

// modmarketd's command line:
//   modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo]   serve the API
//   modmarketd import --data DIR FILE                            publish modules from a seed file
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::ServerOptions)

public:
    static constexpr quint16 defaultPort = 8470;

    enum class Command
    {
        Serve,
        Import
    };
    Command command = Command::Serve;
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = defaultPort;
    bool demo = false;
    QString importFile;

    static Result<ServerOptions> parse(const QStringList& arguments);
    static QString usage();
};

} // namespace mm::server
