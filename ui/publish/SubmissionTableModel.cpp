#include "ui/publish/SubmissionTableModel.h"

#include "ui/publish/SubmissionStatusText.h"

#include <QLocale>

#include <algorithm>

namespace mm::ui {

SubmissionTableModel::SubmissionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SubmissionTableModel::setSubmissions(QList<publish::Submission> submissions)
{
    std::stable_sort(submissions.begin(), submissions.end(),
                     [](const auto& a, const auto& b) { return a.created > b.created; });
    const bool sameRows = submissions.size() == m_submissions.size() &&
                          std::equal(submissions.begin(), submissions.end(), m_submissions.begin(),
                                     [](const auto& a, const auto& b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_submissions = std::move(submissions);
        endResetModel();
        return;
    }
    m_submissions = std::move(submissions);
    if (!m_submissions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const publish::Submission* SubmissionTableModel::submission(int row) const
{
    return row >= 0 && row < m_submissions.size() ? &m_submissions.at(row) : nullptr;
}

int SubmissionTableModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_submissions.size(); ++row)
        if (m_submissions.at(row).id == id)
            return int(row);
    return -1;
}

bool SubmissionTableModel::hasPending() const
{
    return std::any_of(m_submissions.begin(), m_submissions.end(),
                       [](const publish::Submission& submission) { return !submission.isFinal(); });
}

int SubmissionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_submissions.size());
}

int SubmissionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionTableModel::data(const QModelIndex& index, int role) const
{
    const publish::Submission* submission = this->submission(index.row());
    if (!index.isValid() || !submission)
        return {};
    switch (role) {
    case IdRole:
        return submission->id;
    case ModuleRole:
        return submission->moduleId;
    case VersionRole:
        return submission->version;
    case PublisherRole:
        return submission->publisher;
    case StatusRole:
        return int(submission->status);
    case StatusNameRole:
        return publish::statusName(submission->status);
    case StatusColorRole:
        return SubmissionStatusText::color(submission->status);
    case CreatedRole:
        return submission->created;
    case FinalRole:
        return submission->isFinal();
    case Qt::ToolTipRole:
        return index.column() == StatusColumn ? SubmissionStatusText::explanation(submission->status)
                                              : submission->id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModuleColumn:
            return submission->moduleId;
        case VersionColumn:
            return submission->version;
        case StatusColumn:
            return SubmissionStatusText::text(submission->status);
        case SubmittedColumn:
            return QLocale().toString(submission->created.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SubmissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case SubmittedColumn:
        return tr("Submitted");
    default:
        return {};
    }
}

} // namespace mm::ui
