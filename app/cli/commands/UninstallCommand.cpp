#include "app/cli/commands/UninstallCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ModuleSpec.h"
#include "app/cli/PlanOutput.h"
#include "core/install/ModuleManager.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

QString UninstallCommand::summary() const
{
    return tr("remove modules that nothing installed depends on");
}

int UninstallCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {}, {u"--dry-run"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().isEmpty())
        return context.usage(synopsis(), tr("uninstall needs at least one module id"));
    resolver::Request request;
    for (const QString& text : reader.positional()) {
        auto id = ModuleSpec::parseId(text);
        if (!id)
            return context.usage(synopsis(), id.error().message);
        request.uninstall.append(*id);
    }
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto plan = (*manager)->plan(request);
    if (!plan)
        return plan.error().code == ErrorCode::InvalidInput ? context.usage(synopsis(), plan.error().message)
                                                            : context.report(plan.error());
    return PlanOutput::apply(context, *plan, install::OperationKind::Uninstall, {},
                             reader.flag(u"--dry-run"_s));
}

} // namespace mm::cli
