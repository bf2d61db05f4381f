#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Reads and changes the profile's settings: developer mode, kept versions, the host version.
class ConfigCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ConfigCommand)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString synopsis() const override
    {
        return QStringLiteral("config [developer-mode on|off | keep-versions N | host-version VERSION]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
