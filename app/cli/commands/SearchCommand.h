#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override
    {
        return QStringLiteral("search [QUERY] [--category C] [--tag T] [--pricing P] [--sort S] [--limit N] "
                              "[--compatible]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
