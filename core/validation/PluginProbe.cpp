#include "core/validation/PluginProbe.h"

#include "core/common/JsonNumbers.h"
#include "core/validation/IsolatedProcess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::validation {

PluginProbe::PluginProbe(const ValidationContext& context, FindingSink& sink)
    : m_context(context)
    , m_sink(sink)
{}

Result<void> PluginProbe::run(const ModuleTree& tree, std::stop_token stop, QString& isolation)
{
    const QString check = u"performance"_s;
    if (!tree.manifest) {
        m_sink.skipped(check, tr("There is no valid manifest naming a plugin."));
        return {};
    }
    const QString plugin = tree.manifest->plugin;
    if (plugin.isEmpty()) {
        m_sink.skipped(check, tr("The module declares no plugin."));
        return {};
    }
    if (!tree.file(plugin)) {
        m_sink.skipped(check, tr("The declared plugin is missing."));
        return {};
    }
    if (m_context.probeHost.isEmpty() || !QFileInfo(m_context.probeHost).isExecutable()) {
        m_sink.skipped(check, tr("No example host to load the plugin with is configured on this machine."));
        return {};
    }
    const PerformanceBudget budget =
        m_context.budgets.value(tree.manifest->record.category, m_context.defaultBudget);

    IsolationLimits limits;
    limits.memoryBytes = budget.memoryKib * 1024 + baselineBytes;
    limits.timeout = m_context.probeTimeout;
    const ProcessOutcome outcome = IsolatedProcess(limits).run(
        m_context.probeHost, {u"--probe"_s, tree.absolute(plugin)}, tree.root, stop);
    if (!outcome.isolation.isEmpty())
        isolation = outcome.isolation;

    switch (outcome.end) {
    case ProcessOutcome::End::Cancelled:
        return fail(ErrorCode::Cancelled, tr("The validation was cancelled."));
    case ProcessOutcome::End::FailedToStart:
        m_sink.failed(check, tr("The example host could not be started: %1").arg(outcome.startError));
        return {};
    case ProcessOutcome::End::TimedOut:
        m_sink.add(
            u"perf.load-failed"_s, Severity::Error, plugin, 0,
            tr("The plugin did not finish loading within %1 seconds.")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(m_context.probeTimeout).count()));
        m_sink.ran(check);
        return {};
    case ProcessOutcome::End::Crashed:
        // Running out of address space under the hard limit ends in std::bad_alloc's abort.
        m_sink.add(
            u"perf.load-failed"_s, Severity::Error, plugin, 0,
            tr("Loading the plugin crashed the host (signal %1); a plugin that allocates past the hard "
               "limit of %2 MiB ends this way.")
                .arg(outcome.signal)
                .arg(limits.memoryBytes / (1024 * 1024)));
        m_sink.ran(check);
        return {};
    case ProcessOutcome::End::Exited:
        break;
    }
    judge(outcome.standardOutput, budget, plugin);
    m_sink.ran(check);
    return {};
}

void PluginProbe::judge(const QByteArray& output, const PerformanceBudget& budget, const QString& plugin)
{
    // The probe prints one JSON line last; whatever the plugin printed before it is ignored.
    const QList<QByteArray> lines = output.trimmed().split('\n');
    const QJsonObject result =
        QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    const auto loadMs = wholeNumber(result.value(u"load_ms"));
    const auto before = wholeNumber(result.value(u"rss_before_kib"));
    const auto peak = wholeNumber(result.value(u"rss_peak_kib"));
    if (result.value(u"out_of_memory").toBool()) {
        m_sink.add(
            u"perf.memory"_s, Severity::Error, plugin, 0,
            tr("Loading the plugin ran out of memory under the probe's hard limit of %1 MiB (the budget of "
               "its category is %2 KiB).")
                .arg((budget.memoryKib * 1024 + baselineBytes) / (1024 * 1024))
                .arg(budget.memoryKib));
        return;
    }
    if (!result.value(u"ok").toBool()) {
        const QString why = result.value(u"error").toString().left(1024);
        m_sink.add(u"perf.load-failed"_s, Severity::Error, plugin, 0,
                   why.isEmpty() ? tr("The example host could not load the plugin and gave no reason.")
                                 : tr("The example host could not load the plugin: %1").arg(why));
        return;
    }
    if (!loadMs || !before || !peak) {
        m_sink.add(u"perf.load-failed"_s, Severity::Error, plugin, 0,
                   tr("The example host's probe did not report its figures."));
        return;
    }
    const qint64 growth = std::max<qint64>(0, *peak - *before);
    m_sink.report().measurements.insert(u"plugin_load_ms"_s, *loadMs);
    m_sink.report().measurements.insert(u"plugin_memory_kib"_s, growth);
    if (*loadMs > budget.loadMs)
        m_sink.add(u"perf.load-time"_s, Severity::Warning, plugin, 0,
                   tr("Loading the plugin took %1 ms; the budget of its category is %2 ms.")
                       .arg(*loadMs)
                       .arg(budget.loadMs));
    if (growth > budget.memoryKib)
        m_sink.add(
            u"perf.memory"_s, Severity::Error, plugin, 0,
            tr("Loading the plugin grew the host's memory by %1 KiB; the budget of its category is %2 KiB.")
                .arg(growth)
                .arg(budget.memoryKib));
}

} // namespace mm::validation
