#pragma once

#include "core/install/InstallHistory.h"

#include <QAbstractTableModel>

namespace mm::ui {

// The install history, newest first: when, who, which operation, which module from which
// version to which, and how it ended (the message of a failure as tooltip).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        OperationRole = Qt::UserRole + 1, // journal id
        TimeRole,                         // QDateTime, UTC
        AccountRole,
        KindRole, // "install", "update", "uninstall" or "rollback"
        ModuleRole,
        FromRole, // QString, empty when none
        ToRole,
        ResultRole, // "ok", "failed" or "cancelled"
        MessageRole,
    };
    Q_ENUM(Role)

    enum Column
    {
        TimeColumn,
        AccountColumn,
        KindColumn,
        ModuleColumn,
        FromColumn,
        ToColumn,
        ResultColumn,
        ColumnCount
    };

    explicit HistoryTableModel(QObject* parent = nullptr);

    void setEntries(QList<install::HistoryEntry> entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const install::HistoryEntry& entry, int column) const;
    static QString kindText(const QString& kind);
    static QString resultText(const QString& result);

    QList<install::HistoryEntry> m_entries;
};

} // namespace mm::ui
