#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `sign PKG`: writes PKG.sig, the publisher-signed envelope of docs/installation.md "Package".
class SignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::SignCommand)

public:
    QString name() const override { return QStringLiteral("sign"); }
    QString synopsis() const override { return QStringLiteral("sign PKG [--publisher P]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
