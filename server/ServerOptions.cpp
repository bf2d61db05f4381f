#include "server/ServerOptions.h"

#include "core/semver/Version.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mm::server {
namespace {

Result<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return fail(ErrorCode::InvalidInput,
                    ServerOptions::tr("--listen takes ADDRESS:PORT, got \"%1\"").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (address.isNull())
        return fail(ErrorCode::InvalidInput,
                    ServerOptions::tr("--listen: \"%1\" is not an IP address").arg(host));
    if (!ok || port > 65535)
        return fail(ErrorCode::InvalidInput, ServerOptions::tr("--listen: the port must be 0 to 65535"));
    return std::pair{address, quint16(port)};
}

const QStringList commandOptionNames{u"--tenant"_s, u"--module"_s,  u"--plan"_s,
                                     u"--days"_s,   u"--machine"_s, u"--reason"_s,
                                     u"--email"_s,  u"--name"_s,    u"--publisher"_s};

// `user add|list`: the options each takes; --role arrives in commandOptions as "role".
Result<void> parseUserCommand(ServerOptions& options, const QStringList& positional)
{
    const QString action = positional.value(1);
    QStringList allowed;
    if (action == u"add")
        allowed = {u"email"_s, u"role"_s, u"tenant"_s, u"publisher"_s, u"name"_s};
    else if (action != u"list")
        return fail(ErrorCode::InvalidInput, ServerOptions::tr("user takes add or list"));
    if (positional.size() != 2)
        return fail(ErrorCode::InvalidInput,
                    ServerOptions::tr("user %1 takes no arguments besides its options").arg(action));
    for (auto it = options.commandOptions.cbegin(); it != options.commandOptions.cend(); ++it)
        if (!allowed.contains(it.key()))
            return fail(ErrorCode::InvalidInput,
                        ServerOptions::tr("--%1 is not an option of user %2").arg(it.key(), action));
    if (action == u"add" &&
        (!options.commandOptions.contains(u"email"_s) || !options.commandOptions.contains(u"role"_s)))
        return fail(ErrorCode::InvalidInput, ServerOptions::tr("user add needs --email and --role"));
    options.command = ServerOptions::Command::User;
    options.commandAction = action;
    return {};
}

Result<std::chrono::seconds> parseSeconds(const QString& option, const QString& text, qint64 max)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (!ok || seconds < 1 || seconds > max)
        return fail(ErrorCode::InvalidInput,
                    ServerOptions::tr("%1 takes a number of seconds from 1 to %2").arg(option).arg(max));
    return std::chrono::seconds(seconds);
}

// `license issue|revoke` and `tenant set-tier`: the words they take and the options each allows.
Result<void> parseRecordsCommand(ServerOptions& options, const QStringList& positional)
{
    const bool license = positional.front() == u"license";
    const QString action = positional.value(1);
    QStringList allowed;
    qsizetype words = 0;
    if (license && action == u"issue") {
        allowed = {u"tenant"_s, u"module"_s, u"plan"_s, u"days"_s, u"machine"_s};
    } else if (license && action == u"revoke") {
        allowed = {u"reason"_s};
        words = 1;
    } else if (!license && action == u"set-tier") {
        words = 2;
    } else {
        return fail(ErrorCode::InvalidInput,
                    license ? ServerOptions::tr("license takes issue or revoke LICENSE-ID")
                            : ServerOptions::tr("tenant takes set-tier TENANT TIER"));
    }
    if (positional.size() != 2 + words)
        return fail(ErrorCode::InvalidInput,
                    words == 0 ? ServerOptions::tr("%1 %2 takes no arguments besides its options")
                                     .arg(positional.front(), action)
                    : words == 1 ? ServerOptions::tr("license revoke takes exactly one LICENSE-ID")
                                 : ServerOptions::tr("tenant set-tier takes a TENANT and a TIER"));
    for (auto it = options.commandOptions.cbegin(); it != options.commandOptions.cend(); ++it)
        if (!allowed.contains(it.key()))
            return fail(ErrorCode::InvalidInput, ServerOptions::tr("--%1 is not an option of %2 %3")
                                                     .arg(it.key(), positional.front(), action));
    options.command = license ? ServerOptions::Command::License : ServerOptions::Command::Tenant;
    options.commandAction = action;
    options.commandArguments = positional.mid(2);
    return {};
}

} // namespace

QString ServerOptions::usage()
{
    return tr("Usage:\n"
              "  modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo [--demo-plugins DIR]]\n"
              "             [--advisories FILE] [--host-versions LIST] [--checkers FILE] [--probe-host "
              "PATH]\n"
              "             [--budgets FILE] [--max-package-bytes N] [--checker-timeout SECONDS]\n"
              "  modmarketd import --data DIR FILE\n"
              "  modmarketd keys init|fingerprint --data DIR\n"
              "  modmarketd keys rotate --data DIR [--role catalog|countersign|license]...\n"
              "  modmarketd keys revoke --data DIR KEYID\n"
              "  modmarketd license issue --data DIR --tenant T --module M --plan PLAN [--days N] "
              "[--machine FP]\n"
              "  modmarketd license revoke --data DIR LICENSE-ID [--reason TEXT]\n"
              "  modmarketd tenant set-tier --data DIR TENANT free|team|business|enterprise\n"
              "  modmarketd user add --data DIR --email E --role R[,R] [--tenant T] [--publisher P] "
              "[--name N]\n"
              "                     (reads the password from stdin; roles: tenant-admin, developer, "
              "moderator, admin)\n"
              "  modmarketd user list --data DIR\n\n"
              "  --data DIR       where the server keeps its state (default: the user's data folder)\n"
              "  --listen A:P     address and port to serve on (default 127.0.0.1:%1; port 0 picks a free "
              "one)\n"
              "  --demo           seed the demo catalog into an empty data folder\n"
              "  --demo-plugins DIR  put DIR/<module-id>/<plugin> into that module's demo packages\n"
              "  --catalog-validity SECONDS  how long a signed catalog stays fresh (default 7 days)\n"
              "  --plan PLAN      free, one-time, subscription, usage-based or trial\n"
              "  --days N         how long a trial, subscription or usage-based license runs\n"
              "  --machine FP     bind the license to a machine id (32 hex digits)\n"
              "  --stripe-api URL     Stripe's API base URL (default https://api.stripe.com)\n"
              "  --public-url URL     the address browsers reach this server at (default: the listening "
              "address)\n"
              "  --platform-fee-percent N  the marketplace's share of each payment (default 20)\n"
              "  --advisories FILE    the advisory feed served and checked against (default "
              "DATA/advisories.json)\n"
              "  --host-versions LIST host platform versions a submitted module must resolve on, "
              "comma-separated\n"
              "                       (default 5.4.0,6.0.0,6.2.0)\n"
              "  --checkers FILE      the code checkers submissions run through (default: cppcheck, "
              "shellcheck\n"
              "                       and eslint when found in PATH)\n"
              "  --probe-host PATH    the example host that loads a submitted plugin (default: "
              "modmarket-example-host\n"
              "                       beside modmarketd or in PATH)\n"
              "  --budgets FILE       plugin load time and memory budgets by category\n"
              "  --max-package-bytes N  the largest package accepted for submission (default 64 MiB)\n"
              "  --checker-timeout SECONDS  how long one code checker may run before it is stopped "
              "(default 60)\n"
              "  --access-token-ttl SECONDS   how long an access token is valid (default 900)\n"
              "  --refresh-token-ttl SECONDS  how long a refresh token is valid (default 30 days)\n"
              "  --login-window SECONDS       the window failed logins are counted in (default 900)\n\n"
              "Payments are taken when MODMARKETD_STRIPE_SECRET_KEY and MODMARKETD_STRIPE_WEBHOOK_SECRET "
              "are set in the environment.\n")
        .arg(defaultPort);
}

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments)
{
    ServerOptions options;
    options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        auto value = [&]() -> Result<QString> {
            if (i + 1 >= arguments.size())
                return fail(ErrorCode::InvalidInput, tr("%1 needs a value").arg(arg));
            return arguments[++i];
        };
        if (arg == u"--data") {
            auto dir = value();
            if (!dir)
                return std::unexpected(dir.error());
            options.dataDir = *dir;
        } else if (arg == u"--listen") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            auto listen = parseListen(*text);
            if (!listen)
                return std::unexpected(listen.error());
            std::tie(options.address, options.port) = *listen;
        } else if (arg == u"--demo") {
            options.demo = true;
        } else if (arg == u"--demo-plugins") {
            auto dir = value();
            if (!dir)
                return std::unexpected(dir.error());
            options.demoPlugins = QDir(*dir).absolutePath();
        } else if (arg == u"--role") {
            // keys rotate --role catalog|countersign|license, or user add --role R[,R]: checked
            // once the command is known.
            auto role = value();
            if (!role)
                return std::unexpected(role.error());
            options.keysRoles.append(*role);
        } else if (arg == u"--access-token-ttl" || arg == u"--refresh-token-ttl" ||
                   arg == u"--login-window") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            const auto seconds = parseSeconds(arg, *text, 10LL * 365 * 24 * 3600);
            if (!seconds)
                return std::unexpected(seconds.error());
            (arg == u"--access-token-ttl"    ? options.accounts.accessTtl
             : arg == u"--refresh-token-ttl" ? options.accounts.refreshTtl
                                             : options.accounts.loginWindow) = *seconds;
        } else if (commandOptionNames.contains(arg)) {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            if (options.commandOptions.contains(arg.mid(2)))
                return fail(ErrorCode::InvalidInput, tr("%1 is given twice").arg(arg));
            options.commandOptions.insert(arg.mid(2), *text);
        } else if (arg == u"--catalog-validity") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            bool ok = false;
            const qint64 seconds = text->toLongLong(&ok);
            if (!ok || seconds < 0 || seconds > 10LL * 365 * 24 * 3600)
                return fail(ErrorCode::InvalidInput,
                            tr("--catalog-validity takes a number of seconds up to ten years"));
            options.catalogValidity = std::chrono::seconds(seconds);
        } else if (arg == u"--stripe-api" || arg == u"--public-url") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            const QUrl url(*text, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
                url.host().isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("%1 takes an http or https URL, got \"%2\"").arg(arg, *text));
            (arg == u"--stripe-api" ? options.stripeApi : options.publicUrl) = url;
        } else if (arg == u"--platform-fee-percent") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            bool ok = false;
            const int percent = text->toInt(&ok);
            if (!ok || percent < 0 || percent > 100)
                return fail(ErrorCode::InvalidInput,
                            tr("--platform-fee-percent takes a whole number from 0 to 100"));
            options.platformFeePercent = percent;
        } else if (arg == u"--advisories" || arg == u"--checkers" || arg == u"--probe-host" ||
                   arg == u"--budgets") {
            auto path = value();
            if (!path)
                return std::unexpected(path.error());
            if (!QFileInfo(*path).isFile())
                return fail(ErrorCode::InvalidInput, tr("%1: there is no file %2").arg(arg, *path));
            const QString absolute = QFileInfo(*path).absoluteFilePath();
            (arg == u"--advisories"   ? options.advisoriesFile
             : arg == u"--checkers"   ? options.checkersFile
             : arg == u"--probe-host" ? options.probeHost
                                      : options.budgetsFile) = absolute;
        } else if (arg == u"--host-versions") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            QStringList versions;
            for (const QString& part : text->split(u',', Qt::SkipEmptyParts)) {
                const QString version = part.trimmed();
                if (!semver::Version::parse(version))
                    return fail(ErrorCode::InvalidInput,
                                tr("--host-versions: \"%1\" is not a version like 6.2.0").arg(version));
                versions.append(version);
            }
            if (versions.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("--host-versions takes a comma-separated list of versions"));
            options.hostVersions = versions;
        } else if (arg == u"--checker-timeout") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            bool ok = false;
            const qint64 seconds = text->toLongLong(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return fail(ErrorCode::InvalidInput,
                            tr("--checker-timeout takes a number of seconds from 1 to 3600"));
            options.checkerTimeout = std::chrono::seconds(seconds);
        } else if (arg == u"--max-package-bytes") {
            auto text = value();
            if (!text)
                return std::unexpected(text.error());
            bool ok = false;
            const qint64 bytes = text->toLongLong(&ok);
            if (!ok || bytes < 1024 || bytes > 4LL * 1024 * 1024 * 1024)
                return fail(ErrorCode::InvalidInput,
                            tr("--max-package-bytes takes a number of bytes from 1024 to 4 GiB"));
            options.maxPackageBytes = bytes;
        } else if (arg.startsWith(u'-')) {
            return fail(ErrorCode::InvalidInput, tr("unknown option %1").arg(arg));
        } else {
            positional.append(arg);
        }
    }
    if (!positional.isEmpty() && positional.front() == u"import") {
        if (positional.size() != 2)
            return fail(ErrorCode::InvalidInput, tr("import takes exactly one FILE"));
        options.command = Command::Import;
        options.importFile = positional[1];
    } else if (!positional.isEmpty() && positional.front() == u"keys") {
        static const QStringList actions{u"init"_s, u"rotate"_s, u"revoke"_s, u"fingerprint"_s};
        if (positional.size() < 2 || !actions.contains(positional[1]))
            return fail(ErrorCode::InvalidInput, tr("keys takes init, rotate, revoke KEYID or fingerprint"));
        options.command = Command::Keys;
        options.keysAction = positional[1];
        const qsizetype wanted = options.keysAction == u"revoke" ? 3 : 2;
        if (positional.size() != wanted)
            return fail(ErrorCode::InvalidInput,
                        options.keysAction == u"revoke"
                            ? tr("keys revoke takes exactly one KEYID")
                            : tr("keys %1 takes no arguments").arg(options.keysAction));
        if (wanted == 3)
            options.keysArgument = positional[2];
    } else if (!positional.isEmpty() &&
               (positional.front() == u"license" || positional.front() == u"tenant")) {
        if (auto ok = parseRecordsCommand(options, positional); !ok)
            return std::unexpected(ok.error());
    } else if (!positional.isEmpty() && positional.front() == u"user") {
        if (!options.keysRoles.isEmpty())
            options.commandOptions.insert(u"role"_s, options.keysRoles.join(u','));
        options.keysRoles.clear();
        if (auto ok = parseUserCommand(options, positional); !ok)
            return std::unexpected(ok.error());
    } else if (!positional.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("unknown command \"%1\"").arg(positional.front()));
    }
    for (const QString& role : std::as_const(options.keysRoles))
        if (role != u"catalog" && role != u"countersign" && role != u"license")
            return fail(ErrorCode::InvalidInput,
                        tr("--role takes catalog, countersign or license, got \"%1\"").arg(role));
    if (options.command != Command::License && options.command != Command::User &&
        !options.commandOptions.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            tr("--%1 is an option of the license command only").arg(options.commandOptions.firstKey()));
    if (!options.demoPlugins.isEmpty() && !options.demo)
        return fail(ErrorCode::InvalidInput, tr("--demo-plugins goes with --demo"));
    if (options.dataDir.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("no --data folder given and no user data folder is known"));
    options.dataDir = QDir(options.dataDir).absolutePath();
    options.stripeSecretKey = qEnvironmentVariable("MODMARKETD_STRIPE_SECRET_KEY");
    options.stripeWebhookSecret = qEnvironmentVariable("MODMARKETD_STRIPE_WEBHOOK_SECRET");
    return options;
}

} // namespace mm::server
