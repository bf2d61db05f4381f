#include "app/cli/commands/TakedownCommand.h"

#include "app/cli/CliContext.h"
#include "core/moderation/ModerationApi.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString TakedownCommand::summary() const
{
    return tr("withdraw a published version from the catalog, with the reason (moderators)");
}

int TakedownCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--reason"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 2)
        return context.usage(synopsis(), tr("takedown takes a module id and a version"));
    const QString reason = reader.value(u"--reason"_s).value_or(QString()).trimmed();
    if (reason.isEmpty())
        return context.usage(synopsis(), tr("takedown needs --reason: say why the version is withdrawn"));
    const QString& module = reader.positional().at(0);
    const QString& version = reader.positional().at(1);
    const moderation::ModerationApi api(context.marketplaceUrl());
    const auto catalogVersion = api.takedown(module, version, reason);
    if (!catalogVersion)
        return context.report(catalogVersion.error());
    if (context.json()) {
        context.printJson(QJsonObject{{u"module"_s, module},
                                      {u"version"_s, version},
                                      {u"reason"_s, reason},
                                      {u"catalog_version"_s, *catalogVersion}});
        return 0;
    }
    context.out() << tr("Took down %1 %2; it leaves the catalog with version %3.")
                         .arg(module, version, QString::number(*catalogVersion))
                  << Qt::endl;
    return 0;
}

} // namespace mm::cli
