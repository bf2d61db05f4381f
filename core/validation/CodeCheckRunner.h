#pragma once

#include "core/common/Error.h"
#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"
#include "core/validation/ValidationContext.h"

#include <stop_token>

namespace mm::validation {

// Runs each configured code checker over the module's files of its languages, confined by
// IsolatedProcess. A checker that hangs, crashes or cannot start is a checker.failed warning and
// a failed CheckRun; the pipeline goes on with the next one.
class CodeCheckRunner
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::CodeCheckRunner)

public:
    static constexpr qsizetype maxFiles = 2000; // per checker and run

    CodeCheckRunner(const ValidationContext& context, FindingSink& sink);

    // Only Cancelled is an error. `isolation` is set to the confinement the last checker got.
    Result<void> run(const ModuleTree& tree, std::stop_token stop, QString& isolation);

    static QStringList filesFor(const CodeChecker& checker, const ModuleTree& tree);

private:
    Result<void> runOne(const CodeChecker& checker, const ModuleTree& tree, std::stop_token stop,
                        QString& isolation);

    const ValidationContext& m_context;
    FindingSink& m_sink;
};

} // namespace mm::validation
