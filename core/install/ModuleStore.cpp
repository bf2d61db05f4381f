#include "core/install/ModuleStore.h"

#include "core/install/FaultPoint.h"
#include "core/install/FileOps.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

constexpr auto versionsPrefix = u"versions/";

} // namespace

ModuleStore::ModuleStore(QString root)
    : m_root(std::move(root))
{}

bool ModuleStore::isValidId(QStringView id)
{
    if (id.size() < 2 || id.size() > 64 || id.front() < u'a' || id.front() > u'z')
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
    });
}

QString ModuleStore::relativeVersionDir(const QString& id, const semver::Version& version)
{
    return id + u"/versions/"_s + version.toString();
}

std::optional<std::pair<QString, semver::Version>> ModuleStore::parseVersionDir(const QString& relative)
{
    const QStringList parts = relative.split(u'/');
    if (parts.size() != 3 || !isValidId(parts[0]) || parts[1] != u"versions")
        return std::nullopt;
    auto version = semver::Version::parse(parts[2]);
    if (!version)
        return std::nullopt;
    return std::pair{parts[0], *version};
}

QString ModuleStore::moduleDir(const QString& id) const
{
    return m_root + u'/' + id;
}

QString ModuleStore::versionsDir(const QString& id) const
{
    return moduleDir(id) + u"/versions"_s;
}

QString ModuleStore::versionDir(const QString& id, const semver::Version& version) const
{
    return versionsDir(id) + u'/' + version.toString();
}

QString ModuleStore::currentLink(const QString& id) const
{
    return moduleDir(id) + u"/current"_s;
}

QString ModuleStore::resolve(const QString& relative) const
{
    const QStringList parts = relative.split(u'/');
    if (parts.size() == 1 && isValidId(parts[0]))
        return moduleDir(parts[0]);
    if (parseVersionDir(relative))
        return m_root + u'/' + relative;
    return {};
}

QStringList ModuleStore::moduleIds() const
{
    QStringList ids = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    ids.removeIf([](const QString& id) { return !isValidId(id); });
    return ids;
}

QString ModuleStore::currentTarget(const QString& id) const
{
    return FileOps::readLink(currentLink(id));
}

std::optional<semver::Version> ModuleStore::activeVersion(const QString& id) const
{
    const QString target = currentTarget(id);
    if (!target.startsWith(versionsPrefix))
        return std::nullopt;
    auto version = semver::Version::parse(QStringView(target).mid(QStringView(versionsPrefix).size()));
    if (!version || version->toString() != target.mid(QStringView(versionsPrefix).size()) ||
        !FileOps::isDirectory(versionDir(id, *version)))
        return std::nullopt;
    return *version;
}

QList<semver::Version> ModuleStore::keptVersions(const QString& id) const
{
    QList<semver::Version> versions;
    for (const QString& name :
         QDir(versionsDir(id)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        if (auto version = semver::Version::parse(name);
            version && FileOps::isDirectory(versionDir(id, *version)))
            versions.append(*version);
    std::sort(versions.begin(), versions.end());
    return versions;
}

Result<void> ModuleStore::place(const QString& stagingFolder, const QString& id,
                                const semver::Version& version)
{
    // The version's files must be on disk before the rename makes the folder part of the
    // installed tree; one syncfs does that for thousands of files at the cost of one fsync each.
    if (auto synced = FileOps::syncFileSystem(stagingFolder); !synced)
        return synced;
    const QString versions = versionsDir(id);
    if (auto made = FileOps::makePath(versions); !made)
        return made;
    faultPoint("place-parents");
    if (auto moved = FileOps::rename(stagingFolder, versionDir(id, version)); !moved)
        return moved;
    return FileOps::syncDirectory(versions);
}

Result<void> ModuleStore::activate(const QString& id, const semver::Version& version)
{
    const QString link = currentLink(id);
    const QString fresh = link + u".new"_s;
    if (auto removed = FileOps::removeFile(fresh); !removed)
        return removed;
    if (auto linked = FileOps::symlink(versionsPrefix + version.toString(), fresh); !linked)
        return linked;
    faultPoint("activate-link");
    if (auto moved = FileOps::rename(fresh, link); !moved)
        return moved;
    return FileOps::syncDirectory(moduleDir(id));
}

Result<void> ModuleStore::deactivate(const QString& id)
{
    if (!FileOps::exists(currentLink(id)))
        return {};
    if (auto removed = FileOps::removeFile(currentLink(id)); !removed)
        return removed;
    return FileOps::syncDirectory(moduleDir(id));
}

Result<void> ModuleStore::removeVersion(const QString& id, const semver::Version& version)
{
    return FileOps::removeTree(versionDir(id, version));
}

Result<void> ModuleStore::removeModule(const QString& id)
{
    return FileOps::removeTree(moduleDir(id));
}

Result<void> ModuleStore::remove(const QString& relative)
{
    const QString path = resolve(relative);
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The journal names the folder \"%1\", which is not a module "
                                                "or version folder under %2")
                                                 .arg(relative, m_root));
    if (auto removed = FileOps::removeTree(path); !removed)
        return removed;
    const QString id = relative.section(u'/', 0, 0);
    if (path != moduleDir(id)) {
        if (auto emptied = FileOps::removeIfEmpty(versionsDir(id)); !emptied)
            return emptied;
        if (auto emptied = FileOps::removeIfEmpty(moduleDir(id)); !emptied)
            return emptied;
    }
    return {};
}

Result<QStringList> ModuleStore::removeStrayLinks()
{
    QStringList removed;
    for (const QString& id : moduleIds()) {
        const QString stray = currentLink(id) + u".new"_s;
        if (!FileOps::exists(stray))
            continue;
        if (auto gone = FileOps::removeFile(stray); !gone)
            return std::unexpected(gone.error());
        removed.append(stray);
        faultPoint("stray-link-removed");
    }
    return removed;
}

} // namespace mm::install
