#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Finishes or undoes an interrupted operation and clears stale staging.
class RecoverCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::RecoverCommand)

public:
    QString name() const override { return QStringLiteral("recover"); }
    QString synopsis() const override { return QStringLiteral("recover"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
