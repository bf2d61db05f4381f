#include "core/install/InstallEngine.h"

#include "core/install/CommitPhase.h"
#include "core/install/FaultPoint.h"
#include "core/install/FileOps.h"
#include "core/install/FileTree.h"
#include "core/install/InstallLock.h"
#include "core/install/InstallPaths.h"
#include "core/install/InstallState.h"
#include "core/install/KeptVersions.h"
#include "core/install/ModuleStore.h"
#include "core/install/OperationJournal.h"
#include "core/install/OperationRollback.h"
#include "core/install/PlannedOperation.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

using Action = resolver::PlanStep::Action;

QString label(const resolver::PlanStep& step)
{
    return step.id + u'@' + step.to->toString();
}

InstallPhase installPhase(FetchPhase phase)
{
    switch (phase) {
    case FetchPhase::Downloading:
        return InstallPhase::Downloading;
    case FetchPhase::Verifying:
        return InstallPhase::Verifying;
    case FetchPhase::Extracting:
        return InstallPhase::Extracting;
    }
    return InstallPhase::Downloading;
}

} // namespace

struct InstallEngine::Run
{
    InstallState& state;
    ModuleStore& store;
    OperationJournal& journal;
    const PlannedOperation& plan;
    const InstallObserver& observer;
    OperationResult& result;
    qint64 operation = 0;
    QString staging; // staging/<operation>
};

struct InstallEngine::Staged
{
    QString folder;
    StagedPackage package;
};

InstallEngine::InstallEngine(Profile profile)
    : m_profile(std::move(profile))
{}

Result<OperationResult> InstallEngine::apply(const resolver::Plan& plan, const ApplyOptions& options,
                                             PackageFetcher& fetcher, const InstallObserver& observer,
                                             std::stop_token stop)
{
    auto lock = InstallLock::acquire(m_profile);
    if (!lock)
        return std::unexpected(lock.error());
    auto opened = InstallState::open(m_profile.statePath());
    if (!opened)
        return std::unexpected(opened.error());
    InstallState& state = **opened;
    ModuleStore store(m_profile.modulesRoot());
    OperationResult result;
    auto recovered = Recovery(state, store, stagingRoot(m_profile)).run();
    if (!recovered)
        return fail(recovered.error().code,
                    tr("Cannot recover the profile %1 from an interrupted operation: %2")
                        .arg(m_profile.directory(), recovered.error().message));
    result.recovery = *recovered;

    const PlannedOperation planned{options.kind, plan.steps, options.manual, options.keep};
    if (auto ok = checkPlan(state, planned); !ok)
        return std::unexpected(ok.error());
    if (planned.steps.isEmpty())
        return result;
    OperationJournal journal(state);
    auto operation = journal.begin(planned);
    if (!operation)
        return std::unexpected(operation.error());
    faultPoint("journal-begin");
    result.operation = *operation;
    Run run{state,    store,  journal,    planned,
            observer, result, *operation, stagingRoot(m_profile) + u'/' + QString::number(*operation)};

    if (auto prepared = prepare(run, fetcher, stop); !prepared)
        return std::unexpected(rollBack(run, prepared.error()));
    faultPoint("before-commit");
    if (auto committed = journal.markCommitted(*operation); !committed)
        return std::unexpected(rollBack(run, committed.error()));
    faultPoint("committed");

    auto removed = CommitPhase(state, store).complete(*operation, planned, &observer);
    if (!removed)
        return fail(removed.error().code,
                    tr("Operation %1 passed its commit point but could not be completed: "
                       "%2. The next operation or a recovery completes it.")
                        .arg(*operation)
                        .arg(removed.error().message));
    result.removed = *removed;
    if (auto cleaned = FileOps::removeTree(run.staging); !cleaned)
        spdlog::warn("install: {}", cleaned.error().message.toStdString()); // recovery retries it
    else
        faultPoint("staging-removed");
    return result;
}

Result<void> InstallEngine::checkPlan(InstallState& state, const PlannedOperation& plan) const
{
    if (plan.keep < 0)
        return fail(ErrorCode::InvalidInput, tr("Cannot keep %1 previous versions").arg(plan.keep));
    QSet<QString> seen;
    for (const resolver::PlanStep& step : plan.steps) {
        if (!ModuleStore::isValidId(step.id))
            return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a valid module id").arg(step.id));
        if (seen.contains(step.id))
            return fail(ErrorCode::InvalidInput, tr("The plan has two steps for module \"%1\"").arg(step.id));
        seen.insert(step.id);
        if (step.action != Action::Remove && !step.to)
            return fail(ErrorCode::InvalidInput, tr("The plan does not say which version of \"%1\" to %2")
                                                     .arg(step.id, resolver::actionName(step.action)));
        auto installed = state.installation(step.id);
        if (!installed)
            return std::unexpected(installed.error());
        if (step.action == Action::Install) {
            if (*installed)
                return fail(ErrorCode::Conflict, tr("Module \"%1\" is already installed (version %2)")
                                                     .arg(step.id, (*installed)->version.toString()));
            continue;
        }
        if (!*installed)
            return fail(ErrorCode::Conflict, tr("Module \"%1\" is not installed").arg(step.id));
        const semver::Version& current = (*installed)->version;
        if (step.from && !(*step.from == current))
            return fail(ErrorCode::Conflict,
                        tr("The plan expects module \"%1\" at version %2, but %3 is installed")
                            .arg(step.id, step.from->toString(), current.toString()));
        if (step.to && *step.to == current)
            return fail(ErrorCode::InvalidInput,
                        tr("Module \"%1\" is already at version %2").arg(step.id, current.toString()));
    }
    return {};
}

Result<void> InstallEngine::prepare(Run& run, PackageFetcher& fetcher, std::stop_token stop)
{
    const auto cancelled = [] { return fail(ErrorCode::Cancelled, tr("The operation was cancelled")); };
    if (auto made = FileOps::makePath(run.staging); !made)
        return made;
    QList<Staged> staged;
    for (const resolver::PlanStep& step : run.plan.steps) {
        if (step.action == Action::Remove)
            continue;
        if (stop.stop_requested())
            return cancelled();
        auto reuse = reusable(run, step);
        if (!reuse)
            return std::unexpected(reuse.error());
        if (*reuse) {
            run.result.reused.append(label(step));
            continue;
        }
        auto fetched = fetch(run, fetcher, step, stop);
        if (!fetched)
            return std::unexpected(fetched.error());
        staged.append(std::move(*fetched));
        run.result.fetched.append(label(step));
    }
    for (const Staged& item : staged) {
        if (stop.stop_requested())
            return cancelled();
        const StagedPackage& package = item.package;
        const QString folder = ModuleStore::relativeVersionDir(package.id, package.version);
        if (auto ok = run.journal.markPlaced(run.operation, folder, package); !ok)
            return ok;
        faultPoint("journal-placed");
        // Already there: a kept version that no longer verified, or debris. Either way it goes.
        if (auto ok = FileOps::removeTree(run.store.versionDir(package.id, package.version)); !ok)
            return ok;
        if (auto ok = run.store.place(item.folder, package.id, package.version); !ok)
            return ok;
        faultPoint("placed");
    }
    if (stop.stop_requested())
        return cancelled();
    return {};
}

Result<bool> InstallEngine::reusable(Run& run, const resolver::PlanStep& step)
{
    KeptVersions kept(run.state);
    auto record = kept.find(step.id, *step.to);
    if (!record)
        return std::unexpected(record.error());
    const QString folder = run.store.versionDir(step.id, *step.to);
    if (!*record || !FileOps::isDirectory(folder))
        return false;
    run.observer.phase(step.id, InstallPhase::Verifying);
    auto expected = kept.files(step.id, *step.to);
    if (!expected)
        return std::unexpected(expected.error());
    auto actual = FileTree::scan(folder);
    if (!actual)
        return std::unexpected(actual.error());
    if (FileTree::compare(*expected, *actual).isEmpty())
        return true;
    spdlog::warn("install: kept version {} changed on disk; fetching it again", label(step).toStdString());
    return false;
}

Result<InstallEngine::Staged> InstallEngine::fetch(Run& run, PackageFetcher& fetcher,
                                                   const resolver::PlanStep& step, std::stop_token stop)
{
    const QString version = step.to->toString();
    const QString folder = run.staging + u'/' + step.id + u'-' + version;
    const InstallObserver& observer = run.observer;
    FetchPhase last = FetchPhase::Downloading;
    observer.phase(step.id, InstallPhase::Downloading);
    const FetchProgress progress = [&](FetchPhase phase, qint64 done, qint64 total) {
        if (phase != last) {
            last = phase;
            observer.phase(step.id, installPhase(phase));
        }
        observer.bytes(step.id, done, total);
    };
    auto package = fetcher.fetch(step, folder, progress, stop);
    if (!package)
        return std::unexpected(package.error());
    faultPoint("fetched");
    if (package->id != step.id || !(package->version == *step.to))
        return fail(ErrorCode::Verification,
                    tr("The package staged in %1 is %2 %3, not %4 %5")
                        .arg(folder, package->id, package->version.toString(), step.id, version));
    // What gets recorded for `verify` must be exactly what is on disk.
    observer.phase(step.id, InstallPhase::Verifying);
    auto actual = FileTree::scan(folder);
    if (!actual)
        return std::unexpected(actual.error());
    const FileTreeDiff diff = FileTree::compare(package->files, *actual);
    if (!diff.isEmpty())
        return fail(ErrorCode::Verification,
                    tr("The files staged for %1 %2 in %3 do not match the package (changed: %4; missing: %5; "
                       "extra: %6)")
                        .arg(step.id, version, folder, diff.changed.join(u", "), diff.missing.join(u", "),
                             diff.extra.join(u", ")));
    return Staged{folder, std::move(*package)};
}

Error InstallEngine::rollBack(Run& run, Error error)
{
    const bool cancelled = error.code == ErrorCode::Cancelled;
    auto entry = run.journal.entry(run.operation);
    Result<void> undone = entry ? Result<void>{} : std::unexpected(entry.error());
    if (entry && *entry)
        undone = OperationRollback(run.state, run.store, stagingRoot(m_profile))
                     .run(**entry, cancelled ? u"cancelled"_s : u"failed"_s, error.message);
    if (!undone) {
        spdlog::error("install: undoing operation {} failed: {}", run.operation,
                      undone.error().message.toStdString());
        error.message = tr("%1 (undoing the operation failed too: %2; the next operation or a recovery "
                           "finishes undoing it)")
                            .arg(error.message, undone.error().message);
    }
    for (const resolver::PlanStep& step : run.plan.steps)
        run.observer.phase(step.id, InstallPhase::Failed);
    return error;
}

} // namespace mm::install
