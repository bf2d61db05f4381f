#pragma once

#include "ui/models/InstalledReader.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mm::ui {

// The installed modules for the Installed view: name, active version, whether the user asked for
// it or it came as a dependency, the update available for this host and the versions kept for
// rollback. Filled from InstalledReader; the view's actions read the roles.
class InstalledModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        VersionRole,       // QString
        ManualRole,        // bool
        UpdateVersionRole, // QString: where Update all would take it; empty without an update
        NewestVersionRole, // QString: the newest version this host runs, when newer (maybe held back)
        KeptVersionsRole,  // QStringList, most recently used first
        CanRollBackRole,   // bool
        InstalledAtRole,   // QDateTime, UTC
        TakedownRole,      // QString: why the marketplace took this version down; empty if it did not
    };
    Q_ENUM(Role)

    enum Column
    {
        NameColumn,
        VersionColumn,
        OriginColumn,
        UpdateColumn,
        KeptColumn,
        ColumnCount
    };

    explicit InstalledModel(QObject* parent = nullptr);

    void setModules(QList<InstalledModule> modules);
    const QList<InstalledModule>& modules() const { return m_modules; }
    const InstalledModule* module(const QString& id) const;
    int rowOf(const QString& id) const;
    int updateCount() const;
    QHash<QString, semver::Version> installedSet() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const InstalledModule& module, int column) const;
    static QStringList versionTexts(const QList<semver::Version>& versions);

    QList<InstalledModule> m_modules;
};

} // namespace mm::ui
