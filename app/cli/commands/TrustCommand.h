#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// Shows the marketplace's root key fingerprint and pins it for the profile: the one trust
// decision the user makes by hand, after comparing it with what the operator published.
class TrustCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::TrustCommand)

public:
    QString name() const override { return QStringLiteral("trust"); }
    QString synopsis() const override { return QStringLiteral("trust [--pin FINGERPRINT]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
