#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Removes modules; refused with the reason when an installed module still needs them.
class UninstallCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::UninstallCommand)

public:
    QString name() const override { return QStringLiteral("uninstall"); }
    QString synopsis() const override { return QStringLiteral("uninstall [--dry-run] ID..."); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
