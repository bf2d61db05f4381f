#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `whoami`: the signed-in user as the marketplace describes it (GET /me).
class WhoamiCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::WhoamiCommand)

public:
    QString name() const override { return QStringLiteral("whoami"); }
    QString synopsis() const override { return QStringLiteral("whoami"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
