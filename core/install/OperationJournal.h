#pragma once

#include "core/common/Error.h"
#include "core/install/PackageFetcher.h"
#include "core/install/PlannedOperation.h"

#include <QCoreApplication>

#include <optional>

namespace mm::install {

class InstallState;

enum class JournalState
{
    Planned,    // recorded before anything changed
    Placed,     // at least one version folder was (about to be) moved into the modules root
    Committed,  // the commit point: from here on the operation is completed, never undone
    Done,       // installations, kept versions and history record the result
    RolledBack, // undone before its commit point
};

QString journalStateName(JournalState state); // "planned", "placed", "committed", "done", "rolled back"

struct JournalEntry
{
    qint64 operation = 0;
    JournalState state = JournalState::Planned;
    PlannedOperation plan;
    QStringList placed;   // version folders it created, relative to the modules root, in order
    QStringList removals; // folders still to delete after it was done
};

// The operation journal in InstallState. Each call that changes it is its own SQL transaction,
// except markDone() and addRemoval(), which belong to the caller's transaction that records the
// operation's result.
class OperationJournal
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::OperationJournal)

public:
    explicit OperationJournal(InstallState& state);

    // Records the plan before anything changes; returns the operation id.
    Result<qint64> begin(const PlannedOperation& plan);
    // Records, before the folder is moved there, that `folder` (relative to the modules root)
    // will hold `package`, and keeps the package's file list, so that a rollback removes both.
    Result<void> markPlaced(qint64 operation, const QString& folder, const StagedPackage& package);
    Result<void> markCommitted(qint64 operation);
    Result<void> markDone(qint64 operation);
    Result<void> markRolledBack(qint64 operation);
    Result<void> addRemoval(qint64 operation, const QString& folder);
    Result<void> clearRemovals(qint64 operation);

    Result<std::optional<JournalEntry>> entry(qint64 operation);
    // Operations that are neither done nor rolled back, oldest first.
    Result<QList<JournalEntry>> unfinished();
    // Done operations whose folder removals did not all happen.
    Result<QList<JournalEntry>> withPendingRemovals();

private:
    Result<void> setState(qint64 operation, JournalState state);
    Result<QList<JournalEntry>> select(const QString& where, const QVariantList& values);
    Result<QStringList> folders(qint64 operation, const QString& role);

    InstallState& m_state;
};

} // namespace mm::install
