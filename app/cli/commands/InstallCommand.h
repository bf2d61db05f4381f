#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Installs modules from the marketplace (with what they need), or one signed package file.
class InstallCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::InstallCommand)

public:
    QString name() const override { return QStringLiteral("install"); }
    QString synopsis() const override
    {
        return QStringLiteral("install [--dry-run] ID[@RANGE]... | install [--dry-run] --from-file PKG "
                              "[--trust-publisher-key FILE]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int installFile(CliContext& context, const QString& path, const QString& keyFile, bool dryRun);
};

} // namespace mm::cli
