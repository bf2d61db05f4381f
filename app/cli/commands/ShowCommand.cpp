#include "app/cli/commands/ShowCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/catalog/CatalogReader.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

QString requirementsText(const QList<catalog::Requirement>& requirements)
{
    QStringList parts;
    for (const auto& r : requirements)
        parts.append(r.id + u' ' + r.range);
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}

} // namespace

QString ShowCommand::summary() const
{
    return tr("show a module's details, versions and compatibility");
}

int ShowCommand::run(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 1)
        return context.usage(synopsis(), tr("show takes exactly one module id"));
    auto database = context.syncedCatalog();
    if (!database)
        return context.report(database.error());
    const catalog::CatalogReader reader(**database);
    const auto module = reader.module(arguments.front());
    if (!module)
        return context.report(module.error());
    const catalog::Publisher publisher = reader.publisher(module->publisher);
    const catalog::HostPlatform host = context.profile().hostPlatform();
    const catalog::VersionInfo* compatible = host.newestAccepted(*module);

    if (context.json()) {
        QJsonObject body = module->json;
        QJsonArray compatibility;
        for (const auto& v : module->versions) {
            const QString reason = host.rejectionReason(v);
            compatibility.append(QJsonObject{
                {u"version"_s, v.version}, {u"compatible"_s, reason.isEmpty()}, {u"reason"_s, reason}});
        }
        body.insert(u"compatible_version"_s, compatible ? compatible->version : QString());
        body.insert(u"compatibility"_s, compatibility);
        body.insert(u"host"_s, host.key());
        context.printJson(body);
        return 0;
    }

    QTextStream& out = context.out();
    const QLocale locale;
    out << module->name << "  (" << module->id << ")\n"
        << module->summary << "\n\n"
        << tr("Publisher:   %1")
               .arg(publisher.verified ? tr("%1 (verified)").arg(publisher.name) : publisher.name)
        << '\n'
        << tr("Category:    %1").arg(module->category) << '\n'
        << tr("Price:       %1").arg(module->pricing.shortLabel(locale)) << '\n'
        << tr("Rating:      %1 (%2 ratings)")
               .arg(locale.toString(module->rating.averageX100() / 100.0, 'f', 1))
               .arg(module->rating.count())
        << '\n'
        << tr("Installs:    %1").arg(locale.toString(module->installs)) << '\n'
        << tr("Tags:        %1").arg(module->tags.join(u", "_s)) << '\n'
        << tr("For host:    %1").arg(host.key()) << '\n'
        << tr("Installable: %1").arg(compatible ? compatible->version : tr("no version runs on this host"))
        << "\n\n";
    TextTable table({tr("VERSION"), tr("RELEASED"), tr("HOST"), tr("DEPENDS ON"), tr("COMPATIBILITY")});
    for (const auto& v : module->versions) {
        const QString reason = host.rejectionReason(v);
        table.addRow({v.version, v.released.date().toString(Qt::ISODate), v.hostRange,
                      requirementsText(v.dependencies), reason.isEmpty() ? tr("ok") : reason});
    }
    table.print(out);
    return 0;
}

} // namespace mm::cli
