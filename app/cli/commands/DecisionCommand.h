#pragma once

#include "app/cli/Command.h"
#include "core/moderation/Decision.h"

namespace mm::cli {

// `approve ID [--note T]`, `reject ID --reason TEXT`, `request-changes ID --reason TEXT`: a
// moderator's decision on a submission.
class DecisionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::DecisionCommand)

public:
    explicit DecisionCommand(moderation::Decision::Kind kind);

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    moderation::Decision::Kind m_kind;
};

} // namespace mm::cli
