#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `validate DIR|PKG`: the validation pipeline modmarketd runs on submissions, with the profile's
// catalog and the marketplace's advisories and host versions (publish::LocalValidation).
class ValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString synopsis() const override
    {
        return QStringLiteral("validate DIR|PKG [--offline] [--probe-host PATH]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
