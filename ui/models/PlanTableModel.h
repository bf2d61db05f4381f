#pragma once

#include "core/resolver/Plan.h"

#include <QAbstractTableModel>

namespace mm::ui {

// The steps of an install/update plan for a table: what happens to which module, from and to
// which version, and how much it downloads.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionColumn,
        ModuleColumn,
        FromColumn,
        ToColumn,
        SizeColumn,
        ColumnCount
    };

    explicit PlanTableModel(QObject* parent = nullptr);

    void setPlan(const resolver::Plan& plan);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<resolver::PlanStep> m_steps;
};

} // namespace mm::ui
