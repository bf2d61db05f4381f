#include "core/install/InstalledVerifier.h"

#include "core/install/FileOps.h"
#include "core/install/FileTree.h"
#include "core/install/InstallState.h"
#include "core/install/KeptVersions.h"
#include "core/install/ModuleStore.h"
#include "core/profile/Profile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::install {

bool VerifyReport::isClean() const
{
    return unrecorded.isEmpty() &&
           std::all_of(modules.cbegin(), modules.cend(), [](const ModuleCheck& m) { return m.isClean(); });
}

InstalledVerifier::InstalledVerifier(InstallState& state, const ModuleStore& store)
    : m_state(state)
    , m_store(store)
{}

Result<VerifyReport> InstalledVerifier::verify(const Profile& profile, const std::optional<QString>& id)
{
    auto state = InstallState::open(profile.statePath());
    if (!state)
        return std::unexpected(state.error());
    const ModuleStore store(profile.modulesRoot());
    return InstalledVerifier(**state, store).verify(id);
}

Result<VerifyReport> InstalledVerifier::verify(const std::optional<QString>& id)
{
    auto installations = m_state.installations();
    if (!installations)
        return std::unexpected(installations.error());
    VerifyReport report;
    QStringList recorded;
    for (const Installation& installation : *installations) {
        recorded.append(installation.id);
        if (id && installation.id != *id)
            continue;
        auto checked = check(installation.id, installation.version);
        if (!checked)
            return std::unexpected(checked.error());
        report.modules.append(std::move(*checked));
    }
    if (id && report.modules.isEmpty())
        return fail(ErrorCode::NotFound, tr("Module \"%1\" is not installed").arg(*id));
    for (const QString& module : m_store.moduleIds())
        if ((!id || module == *id) && !recorded.contains(module) &&
            FileOps::exists(m_store.currentLink(module)))
            report.unrecorded.append(module);
    return report;
}

Result<ModuleCheck> InstalledVerifier::check(const QString& id, const semver::Version& version)
{
    ModuleCheck result{id, version, linkProblem(id, version), {}, {}, {}};
    auto expected = KeptVersions(m_state).files(id, version);
    if (!expected)
        return std::unexpected(expected.error());
    auto actual = FileTree::scan(m_store.versionDir(id, version));
    if (!actual)
        return std::unexpected(actual.error());
    FileTreeDiff diff = FileTree::compare(*expected, *actual);
    result.changed = std::move(diff.changed);
    result.missing = std::move(diff.missing);
    result.extra = std::move(diff.extra);
    return result;
}

QString InstalledVerifier::linkProblem(const QString& id, const semver::Version& version) const
{
    const QString link = m_store.currentLink(id);
    if (!FileOps::exists(link))
        return tr("%1 is missing").arg(link);
    if (!FileOps::isSymLink(link))
        return tr("%1 is not a symbolic link").arg(link);
    const QString target = m_store.currentTarget(id);
    const auto active = m_store.activeVersion(id);
    if (!active)
        return tr("%1 is broken: it points at \"%2\"").arg(link, target);
    if (!(*active == version) || active->toString() != version.toString())
        return tr("%1 points at version %2, but version %3 is installed")
            .arg(link, active->toString(), version.toString());
    return {};
}

} // namespace mm::install
