#include "app/cli/commands/UpdateCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/ModuleSpec.h"
#include "app/cli/PlanOutput.h"

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
    return PlanOutput::resolveAndApply(context, synopsis(), request, install::OperationKind::Update, {},
                                       reader.flag(u"--dry-run"_s));
}

} // namespace mm::cli
