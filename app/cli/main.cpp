#include "app/cli/CliContext.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CommandRegistry.h"
#include "core/common/DefaultLocale.h"
#include "core/common/Translations.h"
#include "core/logging/Logging.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printHelp(QTextStream& out, const std::vector<std::unique_ptr<mm::cli::Command>>& commands)
{
    out << QCoreApplication::translate("main",
                                       "Usage: modmarket-cli [--json] [--profile DIR] [--marketplace URL] "
                                       "VERB [ARGUMENTS]")
        << "\n\n";
    for (const auto& command : commands)
        out << "  " << command->synopsis().leftJustified(40) << ' ' << command->summary() << '\n';
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"modmarket-cli"_s);
    QCoreApplication::setOrganizationName(u"modmarket"_s);
    // Failures reach the user as one "modmarket-cli: ..." line; warnings logged on the way would repeat them.
    mm::logging::initialize(u"modmarket-cli"_s, mm::logging::Level::Error);
    mm::useReadableDefaultLocale();

    mm::installTranslations(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = mm::cli::allCommands();
    auto options = mm::cli::CliOptions::parse(QCoreApplication::arguments());
    if (!options) {
        err << "modmarket-cli: " << options.error().message << Qt::endl;
        return 2;
    }
    if (options->verb.isEmpty() || options->help) {
        printHelp(options->verb.isEmpty() && !options->help ? err : out, commands);
        return options->help ? 0 : 2;
    }
    auto profile = mm::Profile::open(options->profileDir);
    if (!profile) {
        err << "modmarket-cli: " << profile.error().message << Qt::endl;
        return 1;
    }
    mm::cli::CliContext context(*options, *profile, out, err);
    for (const auto& command : commands)
        if (command->name() == options->verb)
            return command->run(context, options->verbArguments);
    return context.report(
        {mm::ErrorCode::InvalidInput,
         QCoreApplication::translate("main", "unknown verb \"%1\"; see --help").arg(options->verb)});
}
