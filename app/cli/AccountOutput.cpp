#include "app/cli/AccountOutput.h"

#include "app/cli/CliContext.h"
#include "core/accounts/AccountApi.h"
#include "core/accounts/AccountProfile.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

void AccountOutput::printUser(QTextStream& out, const accounts::AccountUser& user)
{
    const QString none = tr("none");
    out << tr("E-mail:    %1").arg(user.email) << Qt::endl;
    if (!user.name.isEmpty())
        out << tr("Name:      %1").arg(user.name) << Qt::endl;
    out << tr("Roles:     %1").arg(user.roles.isEmpty() ? none : user.roles.join(u", "_s)) << Qt::endl;
    out << tr("Tenant:    %1").arg(user.tenant.isEmpty() ? none : user.tenant) << Qt::endl;
    out << tr("Publisher: %1").arg(user.publisher.isEmpty() ? none : user.publisher) << Qt::endl;
}

int AccountOutput::signedIn(CliContext& context, const accounts::Session& session)
{
    if (auto stored =
            accounts::AccountProfile::signedIn(context.profile(), context.marketplaceUrl(), session.user);
        !stored)
        return context.report(stored.error());
    const QString host = accounts::AccountApi::hostOf(context.marketplaceUrl());
    if (context.json()) {
        context.printJson(QJsonObject{{u"marketplace"_s, host}, {u"user"_s, session.user.toJson()}});
        return 0;
    }
    context.out() << tr("Signed in to %1 as %2.").arg(host, session.user.email) << Qt::endl;
    printUser(context.out(), session.user);
    return 0;
}

} // namespace mm::cli
