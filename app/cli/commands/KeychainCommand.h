#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Says whether the OS keychain that holds licenses and session tokens can be reached, so that a
// user or a script learns it plainly before an operation that needs a secret fails.
class KeychainCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::KeychainCommand)

public:
    QString name() const override { return QStringLiteral("keychain"); }
    QString synopsis() const override { return QStringLiteral("keychain"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
