#include "core/install/CommitPhase.h"

#include "core/install/FaultPoint.h"
#include "core/install/InstallHistory.h"
#include "core/install/InstallObserver.h"
#include "core/install/InstallState.h"
#include "core/install/KeptVersions.h"
#include "core/install/ModuleStore.h"
#include "core/install/OperationJournal.h"

using namespace Qt::StringLiterals;

namespace mm::install {

using Action = resolver::PlanStep::Action;

QString historyKind(const resolver::PlanStep& step, OperationKind operation)
{
    if (operation == OperationKind::Rollback)
        return operationKindName(OperationKind::Rollback);
    switch (step.action) {
    case Action::Install:
        return operationKindName(OperationKind::Install);
    case Action::Upgrade:
    case Action::Downgrade:
        return operationKindName(OperationKind::Update);
    case Action::Remove:
        return operationKindName(OperationKind::Uninstall);
    }
    return {};
}

CommitPhase::CommitPhase(InstallState& state, ModuleStore& store)
    : m_state(state)
    , m_store(store)
{}

Result<QStringList> CommitPhase::complete(qint64 operation, const PlannedOperation& plan,
                                          const InstallObserver* observer, const QString& message)
{
    for (const resolver::PlanStep& step : plan.steps) {
        if (observer)
            observer->phase(step.id, InstallPhase::Activating);
        auto switched =
            step.action == Action::Remove ? m_store.deactivate(step.id) : m_store.activate(step.id, *step.to);
        if (!switched)
            return std::unexpected(switched.error());
        faultPoint("switched");
    }
    auto removals = record(operation, plan, message);
    if (!removals)
        return removals;
    faultPoint("recorded");
    auto removed = finishRemovals(operation, *removals);
    if (removed && observer)
        for (const resolver::PlanStep& step : plan.steps)
            observer->phase(step.id, InstallPhase::Done);
    return removed;
}

Result<QStringList> CommitPhase::record(qint64 operation, const PlannedOperation& plan,
                                        const QString& message)
{
    QStringList removals;
    OperationJournal journal(m_state);
    KeptVersions kept(m_state);
    InstallHistory history(m_state);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto recorded = m_state.transaction([&]() -> Result<void> {
        for (const resolver::PlanStep& step : plan.steps) {
            if (step.action == Action::Remove) {
                if (auto ok = m_state.removeInstallation(step.id); !ok)
                    return ok;
                if (auto ok = kept.forgetModule(step.id); !ok)
                    return ok;
                if (auto ok = journal.addRemoval(operation, step.id); !ok)
                    return ok;
                removals.append(step.id);
            } else {
                auto existing = m_state.installation(step.id);
                if (!existing)
                    return std::unexpected(existing.error());
                const bool manual = plan.manual.contains(step.id) || (*existing && (*existing)->manual);
                if (auto ok = m_state.setInstallation(Installation{step.id, *step.to, manual, now}); !ok)
                    return ok;
                for (const auto& version : {step.to, step.from})
                    if (version)
                        if (auto ok = kept.touch(step.id, *version, operation); !ok)
                            return ok;
                auto versions = kept.list(step.id);
                if (!versions)
                    return std::unexpected(versions.error());
                int previous = 0;
                for (const KeptVersion& version : *versions) {
                    if (version.version == *step.to || previous++ < plan.keep)
                        continue;
                    const QString folder = ModuleStore::relativeVersionDir(step.id, version.version);
                    if (auto ok = kept.forget(step.id, version.version); !ok)
                        return ok;
                    if (auto ok = journal.addRemoval(operation, folder); !ok)
                        return ok;
                    removals.append(folder);
                }
            }
            const HistoryEntry entry{operation,
                                     now,
                                     InstallHistory::currentUser(),
                                     historyKind(step, plan.kind),
                                     step.id,
                                     step.from,
                                     step.to,
                                     u"ok"_s,
                                     message};
            if (auto ok = history.add(entry); !ok)
                return ok;
        }
        return journal.markDone(operation);
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    return removals;
}

Result<QStringList> CommitPhase::finishRemovals(qint64 operation, const QStringList& folders)
{
    QStringList removed;
    for (const QString& folder : folders) {
        if (auto gone = m_store.remove(folder); !gone)
            return std::unexpected(gone.error());
        removed.append(folder);
        faultPoint("removed");
    }
    if (auto cleared = OperationJournal(m_state).clearRemovals(operation); !cleared)
        return std::unexpected(cleared.error());
    return removed;
}

} // namespace mm::install
