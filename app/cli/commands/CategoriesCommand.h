#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

class CategoriesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::CategoriesCommand)

public:
    QString name() const override { return QStringLiteral("categories"); }
    QString synopsis() const override { return QStringLiteral("categories"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
