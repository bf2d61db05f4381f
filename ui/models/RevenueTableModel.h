#pragma once

#include "ui/models/RevenueReport.h"

#include <QAbstractTableModel>

namespace mm::ui {

// Rows of revenue figures labelled by a month or by a module: the Revenue page's monthly table
// (behind the chart) and its per-module table. Amounts stay integers in minor units in the roles
// and are formatted with formatMoney for display.
class RevenueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // QString: module id, or the month as yyyy-MM
        LabelRole,                  // QString: module name, or "Nov 2026"
        CurrencyRole,
        PaymentsRole, // qint64
        GrossRole,    // qint64, minor units
        RefundsRole,  // qint64, minor units
        FeeRole,      // qint64, minor units
        NetRole,      // qint64, minor units
    };
    Q_ENUM(Role)

    enum Column
    {
        LabelColumn,
        PaymentsColumn,
        GrossColumn,
        RefundsColumn,
        FeeColumn,
        NetColumn,
        ColumnCount
    };

    struct Row
    {
        QString key;
        QString label;
        RevenueFigures figures;
    };

    // `labelHeader` names the first column ("Month", "Module").
    explicit RevenueTableModel(QString labelHeader, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    void setMonths(const QList<RevenueBucket>& buckets);
    // `names` maps module ids to the catalog's names; unknown ids show as themselves.
    void setModules(const QList<ModuleRevenue>& modules, const QHash<QString, QString>& names);
    const QList<Row>& rows() const { return m_rows; }
    // The row of `key` in `currency` (the first currency when empty), or -1.
    int rowOf(const QString& key, const QString& currency = {}) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_labelHeader;
    QList<Row> m_rows;
};

} // namespace mm::ui
