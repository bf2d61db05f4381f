#pragma once

#include "app/cli/Command.h"

namespace mm::usage {
class UsageLedger;
}

namespace mm::cli {

// `usage report | show ID`: sends the usage hosts recorded in this profile to the marketplace,
// or shows what was recorded and the marketplace's running total for the period.
class UsageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::UsageCommand)

public:
    QString name() const override { return QStringLiteral("usage"); }
    QString synopsis() const override { return QStringLiteral("usage report | show ID"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int report(CliContext& context, usage::UsageLedger& ledger);
    int show(CliContext& context, usage::UsageLedger& ledger, const QString& moduleId);
};

} // namespace mm::cli
