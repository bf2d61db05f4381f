#pragma once

#include "core/common/Error.h"
#include "core/install/InstallObserver.h"
#include "core/install/OperationKind.h"
#include "core/install/PackageFetcher.h"
#include "core/install/Recovery.h"
#include "core/profile/Profile.h"
#include "core/resolver/Plan.h"

#include <QCoreApplication>
#include <QSet>

#include <stop_token>

namespace mm::install {

class InstallState;
class ModuleStore;
class OperationJournal;
struct PlannedOperation;

struct ApplyOptions
{
    OperationKind kind = OperationKind::Install;
    QSet<QString> manual; // ids the user asked for; other installs are recorded as dependencies
    int keep = 2;         // previous versions kept per module besides the active one
};

struct OperationResult
{
    qint64 operation = 0;    // journal id; 0 for an empty plan
    QStringList fetched;     // "id@version" brought by the fetcher
    QStringList reused;      // "id@version" activated from a kept version, without a download
    QStringList removed;     // pruned versions and removed modules, relative to the modules root
    RecoveryReport recovery; // what the recovery that ran first found
    // Things the user should hear about a finished operation that did not fail it, such as a
    // license the marketplace issued that could not be stored.
    QStringList notices;
};

// Applies a resolver plan to a profile, all or nothing (docs/installation.md, "Installed state").
// Before the commit point every step is reversible: packages are fetched into staging/<op>/,
// verified, then renamed into versions/ (each journaled first). After the journal's commit record
// the `current` links are switched and the result recorded; a crash on either side is resolved by
// Recovery. Synchronous: run it on a worker thread.
class InstallEngine
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::InstallEngine)

public:
    explicit InstallEngine(Profile profile);

    // Fails with Conflict while another operation holds the profile's lock or when the plan does
    // not start from the installed state, Cancelled when `stop` was requested before the commit
    // point, Storage for file-system and database errors (naming the path). Whenever it fails
    // before the commit point the installed state is as it was.
    Result<OperationResult> apply(const resolver::Plan& plan, const ApplyOptions& options,
                                  PackageFetcher& fetcher, const InstallObserver& observer = {},
                                  std::stop_token stop = {});

private:
    struct Run;
    struct Staged;
    Result<void> checkPlan(InstallState& state, const PlannedOperation& plan) const;
    Result<void> prepare(Run& run, PackageFetcher& fetcher, std::stop_token stop);
    Result<bool> reusable(Run& run, const resolver::PlanStep& step);
    Result<Staged> fetch(Run& run, PackageFetcher& fetcher, const resolver::PlanStep& step,
                         std::stop_token stop);
    Error rollBack(Run& run, Error error);

    Profile m_profile;
};

} // namespace mm::install
