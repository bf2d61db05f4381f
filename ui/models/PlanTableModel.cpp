#include "ui/models/PlanTableModel.h"

#include <QLocale>

namespace mm::ui {

PlanTableModel::PlanTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PlanTableModel::setPlan(const resolver::Plan& plan)
{
    beginResetModel();
    m_steps = plan.steps;
    endResetModel();
}

void PlanTableModel::clear()
{
    beginResetModel();
    m_steps.clear();
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const resolver::PlanStep& step = m_steps.at(index.row());
    switch (index.column()) {
    case ActionColumn:
        switch (step.action) {
        case resolver::PlanStep::Action::Install:
            return tr("Install");
        case resolver::PlanStep::Action::Upgrade:
            return tr("Upgrade");
        case resolver::PlanStep::Action::Downgrade:
            return tr("Downgrade");
        case resolver::PlanStep::Action::Remove:
            return tr("Remove");
        }
        return {};
    case ModuleColumn:
        return step.id;
    case FromColumn:
        return step.from ? step.from->toString() : QString();
    case ToColumn:
        return step.to ? step.to->toString() : QString();
    case SizeColumn:
        return step.to ? QLocale().formattedDataSize(step.size) : QString();
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case ModuleColumn:
        return tr("Module");
    case FromColumn:
        return tr("Installed");
    case ToColumn:
        return tr("Version");
    case SizeColumn:
        return tr("Download");
    default:
        return {};
    }
}

} // namespace mm::ui
