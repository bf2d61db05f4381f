#include "app/cli/commands/OutdatedCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/install/ModuleManager.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString OutdatedCommand::summary() const
{
    return tr("list installed modules with newer versions for this host");
}

int OutdatedCommand::run(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(synopsis(), tr("outdated takes no arguments"));
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto outdated = (*manager)->outdated();
    if (!outdated)
        return context.report(outdated.error());
    if (context.json()) {
        QJsonArray items;
        for (const auto& m : *outdated)
            items.append(QJsonObject{{u"id"_s, m.id},
                                     {u"installed"_s, m.installed.toString()},
                                     {u"available"_s, m.available.toString()}});
        context.printJson(QJsonObject{{u"items"_s, items}});
        return 0;
    }
    if (outdated->isEmpty()) {
        context.out() << tr("Every installed module is up to date.") << Qt::endl;
        return 0;
    }
    TextTable table({tr("MODULE"), tr("INSTALLED"), tr("AVAILABLE")});
    for (const auto& m : *outdated)
        table.addRow({m.id, m.installed.toString(), m.available.toString()});
    table.print(context.out());
    return 0;
}

} // namespace mm::cli
