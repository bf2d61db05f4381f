#include "ui/publish/FindingTableModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::ui {

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingTableModel::setFindings(QList<validation::Finding> findings)
{
    // Errors first, then by file and line, so what blocks a submission is on top.
    std::stable_sort(findings.begin(), findings.end(), [](const auto& a, const auto& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingTableModel::rowOf(const QString& rule) const
{
    for (qsizetype row = 0; row < m_findings.size(); ++row)
        if (m_findings.at(row).rule == rule)
            return int(row);
    return -1;
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingTableModel::severityText(validation::Severity severity)
{
    switch (severity) {
    case validation::Severity::Error:
        return tr("Error");
    case validation::Severity::Warning:
        return tr("Warning");
    case validation::Severity::Info:
        break;
    }
    return tr("Note");
}

QString FindingTableModel::locationText(const validation::Finding& finding)
{
    if (finding.file.isEmpty())
        return tr("whole module");
    return finding.line > 0 ? u"%1:%2"_s.arg(finding.file).arg(finding.line) : finding.file;
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const validation::Finding& finding = m_findings.at(index.row());
    switch (role) {
    case RuleRole:
        return finding.rule;
    case SeverityRole:
        return int(finding.severity);
    case FileRole:
        return finding.file;
    case LineRole:
        return finding.line;
    case MessageRole:
        return finding.message;
    case Qt::ToolTipRole:
        return finding.message;
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (finding.severity) {
        case validation::Severity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case validation::Severity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case validation::Severity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(finding.severity);
        case RuleColumn:
            return finding.rule;
        case LocationColumn:
            return locationText(finding);
        case MessageColumn:
            return finding.message;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case LocationColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace mm::ui
