#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// node-semver's command line: the given versions that satisfy a range, in ascending order.
class SemverCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::SemverCommand)

public:
    QString name() const override { return QStringLiteral("semver"); }
    QString synopsis() const override { return QStringLiteral("semver [--range R] VERSION..."); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
