#pragma once

#include "core/common/Error.h"
#include "server/accounts/AccountSettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace mm::server {

// modmarketd's command line:
//   modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo [--demo-plugins DIR]]   serve the API
//              [--advisories FILE] [--host-versions LIST] [--checkers FILE] [--probe-host PATH]
//              [--budgets FILE] [--max-package-bytes N] [--checker-timeout SECONDS]
//   modmarketd import --data DIR FILE                            publish modules from a seed file
//   modmarketd keys init|rotate|revoke|fingerprint --data DIR    manage the marketplace keys
//   modmarketd license issue|revoke ... --data DIR              issue and revoke licenses
//   modmarketd tenant set-tier TENANT TIER --data DIR            change a tenant's tier
//   modmarketd user add|list --data DIR ...                      create and list accounts
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::ServerOptions)

public:
    static constexpr quint16 defaultPort = 8470;

    enum class Command
    {
        Serve,
        Import,
        Keys,    // keys init | rotate [--role R] | revoke KEYID | fingerprint
        License, // license issue --tenant T --module M --plan P ... | revoke ID [--reason R]
        Tenant,  // tenant set-tier TENANT TIER
        User,    // user add --email E --role R[,R] [--tenant T] [--publisher P] [--name N] | list
    };
    Command command = Command::Serve;
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = defaultPort;
    bool demo = false;
    // With --demo: DIR/<module-id>/ holds one Qt plugin file that goes into that module's demo
    // packages (DemoPackages), for hosts built like this server.
    QString demoPlugins;
    QString importFile;
    QString keysAction;
    QString keysArgument; // the key id of "keys revoke"
    QStringList keysRoles;
    // The license, tenant and user commands: the action ("issue", "revoke", "set-tier", "add"),
    // the words after it, and their --tenant, --module, --plan, --days, --machine, --reason,
    // --email, --name, --publisher and --role values by name without the dashes; LicenseCommand,
    // TenantCommand and UserCommand check what the values mean.
    QString commandAction;
    QStringList commandArguments;
    QMap<QString, QString> commandOptions;
    // How long a signed catalog snapshot stays fresh before clients warn that it may be frozen.
    std::chrono::seconds catalogValidity{7 * 24 * 3600};
    // Stripe (docs/checkout.md, "Configuration"): the keys come from the environment
    // (MODMARKETD_STRIPE_SECRET_KEY, MODMARKETD_STRIPE_WEBHOOK_SECRET) so that they never show in
    // a process list. Without a secret key the server takes no payments.
    QString stripeSecretKey;
    QString stripeWebhookSecret;
    QUrl stripeApi{QStringLiteral("https://api.stripe.com")};
    QUrl publicUrl; // empty: the listening address
    int platformFeePercent = 20;
    // Submissions (docs/api.md, "Publishing"): the advisory feed (default DATA/advisories.json),
    // the host versions a module must resolve on, the code checkers (default: those found in
    // PATH), the example host that loads plugins, the performance budgets, the package size limit.
    QString advisoriesFile;
    QStringList hostVersions{QStringLiteral("5.4.0"), QStringLiteral("6.0.0"), QStringLiteral("6.2.0")};
    QString checkersFile;
    QString probeHost;
    QString budgetsFile;
    qint64 maxPackageBytes = 64LL * 1024 * 1024;
    std::chrono::seconds checkerTimeout{60};
    // Sign-ins (docs/accounts.md): token lifetimes and the login throttle's window.
    accounts::AccountSettings accounts;

    static Result<ServerOptions> parse(const QStringList& arguments);
    static QString usage();
};

} // namespace mm::server
