#include "app/cli/commands/CategoriesCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/catalog/CatalogReader.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString CategoriesCommand::summary() const
{
    return tr("list the catalog's categories with their module counts");
}

int CategoriesCommand::run(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(synopsis(), tr("categories takes no arguments"));
    auto database = context.syncedCatalog();
    if (!database)
        return context.report(database.error());
    const auto categories = catalog::CatalogReader(**database).categories();
    if (!categories)
        return context.report(categories.error());
    if (context.json()) {
        QJsonArray items;
        for (const auto& c : *categories)
            items.append(QJsonObject{{u"id"_s, c.id},
                                     {u"name"_s, c.name},
                                     {u"description"_s, c.description},
                                     {u"module_count"_s, c.moduleCount}});
        context.printJson(QJsonObject{{u"items"_s, items}});
        return 0;
    }
    TextTable table({tr("ID"), tr("MODULES"), tr("NAME")});
    for (const auto& c : *categories)
        table.addRow({c.id, QString::number(c.moduleCount), c.name});
    table.print(context.out());
    return 0;
}

} // namespace mm::cli
