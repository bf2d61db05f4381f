#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `reviews MODULE [--sort newest|helpful] [--limit N]`: a module's rating and its reviews.
class ReviewsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ReviewsCommand)

public:
    QString name() const override { return QStringLiteral("reviews"); }
    QString synopsis() const override
    {
        return QStringLiteral("reviews MODULE [--sort newest|helpful] [--limit N]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
