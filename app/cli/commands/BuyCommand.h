#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `buy ID [--plan P] [--timeout SECONDS]`: pays for a module through Stripe Checkout in the
// browser (the URL is printed) and stores the license the marketplace delivers.
class BuyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::BuyCommand)

public:
    QString name() const override { return QStringLiteral("buy"); }
    QString synopsis() const override { return QStringLiteral("buy ID [--plan P] [--timeout SECONDS]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
