#include "app/cli/commands/RollbackCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ModuleSpec.h"
#include "app/cli/PlanOutput.h"
#include "core/install/ModuleManager.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

QString RollbackCommand::summary() const
{
    return tr("return a module to the previous version kept on disk");
}

int RollbackCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {}, {u"--dry-run"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(), tr("rollback takes exactly one module id"));
    auto id = ModuleSpec::parseId(reader.positional().front());
    if (!id)
        return context.usage(synopsis(), id.error().message);
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto plan = (*manager)->rollbackPlan(*id);
    if (!plan)
        return context.report(plan.error());
    return PlanOutput::apply(context, *plan, install::OperationKind::Rollback, {},
                             reader.flag(u"--dry-run"_s));
}

} // namespace mm::cli
