#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Every install, update, uninstall and rollback: when, by whom, versions and result.
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString synopsis() const override { return QStringLiteral("history [ID]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
