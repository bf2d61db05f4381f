#include "app/cli/CommandRegistry.h"

#include "app/cli/commands/BuyCommand.h"
#include "app/cli/commands/CategoriesCommand.h"
#include "app/cli/commands/ClaimCommand.h"
#include "app/cli/commands/ConfigCommand.h"
#include "app/cli/commands/DecisionCommand.h"
#include "app/cli/commands/HistoryCommand.h"
#include "app/cli/commands/InitCommand.h"
#include "app/cli/commands/InstallCommand.h"
#include "app/cli/commands/KeychainCommand.h"
#include "app/cli/commands/KeygenCommand.h"
#include "app/cli/commands/LicenseCommand.h"
#include "app/cli/commands/ListCommand.h"
#include "app/cli/commands/LoginCommand.h"
#include "app/cli/commands/LogoutCommand.h"
#include "app/cli/commands/OutdatedCommand.h"
#include "app/cli/commands/PackCommand.h"
#include "app/cli/commands/PricingCommand.h"
#include "app/cli/commands/PublishCommand.h"
#include "app/cli/commands/QueueCommand.h"
#include "app/cli/commands/RecoverCommand.h"
#include "app/cli/commands/ResolveCommand.h"
#include "app/cli/commands/ReviewSubmissionCommand.h"
#include "app/cli/commands/ReviewsCommand.h"
#include "app/cli/commands/RollbackCommand.h"
#include "app/cli/commands/SearchCommand.h"
#include "app/cli/commands/SemverCommand.h"
#include "app/cli/commands/ShowCommand.h"
#include "app/cli/commands/SignCommand.h"
#include "app/cli/commands/SignupCommand.h"
#include "app/cli/commands/SubmissionsCommand.h"
#include "app/cli/commands/SyncCommand.h"
#include "app/cli/commands/TakedownCommand.h"
#include "app/cli/commands/TrustCommand.h"
#include "app/cli/commands/UninstallCommand.h"
#include "app/cli/commands/UpdateCommand.h"
#include "app/cli/commands/UsageCommand.h"
#include "app/cli/commands/ValidateCommand.h"
#include "app/cli/commands/VerifyCommand.h"
#include "app/cli/commands/WhoamiCommand.h"

namespace mm::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    commands.push_back(std::make_unique<WhoamiCommand>());
    commands.push_back(std::make_unique<SignupCommand>());
    commands.push_back(std::make_unique<TrustCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<CategoriesCommand>());
    commands.push_back(std::make_unique<ResolveCommand>());
    commands.push_back(std::make_unique<InstallCommand>());
    commands.push_back(std::make_unique<UpdateCommand>());
    commands.push_back(std::make_unique<UninstallCommand>());
    commands.push_back(std::make_unique<RollbackCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<OutdatedCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<RecoverCommand>());
    commands.push_back(std::make_unique<SemverCommand>());
    commands.push_back(std::make_unique<ConfigCommand>());
    commands.push_back(std::make_unique<KeychainCommand>());
    commands.push_back(std::make_unique<LicenseCommand>());
    commands.push_back(std::make_unique<PricingCommand>());
    commands.push_back(std::make_unique<BuyCommand>());
    commands.push_back(std::make_unique<UsageCommand>());
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<PackCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<KeygenCommand>());
    commands.push_back(std::make_unique<SignCommand>());
    commands.push_back(std::make_unique<PublishCommand>());
    commands.push_back(std::make_unique<SubmissionsCommand>());
    commands.push_back(std::make_unique<ReviewsCommand>());
    commands.push_back(std::make_unique<QueueCommand>());
    commands.push_back(std::make_unique<ReviewSubmissionCommand>());
    commands.push_back(std::make_unique<ClaimCommand>());
    commands.push_back(std::make_unique<TakedownCommand>());
    commands.push_back(std::make_unique<DecisionCommand>(moderation::Decision::Kind::Approve));
    commands.push_back(std::make_unique<DecisionCommand>(moderation::Decision::Kind::Reject));
    commands.push_back(std::make_unique<DecisionCommand>(moderation::Decision::Kind::RequestChanges));
    return commands;
}

} // namespace mm::cli
