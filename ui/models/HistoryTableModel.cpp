#include "ui/models/HistoryTableModel.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::ui {

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void HistoryTableModel::setEntries(QList<install::HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const install::HistoryEntry& entry = m_entries.at(index.row());
    const auto version = [](const std::optional<semver::Version>& v) {
        return v ? v->toString() : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return entry.message.isEmpty() ? QVariant() : QVariant(entry.message);
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && entry.result != u"ok")
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        return {};
    case OperationRole:
        return entry.operation;
    case TimeRole:
        return entry.time;
    case AccountRole:
        return entry.user;
    case KindRole:
        return entry.kind;
    case ModuleRole:
        return entry.module;
    case FromRole:
        return version(entry.from);
    case ToRole:
        return version(entry.to);
    case ResultRole:
        return entry.result;
    case MessageRole:
        return entry.message;
    default:
        return {};
    }
}

QVariant HistoryTableModel::display(const install::HistoryEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case AccountColumn:
        return entry.user;
    case KindColumn:
        return kindText(entry.kind);
    case ModuleColumn:
        return entry.module;
    case FromColumn:
        return entry.from ? entry.from->toString() : QString();
    case ToColumn:
        return entry.to ? entry.to->toString() : QString();
    case ResultColumn:
        return resultText(entry.result);
    default:
        return {};
    }
}

QString HistoryTableModel::kindText(const QString& kind)
{
    if (kind == u"install")
        return tr("Install");
    if (kind == u"update")
        return tr("Update");
    if (kind == u"uninstall")
        return tr("Uninstall");
    if (kind == u"rollback")
        return tr("Roll back");
    return kind;
}

QString HistoryTableModel::resultText(const QString& result)
{
    if (result == u"ok")
        return tr("Succeeded");
    if (result == u"failed")
        return tr("Failed");
    if (result == u"cancelled")
        return tr("Cancelled");
    return result;
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("User");
    case KindColumn:
        return tr("Operation");
    case ModuleColumn:
        return tr("Module");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OperationRole, "operation");
    names.insert(TimeRole, "time");
    names.insert(AccountRole, "account");
    names.insert(KindRole, "kind");
    names.insert(ModuleRole, "module");
    names.insert(FromRole, "from");
    names.insert(ToRole, "to");
    names.insert(ResultRole, "result");
    names.insert(MessageRole, "message");
    return names;
}

} // namespace mm::ui
