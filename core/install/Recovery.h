#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace mm {
class Profile;
}

namespace mm::install {

class InstallState;
class ModuleStore;

struct RecoveryReport
{
    QList<qint64> rolledBack;   // operations undone: they had not reached their commit point
    QList<qint64> completed;    // operations rolled forward from their commit record
    QStringList removedFolders; // pruned or removed module folders, relative to the modules root
    QStringList removedStaging; // stale folders under staging/
    QStringList removedLinks;   // stray current.new links

    bool isEmpty() const
    {
        return rolledBack.isEmpty() && completed.isEmpty() && removedFolders.isEmpty() &&
               removedStaging.isEmpty() && removedLinks.isEmpty();
    }
};

// Brings the profile back to a consistent state after a crash: an unfinished operation is rolled
// back if it had not reached its commit point and completed if it had; folder removals of done
// operations are finished; staging/ is emptied and stray current.new links go. Runs at the start
// of every InstallEngine::apply and for `modmarket-cli recover`. The caller holds the install lock.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::Recovery)

public:
    Recovery(InstallState& state, ModuleStore& store, QString stagingRoot);

    Result<RecoveryReport> run();
    // Takes the profile's install lock (Conflict while an operation runs), then run().
    static Result<RecoveryReport> recover(const Profile& profile);

private:
    Result<void> removeStaleStaging(RecoveryReport& report);

    InstallState& m_state;
    ModuleStore& m_store;
    QString m_stagingRoot;
};

} // namespace mm::install
