#include "ui/models/InstalledModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::ui {

InstalledModel::InstalledModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InstalledModel::setModules(QList<InstalledModule> modules)
{
    beginResetModel();
    m_modules = std::move(modules);
    endResetModel();
}

const InstalledModule* InstalledModel::module(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_modules.at(row);
}

int InstalledModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_modules.size(); ++row)
        if (m_modules.at(row).id == id)
            return int(row);
    return -1;
}

int InstalledModel::updateCount() const
{
    return int(std::count_if(m_modules.cbegin(), m_modules.cend(),
                             [](const InstalledModule& module) { return module.update.has_value(); }));
}

QHash<QString, semver::Version> InstalledModel::installedSet() const
{
    QHash<QString, semver::Version> set;
    for (const InstalledModule& module : m_modules)
        set.insert(module.id, module.version);
    return set;
}

int InstalledModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int InstalledModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList InstalledModel::versionTexts(const QList<semver::Version>& versions)
{
    QStringList texts;
    for (const semver::Version& version : versions)
        texts.append(version.toString());
    return texts;
}

QVariant InstalledModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstalledModule& module = m_modules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(module, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return module.id;
        if (index.column() == UpdateColumn && module.newest && module.update != module.newest)
            return tr("Something installed needs an older version than %1; Update explains what.")
                .arg(module.newest->toString());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == VersionColumn && module.takedownReason)
            return QColor(0xb0, 0x3a, 0x2e);
        return {};
    case Qt::FontRole:
        if (index.column() == UpdateColumn && module.update) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return module.id;
    case NameRole:
        return module.name.isEmpty() ? module.id : module.name;
    case VersionRole:
        return module.version.toString();
    case ManualRole:
        return module.manual;
    case UpdateVersionRole:
        return module.update ? module.update->toString() : QString();
    case NewestVersionRole:
        return module.newest ? module.newest->toString() : QString();
    case KeptVersionsRole:
        return versionTexts(module.kept);
    case CanRollBackRole:
        return !module.kept.isEmpty();
    case InstalledAtRole:
        return module.installedAt;
    case TakedownRole:
        return module.takedownReason.value_or(QString());
    default:
        return {};
    }
}

QVariant InstalledModel::display(const InstalledModule& module, int column) const
{
    switch (column) {
    case NameColumn:
        return module.name.isEmpty() || module.name == module.id ? module.id
                                                                 : tr("%1 (%2)").arg(module.name, module.id);
    case VersionColumn:
        // The badge of a taken-down copy: the user should know why it ought to go.
        return module.takedownReason
                   ? tr("%1 — Taken down: %2").arg(module.version.toString(), *module.takedownReason)
                   : module.version.toString();
    case OriginColumn:
        return module.manual ? tr("by hand") : tr("as a dependency");
    case UpdateColumn:
        if (module.update)
            return tr("%1 available").arg(module.update->toString());
        return module.newest ? tr("%1 held back").arg(module.newest->toString()) : QString();
    case KeptColumn:
        return versionTexts(module.kept).join(u", "_s);
    default:
        return {};
    }
}

QVariant InstalledModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Module");
    case VersionColumn:
        return tr("Version");
    case OriginColumn:
        return tr("Installed");
    case UpdateColumn:
        return tr("Update");
    case KeptColumn:
        return tr("Kept for rollback");
    default:
        return {};
    }
}

QHash<int, QByteArray> InstalledModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(VersionRole, "version");
    names.insert(ManualRole, "manual");
    names.insert(UpdateVersionRole, "updateVersion");
    names.insert(NewestVersionRole, "newestVersion");
    names.insert(KeptVersionsRole, "keptVersions");
    names.insert(CanRollBackRole, "canRollBack");
    names.insert(InstalledAtRole, "installedAt");
    names.insert(TakedownRole, "takedown");
    return names;
}

} // namespace mm::ui
