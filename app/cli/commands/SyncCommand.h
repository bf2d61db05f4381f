#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString synopsis() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
