#include "app/cli/commands/SearchCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/catalog/CatalogReader.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString SearchCommand::summary() const
{
    return tr("search the cached catalog (all modules without a query)");
}

int SearchCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader args(arguments, {u"--category"_s, u"--tag"_s, u"--pricing"_s, u"--sort"_s, u"--limit"_s},
                        {u"--compatible"_s});
    if (auto ok = args.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);

    catalog::CatalogQuery query;
    query.text = args.positional().join(u' ');
    query.category = args.value(u"--category"_s).value_or(QString());
    query.tag = args.value(u"--tag"_s).value_or(QString());
    query.compatibleOnly = args.flag(u"--compatible"_s);
    query.limit = 20;
    if (const auto pricing = args.value(u"--pricing"_s)) {
        query.pricing = pricing::modelFromName(*pricing);
        if (!query.pricing)
            return context.usage(
                synopsis(), tr("unknown pricing \"%1\" (free, one_time, subscription, usage)").arg(*pricing));
    }
    if (const auto sort = args.value(u"--sort"_s)) {
        const auto key = catalog::sortKeyFromName(*sort);
        if (!key)
            return context.usage(
                synopsis(),
                tr("unknown sort \"%1\" (relevance, installs, rating, newest, name, price)").arg(*sort));
        query.sort = *key;
    }
    if (const auto limit = args.value(u"--limit"_s)) {
        bool ok = false;
        query.limit = limit->toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000)
            return context.usage(synopsis(), tr("--limit must be a whole number from 1 to 1000"));
    }

    auto database = context.syncedCatalog();
    if (!database)
        return context.report(database.error());
    const auto page = catalog::CatalogReader(**database).search(query);
    if (!page)
        return context.report(page.error());

    if (context.json()) {
        QJsonArray items;
        for (const auto& m : page->items)
            items.append(QJsonObject{{u"id"_s, m.id},
                                     {u"name"_s, m.name},
                                     {u"summary"_s, m.summary},
                                     {u"category"_s, m.category},
                                     {u"publisher"_s, m.publisherName},
                                     {u"latest_version"_s, m.latestVersion},
                                     {u"compatible_version"_s, m.compatibleVersion},
                                     {u"pricing"_s, pricing::modelName(m.pricing.model)},
                                     {u"entry_price"_s, m.pricing.entryPriceMinor()},
                                     {u"currency"_s, m.pricing.currency},
                                     {u"rating_x100"_s, m.ratingX100},
                                     {u"rating_count"_s, m.ratingCount},
                                     {u"installs"_s, m.installs}});
        context.printJson(QJsonObject{{u"items"_s, items}, {u"has_more"_s, page->hasMore}});
        return 0;
    }
    if (page->items.isEmpty()) {
        context.out() << tr("No modules match.") << Qt::endl;
        return 0;
    }
    TextTable table({tr("ID"), tr("NAME"), tr("VERSION"), tr("PRICE"), tr("RATING"), tr("INSTALLS")});
    const QLocale locale;
    for (const auto& m : page->items)
        table.addRow({m.id, m.name, m.latestVersion, m.pricing.shortLabel(locale),
                      m.ratingCount ? locale.toString(m.ratingX100 / 100.0, 'f', 1) : u"-"_s,
                      locale.toString(m.installs)});
    table.print(context.out());
    if (page->hasMore)
        context.out() << tr("(more results: raise --limit)") << Qt::endl;
    return 0;
}

} // namespace mm::cli
