#pragma once

#include "core/common/Error.h"

#include <QString>

namespace mm::install {

class InstallState;
class ModuleStore;
struct JournalEntry;

// Undoes an operation that had not reached its commit point: only its placed version folders and
// its staging folder changed on disk, and only their kept-version records in the state. Every
// step is idempotent, so a rollback interrupted by a crash is simply run again by recovery.
class OperationRollback
{
public:
    OperationRollback(InstallState& state, ModuleStore& store, QString stagingRoot);

    // `result` ("failed" or "cancelled") and `message` go into the history of every step.
    Result<void> run(const JournalEntry& entry, const QString& result, const QString& message);

private:
    InstallState& m_state;
    ModuleStore& m_store;
    QString m_stagingRoot;
};

} // namespace mm::install
