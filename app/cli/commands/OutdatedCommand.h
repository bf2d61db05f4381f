#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Lists installed modules that have a newer version this host can run.
class OutdatedCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::OutdatedCommand)

public:
    QString name() const override { return QStringLiteral("outdated"); }
    QString synopsis() const override { return QStringLiteral("outdated"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
