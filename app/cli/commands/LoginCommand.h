#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `login [--email E] [--password-stdin]`: signs in to the marketplace and keeps the session in the
// keychain; asks on the terminal (the password without echo) for what the options do not give.
class LoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::LoginCommand)

public:
    QString name() const override { return QStringLiteral("login"); }
    QString synopsis() const override { return QStringLiteral("login [--email E] [--password-stdin]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
