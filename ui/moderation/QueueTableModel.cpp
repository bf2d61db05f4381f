#include "ui/moderation/QueueTableModel.h"

#include "ui/publish/SubmissionStatusText.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace mm::ui {

QueueTableModel::QueueTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void QueueTableModel::setItems(QList<moderation::QueueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void QueueTableModel::updateSubmission(const publish::Submission& submission, const QString& claimedBy)
{
    const int row = rowOf(submission.id);
    if (row < 0)
        return;
    m_items[row].submission = submission;
    m_items[row].claimedBy = claimedBy;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const moderation::QueueItem* QueueTableModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int QueueTableModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).submission.id == id)
            return int(row);
    return -1;
}

int QueueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueTableModel::ageText(qint64 seconds)
{
    if (seconds >= 2 * 86400)
        return tr("%n day(s)", nullptr, int(seconds / 86400));
    if (seconds >= 3600)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n minute(s)", nullptr, int(seconds / 60));
}

QString QueueTableModel::riskText(moderation::Risk risk)
{
    switch (risk) {
    case moderation::Risk::Low:
        return tr("Low");
    case moderation::Risk::Medium:
        return tr("Medium");
    case moderation::Risk::High:
        return tr("High");
    }
    return {};
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const
{
    const moderation::QueueItem* item = this->item(index.row());
    if (!index.isValid() || !item)
        return {};
    const publish::Submission& submission = item->submission;
    switch (role) {
    case IdRole:
        return submission.id;
    case ModuleRole:
        return submission.moduleId;
    case VersionRole:
        return submission.version;
    case PublisherRole:
        return submission.publisher;
    case StatusNameRole:
        return publish::statusName(submission.status);
    case RiskRole:
        return moderation::riskName(item->risk);
    case RiskScoreRole:
        return item->riskScore;
    case AgeSecondsRole:
        return item->ageSeconds;
    case ClaimedByRole:
        return item->claimedBy;
    case PreviousVersionRole:
        return item->previousVersion;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return SubmissionStatusText::color(submission.status);
        if (index.column() == RiskColumn && item->risk != moderation::Risk::Low)
            return item->risk == moderation::Risk::High ? QColor(0xb0, 0x3a, 0x2e) : QColor(0xb2, 0x6a, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RiskColumn)
            return tr("Risk score %1: errors and warnings of the checks, a publisher without an approved "
                      "version and its takedowns add to it.")
                .arg(item->riskScore);
        if (index.column() == VersionColumn && !item->previousVersion.isEmpty())
            return tr("Previous approved version: %1").arg(item->previousVersion);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModuleColumn:
            return submission.moduleId;
        case VersionColumn:
            return item->previousVersion.isEmpty()
                       ? tr("%1 (new)").arg(submission.version)
                       : tr("%1 ← %2").arg(submission.version, item->previousVersion);
        case PublisherColumn:
            return submission.publisher;
        case StatusColumn:
            return SubmissionStatusText::text(submission.status);
        case RiskColumn:
            return tr("%1 (%2)").arg(riskText(item->risk)).arg(item->riskScore);
        case AgeColumn:
            return ageText(item->ageSeconds);
        case ClaimedColumn:
            return item->claimedBy.isEmpty() ? tr("—") : item->claimedBy;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case VersionColumn:
        return tr("Version");
    case PublisherColumn:
        return tr("Publisher");
    case StatusColumn:
        return tr("Status");
    case RiskColumn:
        return tr("Risk");
    case AgeColumn:
        return tr("Waiting");
    case ClaimedColumn:
        return tr("Claimed by");
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "submissionId");
    names.insert(ModuleRole, "module");
    names.insert(VersionRole, "version");
    names.insert(PublisherRole, "publisher");
    names.insert(StatusNameRole, "status");
    names.insert(RiskRole, "risk");
    names.insert(RiskScoreRole, "riskScore");
    names.insert(AgeSecondsRole, "ageSeconds");
    names.insert(ClaimedByRole, "claimedBy");
    names.insert(PreviousVersionRole, "previousVersion");
    return names;
}

} // namespace mm::ui
