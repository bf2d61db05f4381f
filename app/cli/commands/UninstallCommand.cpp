#include "app/cli/commands/UninstallCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ModuleSpec.h"
#include "app/cli/PlanOutput.h"

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
    return PlanOutput::resolveAndApply(context, synopsis(), request, install::OperationKind::Uninstall, {},
                                       reader.flag(u"--dry-run"_s));
}

} // namespace mm::cli
