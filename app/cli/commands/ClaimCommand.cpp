#include "app/cli/commands/ClaimCommand.h"

#include "app/cli/CliContext.h"
#include "core/moderation/ModerationApi.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

QString ClaimCommand::summary() const
{
    return tr("claim a submission for review, --force to take over another's claim (moderators)");
}

int ClaimCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {}, {u"--force"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(), tr("claim takes exactly one submission id"));
    const moderation::ModerationApi api(context.marketplaceUrl());
    const auto outcome = api.claim(reader.positional().front(), reader.flag(u"--force"_s));
    if (!outcome)
        return context.report(outcome.error());
    if (context.json()) {
        context.printJson(outcome->toJson());
        return 0;
    }
    context.out() << tr("Claimed %1 (%2 %3) for %4.")
                         .arg(outcome->submission.id, outcome->submission.moduleId,
                              outcome->submission.version,
                              outcome->claimedBy.isEmpty() ? tr("you") : outcome->claimedBy)
                  << Qt::endl;
    return 0;
}

} // namespace mm::cli
