#include "app/cli/commands/SignupCommand.h"

#include "app/cli/AccountOutput.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "core/accounts/Credentials.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

QString SignupCommand::summary() const
{
    return tr("create an account for a new tenant or publisher and sign in");
}

int SignupCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader args(arguments,
                        {u"--email"_s, u"--tenant"_s, u"--publisher"_s, u"--publisher-name"_s, u"--name"_s},
                        {u"--password-stdin"_s});
    if (auto parsed = args.parse(); !parsed)
        return context.usage(synopsis(), parsed.error().message);
    if (!args.positional().isEmpty())
        return context.usage(synopsis(), tr("signup takes no positional arguments"));
    accounts::SignupRequest request;
    request.email = args.value(u"--email"_s).value_or(QString());
    request.tenant = args.value(u"--tenant"_s).value_or(QString());
    request.publisher = args.value(u"--publisher"_s).value_or(QString());
    request.publisherName = args.value(u"--publisher-name"_s).value_or(QString());
    request.name = args.value(u"--name"_s).value_or(QString());
    if (request.email.isEmpty())
        return context.usage(synopsis(), tr("say the account's --email"));
    if (request.tenant.isEmpty() == request.publisher.isEmpty())
        return context.usage(synopsis(), tr("say either --tenant or --publisher"));
    if (!request.publisherName.isEmpty() && request.publisher.isEmpty())
        return context.usage(synopsis(), tr("--publisher-name goes with --publisher"));
    if (!args.flag(u"--password-stdin"_s))
        return context.usage(synopsis(), tr("the password comes from standard input: say --password-stdin"));
    const auto password = PasswordInput::readLine(tr("password"));
    if (!password)
        return context.report(password.error());
    request.password = *password;
    const auto session = accounts::Credentials::forMarketplace(context.marketplaceUrl())->signUp(request);
    if (!session)
        return context.report(session.error());
    return AccountOutput::signedIn(context, *session);
}

} // namespace mm::cli
