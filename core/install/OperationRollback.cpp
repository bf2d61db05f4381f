#include "core/install/OperationRollback.h"

#include "core/install/CommitPhase.h"
#include "core/install/FaultPoint.h"
#include "core/install/FileOps.h"
#include "core/install/InstallHistory.h"
#include "core/install/InstallState.h"
#include "core/install/KeptVersions.h"
#include "core/install/ModuleStore.h"
#include "core/install/OperationJournal.h"

#include <ranges>

namespace mm::install {

OperationRollback::OperationRollback(InstallState& state, ModuleStore& store, QString stagingRoot)
    : m_state(state)
    , m_store(store)
    , m_stagingRoot(std::move(stagingRoot))
{}

Result<void> OperationRollback::run(const JournalEntry& entry, const QString& result, const QString& message)
{
    for (const QString& folder : entry.placed | std::views::reverse) {
        if (auto removed = m_store.remove(folder); !removed)
            return removed;
        faultPoint("unplaced");
    }
    if (auto removed = FileOps::removeTree(m_stagingRoot + u'/' + QString::number(entry.operation)); !removed)
        return removed;
    faultPoint("rollback-staging-removed");
    KeptVersions kept(m_state);
    InstallHistory history(m_state);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto recorded = m_state.transaction([&]() -> Result<void> {
        for (const QString& folder : entry.placed)
            if (const auto version = ModuleStore::parseVersionDir(folder))
                if (auto ok = kept.forget(version->first, version->second); !ok)
                    return ok;
        for (const resolver::PlanStep& step : entry.plan.steps) {
            const HistoryEntry row{entry.operation,
                                   now,
                                   InstallHistory::currentUser(),
                                   historyKind(step, entry.plan.kind),
                                   step.id,
                                   step.from,
                                   step.to,
                                   result,
                                   message};
            if (auto ok = history.add(row); !ok)
                return ok;
        }
        return OperationJournal(m_state).markRolledBack(entry.operation);
    });
    if (recorded)
        faultPoint("rolled-back");
    return recorded;
}

} // namespace mm::install
