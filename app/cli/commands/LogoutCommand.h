#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `logout`: revokes the session on the marketplace and removes it from the keychain, also when
// the marketplace cannot be reached.
class LogoutCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::LogoutCommand)

public:
    QString name() const override { return QStringLiteral("logout"); }
    QString synopsis() const override { return QStringLiteral("logout"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
