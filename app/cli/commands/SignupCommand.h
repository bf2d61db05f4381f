#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `signup`: a new account with a new tenant (its admin) or a new publisher (its developer), then
// signed in like `login`.
class SignupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::SignupCommand)

public:
    QString name() const override { return QStringLiteral("signup"); }
    QString synopsis() const override
    {
        return QStringLiteral("signup --email E (--tenant T | --publisher P [--publisher-name N]) [--name N] "
                              "--password-stdin");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
