#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `keygen --publisher P`: a package signing key kept only in the OS keychain; --register sends its
// public half to the marketplace (a replaced key endorses its successor).
class KeygenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::KeygenCommand)

public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString synopsis() const override
    {
        return QStringLiteral("keygen --publisher P [--name NAME] [--register] [--replace]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
