#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `takedown ID VERSION --reason TEXT`: withdraws a published version (moderators). It leaves the
// catalog and goes into its revoked_packages, so installed copies are flagged at the next sync.
class TakedownCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::TakedownCommand)

public:
    QString name() const override { return QStringLiteral("takedown"); }
    QString synopsis() const override { return QStringLiteral("takedown ID VERSION --reason TEXT"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
