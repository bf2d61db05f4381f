#include "app/cli/commands/LoginCommand.h"

#include "app/cli/AccountOutput.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "core/accounts/Credentials.h"

using namespace Qt::StringLiterals;

namespace mm::cli {

QString LoginCommand::summary() const
{
    return tr("sign in to the marketplace; the session stays in the keychain");
}

int LoginCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader args(arguments, {u"--email"_s}, {u"--password-stdin"_s});
    if (auto parsed = args.parse(); !parsed)
        return context.usage(synopsis(), parsed.error().message);
    if (!args.positional().isEmpty())
        return context.usage(synopsis(), tr("login takes no positional arguments"));
    const bool fromStdin = args.flag(u"--password-stdin"_s);
    const bool terminal = PasswordInput::stdinIsTerminal();
    QString email = args.value(u"--email"_s).value_or(QString());
    if (email.isEmpty()) {
        if (fromStdin || !terminal)
            return context.usage(synopsis(), tr("say --email when the password comes from standard input"));
        auto typed = PasswordInput::ask(tr("E-mail: "), false);
        if (!typed)
            return context.report(typed.error());
        email = *typed;
    }
    if (!fromStdin && !terminal)
        return context.usage(synopsis(),
                             tr("there is no terminal to ask for the password; use --password-stdin"));
    const auto password =
        fromStdin ? PasswordInput::readLine(tr("password")) : PasswordInput::ask(tr("Password: "), true);
    if (!password)
        return context.report(password.error());
    const auto session =
        accounts::Credentials::forMarketplace(context.marketplaceUrl())->signIn(email, *password);
    if (!session)
        return context.report(session.error());
    return AccountOutput::signedIn(context, *session);
}

} // namespace mm::cli
