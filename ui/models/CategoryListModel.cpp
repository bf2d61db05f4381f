#include "ui/models/CategoryListModel.h"

#include <numeric>

namespace mm::ui {

CategoryListModel::CategoryListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void CategoryListModel::setCategories(QList<catalog::Category> categories)
{
    beginResetModel();
    m_categories = std::move(categories);
    endResetModel();
}

int CategoryListModel::rowOf(const QString& id) const
{
    if (id.isEmpty())
        return 0;
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        if (m_categories[i].id == id)
            return int(i + 1);
    return -1;
}

int CategoryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size() + 1);
}

QVariant CategoryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        const int total =
            std::accumulate(m_categories.begin(), m_categories.end(), 0,
                            [](int sum, const catalog::Category& c) { return sum + c.moduleCount; });
        switch (role) {
        case Qt::DisplayRole:
            return tr("All modules (%1)").arg(total);
        case IdRole:
            return QString();
        case CountRole:
            return total;
        default:
            return {};
        }
    }
    const catalog::Category& c = m_categories.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(c.name).arg(c.moduleCount);
    case Qt::ToolTipRole:
        return c.description;
    case IdRole:
        return c.id;
    case CountRole:
        return c.moduleCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"}, {CountRole, "count"}};
}

} // namespace mm::ui
