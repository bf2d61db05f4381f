#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override { return QStringLiteral("show ID"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
