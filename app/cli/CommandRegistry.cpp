#include "app/cli/CommandRegistry.h"

#include "app/cli/commands/CategoriesCommand.h"
#include "app/cli/commands/ResolveCommand.h"
#include "app/cli/commands/SearchCommand.h"
#include "app/cli/commands/SemverCommand.h"
#include "app/cli/commands/ShowCommand.h"
#include "app/cli/commands/SyncCommand.h"
#include "app/cli/commands/TrustCommand.h"

namespace mm::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<TrustCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<CategoriesCommand>());
    commands.push_back(std::make_unique<ResolveCommand>());
    commands.push_back(std::make_unique<SemverCommand>());
    return commands;
}

} // namespace mm::cli
