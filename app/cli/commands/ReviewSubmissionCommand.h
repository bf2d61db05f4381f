#pragma once

#include "app/cli/Command.h"

namespace mm::cli {

// `review-submission ID`: what a moderator decides on: the validation report, the manifest and
// file diff against the previous approved version, and the publisher's history.
class ReviewSubmissionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ReviewSubmissionCommand)

public:
    QString name() const override { return QStringLiteral("review-submission"); }
    QString synopsis() const override { return QStringLiteral("review-submission ID"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace mm::cli
