#pragma once

#include "core/common/Error.h"
#include "core/validation/ValidationContext.h"
#include "core/validation/ValidationReport.h"

#include <QCoreApplication>

#include <functional>
#include <stop_token>

namespace mm::validation {

// Every check of docs/developers/validation.md over a module folder or a package, in one order:
// manifest, archive safety and size, content, secrets, advisories, dependencies and resolvability,
// code checkers, plugin performance. The CLI's `validate`, the publish wizard and modmarketd's
// submission queue all run this class, so a developer sees what the marketplace will say.
// Blocking: run it on a worker thread.
class ValidationPipeline
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::ValidationPipeline)

public:
    using Progress = std::function<void(int step, int steps, const QString& what)>;

    explicit ValidationPipeline(ValidationContext context);

    // Anything wrong with the module is a finding, never an error: the error path is for this
    // machine failing (no temporary folder) and for Cancelled when `stop` is requested.
    Result<ValidationReport> run(const QString& path, std::stop_token stop = {},
                                 const Progress& progress = {}) const;

    const ValidationContext& context() const { return m_context; }

private:
    ValidationContext m_context;
};

} // namespace mm::validation
