#include "app/cli/commands/UpdateCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ModuleSpec.h"
#include "app/cli/PlanOutput.h"
#include "core/install/ModuleManager.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

QString UpdateCommand::summary() const
{
    return tr("update installed modules to the newest versions that fit");
}

int UpdateCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {}, {u"--all"_s, u"--dry-run"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    resolver::Request request;
    request.updateAll = reader.flag(u"--all"_s);
    if (request.updateAll == !reader.positional().isEmpty())
        return context.usage(synopsis(), tr("update takes module ids or --all"));
    for (const QString& text : reader.positional()) {
        auto id = ModuleSpec::parseId(text);
        if (!id)
            return context.usage(synopsis(), id.error().message);
        request.update.append(*id);
    }
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto plan = (*manager)->plan(request);
    if (!plan)
        return plan.error().code == ErrorCode::InvalidInput ? context.usage(synopsis(), plan.error().message)
                                                            : context.report(plan.error());
    return PlanOutput::apply(context, *plan, install::OperationKind::Update, {}, reader.flag(u"--dry-run"_s));
}

} // namespace mm::cli
