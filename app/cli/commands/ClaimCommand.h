#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `claim ID [--force]`: takes a submission so that other moderators see who is on it.
class ClaimCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ClaimCommand)

public:
    QString name() const override { return QStringLiteral("claim"); }
    QString synopsis() const override { return QStringLiteral("claim ID [--force]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
