#include "app/cli/commands/LogoutCommand.h"

#include "app/cli/CliContext.h"
#include "core/accounts/AccountProfile.h"
#include "core/accounts/Credentials.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

QString LogoutCommand::summary() const
{
    return tr("sign out: revoke the session and remove it from the keychain");
}

int LogoutCommand::run(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(synopsis(), tr("logout takes no arguments"));
    const auto credentials = accounts::Credentials::forMarketplace(context.marketplaceUrl());
    const auto outcome = credentials->signOut();
    if (!outcome)
        return context.report(outcome.error());
    // Whatever the marketplace said, this profile acts for no tenant any more.
    if (auto cleared = accounts::AccountProfile::signedOut(context.profile()); !cleared)
        return context.report(cleared.error());
    if (context.json()) {
        QJsonObject body{{u"marketplace"_s, credentials->host()},
                         {u"signed_out"_s, outcome->wasSignedIn},
                         {u"revoked"_s, outcome->wasSignedIn && !outcome->serverProblem}};
        if (outcome->serverProblem)
            body.insert(u"warning"_s, outcome->serverProblem->message);
        context.printJson(body);
        return 0;
    }
    if (!outcome->wasSignedIn) {
        context.out() << tr("Nobody was signed in to %1.").arg(credentials->host()) << Qt::endl;
        return 0;
    }
    if (outcome->serverProblem)
        context.err()
            << tr("Warning: %1 could not revoke the session (%2); it was removed from this computer.")
                   .arg(credentials->host(), outcome->serverProblem->message)
            << Qt::endl;
    context.out() << tr("Signed out of %1.").arg(credentials->host()) << Qt::endl;
    return 0;
}

} // namespace mm::cli
