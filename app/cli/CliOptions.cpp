#include "app/cli/CliOptions.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

Result<CliOptions> CliOptions::parse(const QStringList& arguments)
{
    CliOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        auto value = [&]() -> Result<QString> {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty())
                return fail(ErrorCode::InvalidInput, tr("%1 needs a value").arg(arg));
            return arguments[++i];
        };
        if (arg == u"--json") {
            options.json = true;
        } else if (arg == u"--help" || arg == u"-h") {
            options.help = true;
        } else if (arg == u"--profile") {
            auto dir = value();
            if (!dir)
                return std::unexpected(dir.error());
            options.profileDir = *dir;
        } else if (arg == u"--marketplace") {
            auto url = value();
            if (!url)
                return std::unexpected(url.error());
            options.marketplace = QUrl(*url);
            if (!options.marketplace.isValid() || options.marketplace.host().isEmpty() ||
                (options.marketplace.scheme() != u"http" && options.marketplace.scheme() != u"https"))
                return fail(ErrorCode::InvalidInput,
                            tr("--marketplace needs an http or https URL, got \"%1\"").arg(*url));
        } else if (options.verb.isEmpty() && !arg.startsWith(u'-')) {
            options.verb = arg;
        } else {
            options.verbArguments.append(arg);
        }
    }
    // Scripts (and docs/developers/guide.md) set these once instead of repeating the options.
    if (options.profileDir.isEmpty())
        options.profileDir = qEnvironmentVariable("MODMARKET_PROFILE");
    if (options.marketplace.isEmpty() && !qEnvironmentVariableIsEmpty("MODMARKET_MARKETPLACE")) {
        const QString url = qEnvironmentVariable("MODMARKET_MARKETPLACE");
        options.marketplace = QUrl(url);
        if (!options.marketplace.isValid() || options.marketplace.host().isEmpty() ||
            (options.marketplace.scheme() != u"http" && options.marketplace.scheme() != u"https"))
            return fail(ErrorCode::InvalidInput,
                        tr("MODMARKET_MARKETPLACE needs an http or https URL, got \"%1\"").arg(url));
    }
    return options;
}

} // namespace mm::cli
