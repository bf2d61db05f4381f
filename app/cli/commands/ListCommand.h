#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Lists the installed modules.
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
