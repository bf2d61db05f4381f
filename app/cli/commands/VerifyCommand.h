#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Checks installed files against the lists recorded at install time.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString synopsis() const override { return QStringLiteral("verify [ID]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
