#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Returns a module, and what that version needs, to the previous version kept on disk.
class RollbackCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::RollbackCommand)

public:
    QString name() const override { return QStringLiteral("rollback"); }
    QString synopsis() const override { return QStringLiteral("rollback [--dry-run] ID"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
