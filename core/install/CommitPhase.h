#pragma once

#include "core/common/Error.h"
#include "core/install/PlannedOperation.h"

namespace mm::install {

class InstallState;
class ModuleStore;
struct InstallObserver;

// Everything after an operation's commit record: switch every `current`, record the result
// (installations, kept versions, history, journal "done") in one SQL transaction, then delete
// what it pruned or removed. Each step is idempotent, so recovery rolls a committed operation
// forward by running this again from the journal.
class CommitPhase
{
public:
    CommitPhase(InstallState& state, ModuleStore& store);

    // Returns the folders removed, relative to the modules root. `message` goes into the history.
    Result<QStringList> complete(qint64 operation, const PlannedOperation& plan,
                                 const InstallObserver* observer = nullptr, const QString& message = {});
    // Deletes the folders a done operation still lists for removal, then clears the list.
    Result<QStringList> finishRemovals(qint64 operation, const QStringList& folders);

private:
    Result<QStringList> record(qint64 operation, const PlannedOperation& plan, const QString& message);

    InstallState& m_state;
    ModuleStore& m_store;
};

// The history kind of one step: "rollback" for a whole rollback operation, else by action.
QString historyKind(const resolver::PlanStep& step, OperationKind operation);

} // namespace mm::install
