#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `queue [--status S[,S]] [--risk R] [--min-age SECONDS]`: the submissions waiting for a
// moderator, oldest first.
class QueueCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::QueueCommand)

public:
    QString name() const override { return QStringLiteral("queue"); }
    QString synopsis() const override
    {
        return QStringLiteral("queue [--status S[,S]] [--risk low|medium|high] [--min-age SECONDS]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
