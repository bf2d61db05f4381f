#include "app/cli/commands/WhoamiCommand.h"

#include "app/cli/AccountOutput.h"
#include "app/cli/CliContext.h"
#include "core/accounts/Credentials.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString WhoamiCommand::summary() const
{
    return tr("show the signed-in user, roles, tenant and publisher");
}

int WhoamiCommand::run(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(synopsis(), tr("whoami takes no arguments"));
    const auto credentials = accounts::Credentials::forMarketplace(context.marketplaceUrl());
    const auto user = credentials->me();
    if (!user)
        return context.report(user.error());
    if (context.json()) {
        context.printJson(QJsonObject{{u"marketplace"_s, credentials->host()}, {u"user"_s, user->toJson()}});
        return 0;
    }
    context.out() << tr("Signed in to %1.").arg(credentials->host()) << Qt::endl;
    AccountOutput::printUser(context.out(), *user);
    return 0;
}

} // namespace mm::cli
