#include "app/cli/commands/KeychainCommand.h"

#include "app/cli/CliContext.h"
#include "core/secrets/SecretStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString KeychainCommand::summary() const
{
    return tr("say whether the OS keychain for licenses and sessions is reachable");
}

int KeychainCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (!reader.positional().isEmpty())
        return context.usage(synopsis(), tr("unexpected argument \"%1\"").arg(reader.positional().front()));
    const secrets::SecretStore store;
    if (auto available = store.checkAvailable(); !available)
        return context.report(available.error());
    if (context.json())
        context.printJson(QJsonObject{{u"available"_s, true}, {u"service"_s, store.service()}});
    else
        context.out() << tr("Keychain: available") << Qt::endl;
    return 0;
}

} // namespace mm::cli
