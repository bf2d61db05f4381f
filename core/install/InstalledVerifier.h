#pragma once

#include "core/common/Error.h"
#include "core/semver/Version.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mm {
class Profile;
}

namespace mm::install {

class InstallState;
class ModuleStore;

// One installed module's active version against its recorded file list.
struct ModuleCheck
{
    QString id;
    semver::Version version; // the installed (recorded) version
    QString linkProblem;     // empty when `current` points at versions/<version>
    QStringList changed;     // relative paths
    QStringList missing;
    QStringList extra;

    bool isClean() const
    {
        return linkProblem.isEmpty() && changed.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }
};

struct VerifyReport
{
    QList<ModuleCheck> modules;
    QStringList unrecorded; // module folders with a `current` link that state.sqlite does not list

    bool isClean() const;
};

// `modmarket-cli verify`: compares the files of every active version (or of one module) on disk
// with the list recorded when it was installed, and checks each `current` link.
class InstalledVerifier
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::InstalledVerifier)

public:
    InstalledVerifier(InstallState& state, const ModuleStore& store);

    // NotFound when `id` is given and not installed.
    Result<VerifyReport> verify(const std::optional<QString>& id = std::nullopt);
    static Result<VerifyReport> verify(const Profile& profile,
                                       const std::optional<QString>& id = std::nullopt);

private:
    Result<ModuleCheck> check(const QString& id, const semver::Version& version);
    QString linkProblem(const QString& id, const semver::Version& version) const;

    InstallState& m_state;
    const ModuleStore& m_store;
};

} // namespace mm::install
