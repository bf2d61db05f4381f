#pragma once

#include "core/common/Error.h"
#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"
#include "core/validation/ValidationContext.h"

#include <stop_token>

namespace mm::validation {

// The performance check (perf.load-time, perf.memory, perf.load-failed): the example host loads
// the module's Qt plugin in `--probe` mode inside IsolatedProcess, with a hard memory limit
// above the category's budget, and reports its load time and the growth of its resident set.
class PluginProbe
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::PluginProbe)

public:
    // What the probe process may use beyond the budget: Qt and the host themselves.
    static constexpr qint64 baselineBytes = 768LL * 1024 * 1024;

    PluginProbe(const ValidationContext& context, FindingSink& sink);

    // Only Cancelled is an error. `isolation` is set to the confinement the probe got.
    Result<void> run(const ModuleTree& tree, std::stop_token stop, QString& isolation);

private:
    void judge(const QByteArray& output, const PerformanceBudget& budget, const QString& plugin);

    const ValidationContext& m_context;
    FindingSink& m_sink;
};

} // namespace mm::validation
