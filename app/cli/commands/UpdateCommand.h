#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Moves installed modules to the newest versions that fit, through the resolver.
class UpdateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::UpdateCommand)

public:
    QString name() const override { return QStringLiteral("update"); }
    QString synopsis() const override { return QStringLiteral("update [--dry-run] ID...|--all"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
