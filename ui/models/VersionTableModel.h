#pragma once

#include "core/catalog/HostPlatform.h"

#include <QAbstractTableModel>

namespace mm::ui {

// A module's versions for the detail page: version, release date, host range, dependencies and
// whether (or why not) it runs on this host.
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        ReleasedColumn,
        HostColumn,
        DependenciesColumn,
        CompatibilityColumn,
        ColumnCount
    };
    enum Role
    {
        CompatibleRole = Qt::UserRole + 1
    };

    explicit VersionTableModel(QObject* parent = nullptr);

    void setModule(const catalog::ModuleRecord& module, const catalog::HostPlatform& host);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        catalog::VersionInfo info;
        QString rejection;
    };
    QList<Row> m_rows;
};

} // namespace mm::ui
