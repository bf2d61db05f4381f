#include "core/install/Recovery.h"

#include "core/install/CommitPhase.h"
#include "core/install/FaultPoint.h"
#include "core/install/FileOps.h"
#include "core/install/InstallLock.h"
#include "core/install/InstallPaths.h"
#include "core/install/InstallState.h"
#include "core/install/ModuleStore.h"
#include "core/install/OperationJournal.h"
#include "core/install/OperationRollback.h"

#include <QDir>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::install {

Recovery::Recovery(InstallState& state, ModuleStore& store, QString stagingRoot)
    : m_state(state)
    , m_store(store)
    , m_stagingRoot(std::move(stagingRoot))
{}

Result<RecoveryReport> Recovery::recover(const Profile& profile)
{
    auto lock = InstallLock::acquire(profile);
    if (!lock)
        return std::unexpected(lock.error());
    auto state = InstallState::open(profile.statePath());
    if (!state)
        return std::unexpected(state.error());
    ModuleStore store(profile.modulesRoot());
    return Recovery(**state, store, stagingRoot(profile)).run();
}

Result<RecoveryReport> Recovery::run()
{
    RecoveryReport report;
    OperationJournal journal(m_state);
    auto unfinished = journal.unfinished();
    if (!unfinished)
        return std::unexpected(unfinished.error());
    for (const JournalEntry& entry : *unfinished) {
        if (entry.state == JournalState::Committed) {
            spdlog::warn("install recovery: completing operation {}", entry.operation);
            auto removed = CommitPhase(m_state, m_store)
                               .complete(entry.operation, entry.plan, nullptr,
                                         tr("Interrupted after its commit point; completed by recovery"));
            if (!removed)
                return std::unexpected(removed.error());
            report.completed.append(entry.operation);
            report.removedFolders += *removed;
        } else {
            spdlog::warn("install recovery: rolling back operation {}", entry.operation);
            auto undone = OperationRollback(m_state, m_store, m_stagingRoot)
                              .run(entry, u"failed"_s,
                                   tr("Interrupted before its commit point; rolled back by "
                                      "recovery"));
            if (!undone)
                return std::unexpected(undone.error());
            report.rolledBack.append(entry.operation);
        }
    }
    auto pending = journal.withPendingRemovals();
    if (!pending)
        return std::unexpected(pending.error());
    for (const JournalEntry& entry : *pending) {
        auto removed = CommitPhase(m_state, m_store).finishRemovals(entry.operation, entry.removals);
        if (!removed)
            return std::unexpected(removed.error());
        report.removedFolders += *removed;
    }
    if (auto cleaned = removeStaleStaging(report); !cleaned)
        return std::unexpected(cleaned.error());
    auto links = m_store.removeStrayLinks();
    if (!links)
        return std::unexpected(links.error());
    report.removedLinks = *links;
    return report;
}

Result<void> Recovery::removeStaleStaging(RecoveryReport& report)
{
    // Under the install lock nothing else is staging, so everything here is left over.
    const QStringList names =
        QDir(m_stagingRoot).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const QString path = m_stagingRoot + u'/' + name;
        if (auto removed = FileOps::removeTree(path); !removed)
            return removed;
        report.removedStaging.append(path);
        faultPoint("stale-staging-removed");
    }
    return {};
}

} // namespace mm::install
