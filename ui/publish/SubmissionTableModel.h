#pragma once

#include "core/publish/Submission.h"

#include <QAbstractTableModel>
#include <QList>

namespace mm::ui {

// The developer's submissions, newest first: module, version, status (a badge) and the date.
class SubmissionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ModuleColumn,
        VersionColumn,
        StatusColumn,
        SubmittedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ModuleRole,
        VersionRole,
        PublisherRole,
        StatusRole,      // publish::Submission::Status as int
        StatusNameRole,  // "queued", "rejected", ... as the marketplace spells it
        StatusColorRole, // QColor of the badge
        CreatedRole,
        FinalRole, // bool: the status will not change by itself any more
    };

    explicit SubmissionTableModel(QObject* parent = nullptr);

    // Keeps the rows whose id stays, so a selection survives a refresh.
    void setSubmissions(QList<publish::Submission> submissions);
    const publish::Submission* submission(int row) const;
    int rowOf(const QString& id) const;
    // Some submission is still queued or being checked.
    bool hasPending() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<publish::Submission> m_submissions;
};

} // namespace mm::ui
