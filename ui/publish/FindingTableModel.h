#pragma once

#include "core/validation/Finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace mm::ui {

// The findings of a validation report, errors first: severity (with its icon), rule id, where
// (file:line) and the message. The Checks page of the publish wizard and My modules (the
// marketplace's report of a submission) both show it.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        LocationColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        RuleRole = Qt::UserRole + 1,
        SeverityRole, // validation::Severity as int
        FileRole,
        LineRole,
        MessageRole,
    };

    explicit FindingTableModel(QObject* parent = nullptr);

    void setFindings(QList<validation::Finding> findings);
    const QList<validation::Finding>& findings() const { return m_findings; }
    // The row of the first finding of `rule`, -1 when there is none.
    int rowOf(const QString& rule) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(validation::Severity severity);
    static QString locationText(const validation::Finding& finding);

private:
    QList<validation::Finding> m_findings;
};

} // namespace mm::ui
