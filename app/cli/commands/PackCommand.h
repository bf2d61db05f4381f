#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `pack DIR [-o FILE]`: packs a module folder with PackageWriter, so the same folder always gives
// the same bytes. Without -o the package goes beside the folder as <id>-<version>.mmpkg.
class PackCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::PackCommand)

public:
    QString name() const override { return QStringLiteral("pack"); }
    QString synopsis() const override { return QStringLiteral("pack DIR [-o FILE]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
