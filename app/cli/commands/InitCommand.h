#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `init --template NAME ... DIR`: a new module folder from a starter template of sdk/templates
// (core/publish/ModuleTemplate); `init --list` names them.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override
    {
        return QStringLiteral("init --template NAME [--id ID] [--name NAME] --publisher P DIR | init --list");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
