#include "app/cli/commands/ListCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/install/ModuleManager.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString ListCommand::summary() const
{
    return tr("list the installed modules");
}

int ListCommand::run(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(synopsis(), tr("list takes no arguments"));
    auto manager = context.modules();
    if (!manager)
        return context.report(manager.error());
    const auto installed = (*manager)->installations();
    if (!installed)
        return context.report(installed.error());
    if (context.json()) {
        QJsonArray items;
        for (const auto& m : *installed)
            items.append(QJsonObject{{u"id"_s, m.id},
                                     {u"version"_s, m.version.toString()},
                                     {u"manual"_s, m.manual},
                                     {u"installed_at"_s, m.installedAt.toString(Qt::ISODate)}});
        context.printJson(QJsonObject{{u"items"_s, items}});
        return 0;
    }
    if (installed->isEmpty()) {
        context.out() << tr("No modules are installed.") << Qt::endl;
        return 0;
    }
    TextTable table({tr("MODULE"), tr("VERSION"), tr("INSTALLED"), tr("SINCE")});
    for (const auto& m : *installed)
        table.addRow({m.id, m.version.toString(), m.manual ? tr("by hand") : tr("as a dependency"),
                      m.installedAt.toLocalTime().toString(Qt::ISODate)});
    table.print(context.out());
    return 0;
}

} // namespace mm::cli
