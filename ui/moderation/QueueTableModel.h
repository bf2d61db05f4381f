#pragma once

#include "core/moderation/QueueItem.h"

#include <QAbstractTableModel>
#include <QList>

namespace mm::ui {

// The moderation queue, oldest first as the marketplace sends it: module, version, publisher,
// status, risk, age and who claimed it.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ModuleColumn,
        VersionColumn,
        PublisherColumn,
        StatusColumn,
        RiskColumn,
        AgeColumn,
        ClaimedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ModuleRole,
        VersionRole,
        PublisherRole,
        StatusNameRole, // "passed", "flagged", ... as the marketplace spells it
        RiskRole,       // "low", "medium", "high"
        RiskScoreRole,  // qint64
        AgeSecondsRole, // qint64
        ClaimedByRole,  // e-mail address, empty when nobody claimed it
        PreviousVersionRole,
    };
    Q_ENUM(Role)

    explicit QueueTableModel(QObject* parent = nullptr);

    void setItems(QList<moderation::QueueItem> items);
    // Replaces one row's submission (after a claim) without a reset, so the selection stays.
    void updateSubmission(const publish::Submission& submission, const QString& claimedBy);
    const moderation::QueueItem* item(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString ageText(qint64 seconds);
    static QString riskText(moderation::Risk risk);

private:
    QList<moderation::QueueItem> m_items;
};

} // namespace mm::ui
