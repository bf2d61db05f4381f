#include "tests/install/InstallTestUtil.h"

#include "core/install/FileOps.h"
#include "core/install/InstallPaths.h"
#include "core/install/InstallState.h"
#include "core/install/KeptVersions.h"
#include "core/install/ModuleStore.h"
#include "core/install/OperationJournal.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mm::test {
namespace {

QStringList versionTexts(QList<semver::Version> versions)
{
    std::sort(versions.begin(), versions.end());
    QStringList texts;
    for (const auto& version : versions)
        texts.append(version.toString());
    return texts;
}

QStringList entriesBelow(const QString& root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        const QFileInfo info(path);
        if (install::FileOps::isSymLink(path))
            entries.append(relative + u" -> "_s + install::FileOps::readLink(path));
        else if (info.isDir())
            entries.append(relative + u'/');
        else
            entries.append(relative + u' ' + QString::number(info.size()));
    }
    entries.sort();
    return entries;
}

QJsonObject mapJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject listMapJson(const QMap<QString, QStringList>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

} // namespace

semver::Version ver(const char* text)
{
    return *semver::Version::parse(QString::fromLatin1(text));
}

resolver::PlanStep step(const QString& id, const char* from, const char* to)
{
    using Action = resolver::PlanStep::Action;
    resolver::PlanStep s;
    s.id = id;
    if (from)
        s.from = ver(from);
    if (to)
        s.to = ver(to);
    s.action = !from             ? Action::Install
               : !to             ? Action::Remove
               : *s.from < *s.to ? Action::Upgrade
                                 : Action::Downgrade;
    s.size = to ? 100 : 0;
    return s;
}

resolver::Plan planOf(const QList<resolver::PlanStep>& steps)
{
    resolver::Plan plan;
    plan.steps = steps;
    for (const auto& s : steps)
        plan.downloadSize += s.size;
    return plan;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

ProfileState ProfileState::read(const Profile& profile)
{
    ProfileState state;
    const install::ModuleStore store(profile.modulesRoot());
    for (const QString& id : store.moduleIds()) {
        if (const auto active = store.activeVersion(id))
            state.active.insert(id, active->toString());
        else if (install::FileOps::exists(store.currentLink(id)))
            state.active.insert(id, u"<broken>"_s);
        if (const auto kept = store.keptVersions(id); !kept.isEmpty())
            state.keptOnDisk.insert(id, versionTexts(kept));
        if (install::FileOps::exists(store.currentLink(id) + u".new"_s))
            state.strayLinks.append(id);
    }
    state.listing = entriesBelow(profile.modulesRoot());
    state.staging = entriesBelow(install::stagingRoot(profile));

    auto opened = install::InstallState::open(profile.statePath());
    if (!opened) {
        state.unfinished.append(-1);
        return state;
    }
    install::InstallState& db = **opened;
    const auto installations = db.installations();
    for (const auto& installation : installations.value_or(QList<install::Installation>{})) {
        state.installed.insert(installation.id, installation.version.toString());
        if (installation.manual)
            state.manual.append(installation.id);
    }
    QStringList ids = state.installed.keys() + state.keptOnDisk.keys();
    ids.removeDuplicates();
    for (const QString& id : ids) {
        QList<semver::Version> versions;
        for (const auto& kept : install::KeptVersions(db).list(id).value_or(QList<install::KeptVersion>{}))
            versions.append(kept.version);
        if (!versions.isEmpty())
            state.keptRecorded.insert(id, versionTexts(versions));
    }
    for (const auto& entry :
         install::OperationJournal(db).unfinished().value_or(QList<install::JournalEntry>{}))
        state.unfinished.append(entry.operation);
    return state;
}

char* toString(const ProfileState& state)
{
    QJsonArray unfinished;
    for (const qint64 op : state.unfinished)
        unfinished.append(double(op));
    const QJsonObject object{{u"active"_s, mapJson(state.active)},
                             {u"installed"_s, mapJson(state.installed)},
                             {u"manual"_s, QJsonArray::fromStringList(state.manual)},
                             {u"keptOnDisk"_s, listMapJson(state.keptOnDisk)},
                             {u"keptRecorded"_s, listMapJson(state.keptRecorded)},
                             {u"listing"_s, QJsonArray::fromStringList(state.listing)},
                             {u"staging"_s, QJsonArray::fromStringList(state.staging)},
                             {u"strayLinks"_s, QJsonArray::fromStringList(state.strayLinks)},
                             {u"unfinished"_s, unfinished}};
    return qstrdup(QJsonDocument(object).toJson(QJsonDocument::Indented).constData());
}

} // namespace mm::test
