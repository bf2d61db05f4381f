#include "ui/models/LicenseListModel.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

// A filled dot in the severity's colour; the status text says the same in words.
QIcon statusIcon(LicenseBadge::Severity severity)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(LicenseBadge::foreground(severity));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(dot);
}

} // namespace

LicenseListModel::LicenseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LicenseListModel::setLicenses(QList<LicenseRow> rows, const QDateTime& now)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = now;
    endResetModel();
}

int LicenseListModel::rowOf(const QString& moduleId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).moduleId == moduleId)
            return int(row);
    return -1;
}

int LicenseListModel::attentionCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const LicenseRow& row) { return row.needsAttention(m_now); }));
}

int LicenseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LicenseRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(row.severity(m_now))) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && row.severity(m_now) != LicenseBadge::Severity::Ok)
            return LicenseBadge::foreground(row.severity(m_now));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return row.statusMessage.isEmpty() ? QVariant() : QVariant(row.statusMessage);
        if (index.column() == ExpiresColumn && row.expires.isValid())
            return QLocale().toString(row.expires.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ModuleColumn)
            return row.licenseId;
        return {};
    case IdRole:
        return row.moduleId;
    case NameRole:
        return row.moduleName.isEmpty() ? row.moduleId : row.moduleName;
    case LicenseIdRole:
        return row.licenseId;
    case PlanRole:
        return licensing::planName(row.plan);
    case StatusRole:
        return row.status ? licensing::statusName(*row.status) : u"unknown"_s;
    case SeverityRole:
        return int(row.severity(m_now));
    case BadgeRole:
        return row.badge(m_now).text;
    case ExpiresRole:
        return row.expires;
    case NeedsAttentionRole:
        return row.needsAttention(m_now);
    case CanRenewRole:
        return row.canRenew();
    case CanBuyRole:
        return row.canBuy(m_now);
    case EntitlementsRole: {
        QStringList features;
        for (const licensing::Entitlement& entitlement : row.entitlements)
            features.append(entitlement.feature);
        return features;
    }
    default:
        return {};
    }
}

QString LicenseListModel::statusText(const LicenseRow& row) const
{
    if (!row.status)
        return row.revoked ? tr("Revoked") : tr("Unknown");
    const QString status = licensing::statusDisplayName(*row.status);
    // A valid license about to end says so where the eye already is.
    if (*row.status == licensing::LicenseStatus::Valid && row.needsAttention(m_now))
        return tr("%1 · ends soon").arg(status);
    return status;
}

QString LicenseListModel::entitlementText(const licensing::Entitlement& entitlement)
{
    return entitlement.limit ? tr("%1 (%2)").arg(entitlement.feature, QLocale().toString(*entitlement.limit))
                             : entitlement.feature;
}

QVariant LicenseListModel::display(const LicenseRow& row, int column) const
{
    switch (column) {
    case ModuleColumn:
        return row.moduleName.isEmpty() || row.moduleName == row.moduleId
                   ? row.moduleId
                   : tr("%1 (%2)").arg(row.moduleName, row.moduleId);
    case PlanColumn:
        return licensing::planDisplayName(row.plan);
    case StatusColumn:
        return statusText(row);
    case ExpiresColumn:
        if (!row.expires.isValid())
            return tr("Never");
        if (row.expires <= m_now && row.graceEnds > m_now)
            return tr("%1, grace ends %2")
                .arg(LicenseBadge::relative(row.expires, m_now),
                     LicenseBadge::relative(row.graceEnds, m_now));
        return LicenseBadge::relative(row.expires, m_now);
    case EntitlementsColumn: {
        QStringList texts;
        for (const licensing::Entitlement& entitlement : row.entitlements)
            texts.append(entitlementText(entitlement));
        return texts.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant LicenseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case PlanColumn:
        return tr("Plan");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    case EntitlementsColumn:
        return tr("Entitlements");
    default:
        return {};
    }
}

QHash<int, QByteArray> LicenseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(LicenseIdRole, "licenseId");
    names.insert(PlanRole, "plan");
    names.insert(StatusRole, "status");
    names.insert(SeverityRole, "severity");
    names.insert(BadgeRole, "badge");
    names.insert(ExpiresRole, "expires");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(CanRenewRole, "canRenew");
    names.insert(CanBuyRole, "canBuy");
    names.insert(EntitlementsRole, "entitlements");
    return names;
}

} // namespace mm::ui
