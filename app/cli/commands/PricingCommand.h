#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `pricing ID`: what this tenant would pay for a module, after its tier's discount.
class PricingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::PricingCommand)

public:
    QString name() const override { return QStringLiteral("pricing"); }
    QString synopsis() const override { return QStringLiteral("pricing ID"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
