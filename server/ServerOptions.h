#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <chrono>

namespace mm::server {

// modmarketd's command line:
//   modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo]   serve the API
//   modmarketd import --data DIR FILE                            publish modules from a seed file
//   modmarketd keys init|rotate|revoke|fingerprint --data DIR    manage the marketplace keys
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::ServerOptions)

public:
    static constexpr quint16 defaultPort = 8470;

    enum class Command
    {
        Serve,
        Import,
        Keys, // keys init | rotate [--role R] | revoke KEYID | fingerprint
    };
    Command command = Command::Serve;
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = defaultPort;
    bool demo = false;
    QString importFile;
    QString keysAction;
    QString keysArgument; // the key id of "keys revoke"
    QStringList keysRoles;
    // How long a signed catalog snapshot stays fresh before clients warn that it may be frozen.
    std::chrono::seconds catalogValidity{7 * 24 * 3600};

    static Result<ServerOptions> parse(const QStringList& arguments);
    static QString usage();
};

} // namespace mm::server
