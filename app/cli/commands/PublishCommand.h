#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `publish PKG`: signs when needed, uploads in resumable chunks (PublishTransaction), submits, and
// waits for the marketplace's validation unless --no-wait.
class PublishCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::PublishCommand)

public:
    QString name() const override { return QStringLiteral("publish"); }
    QString synopsis() const override { return QStringLiteral("publish PKG [--no-wait]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
