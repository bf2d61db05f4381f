#include "ui/models/VersionTableModel.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::ui {

VersionTableModel::VersionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void VersionTableModel::setModule(const catalog::ModuleRecord& module, const catalog::HostPlatform& host)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& info : module.versions)
        m_rows.append({info, host.rejectionReason(info)});
    endResetModel();
}

int VersionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == CompatibleRole)
        return row.rejection.isEmpty();
    if (role == Qt::ForegroundRole && index.column() == CompatibilityColumn && !row.rejection.isEmpty())
        return QBrush(QColor(0xb0, 0x3a, 0x2e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return row.info.version;
    case ReleasedColumn:
        return QLocale().toString(row.info.released.date(), QLocale::ShortFormat);
    case HostColumn:
        return row.info.hostRange;
    case DependenciesColumn: {
        QStringList parts;
        for (const auto& d : row.info.dependencies)
            parts.append(d.id + u' ' + d.range);
        return parts.isEmpty() ? tr("none") : parts.join(u", "_s);
    }
    case CompatibilityColumn:
        return row.rejection.isEmpty() ? tr("Runs on this host") : row.rejection;
    default:
        return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case ReleasedColumn:
        return tr("Released");
    case HostColumn:
        return tr("Host platform");
    case DependenciesColumn:
        return tr("Depends on");
    case CompatibilityColumn:
        return tr("Compatibility");
    default:
        return {};
    }
}

} // namespace mm::ui
