#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `submissions [--publisher P] [ID]`: a publisher's submissions, or one with its report.
class SubmissionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::SubmissionsCommand)

public:
    QString name() const override { return QStringLiteral("submissions"); }
    QString synopsis() const override { return QStringLiteral("submissions [--publisher P] [ID]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
