#include "server/ServerOptions.h"

#include <QDir>
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

} // namespace

QString ServerOptions::usage()
{
    return tr("Usage:\n"
              "  modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo]\n"
              "  modmarketd import --data DIR FILE\n"
              "  modmarketd keys init|fingerprint --data DIR\n"
              "  modmarketd keys rotate --data DIR [--role catalog|countersign|license]...\n"
              "  modmarketd keys revoke --data DIR KEYID\n\n"
              "  --data DIR       where the server keeps its state (default: the user's data folder)\n"
              "  --listen A:P     address and port to serve on (default 127.0.0.1:%1; port 0 picks a free "
              "one)\n"
              "  --demo           seed the demo catalog into an empty data folder\n"
              "  --catalog-validity SECONDS  how long a signed catalog stays fresh (default 7 days)\n")
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
        } else if (arg == u"--role") {
            auto role = value();
            if (!role)
                return std::unexpected(role.error());
            if (*role != u"catalog" && *role != u"countersign" && *role != u"license")
                return fail(ErrorCode::InvalidInput,
                            tr("--role takes catalog, countersign or license, got \"%1\"").arg(*role));
            options.keysRoles.append(*role);
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
    } else if (!positional.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("unknown command \"%1\"").arg(positional.front()));
    }
    if (options.dataDir.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("no --data folder given and no user data folder is known"));
    options.dataDir = QDir(options.dataDir).absolutePath();
    return options;
}

} // namespace mm::server
