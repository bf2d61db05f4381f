#pragma once

#include "ui/models/LicenseReader.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace mm::ui {

// The profile's licenses for the Licenses view: module, plan, status (coloured: valid, warning
// for a grace period or an end within two weeks, error for expired, revoked and the like),
// expiry relative to now, and entitlements. Filled from LicenseReader; the view's actions read
// the roles.
class LicenseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // module id
        NameRole,
        LicenseIdRole,
        PlanRole,           // QString: planName(), "subscription"
        StatusRole,         // QString: statusName(), or "unknown" without the keychain
        SeverityRole,       // int: LicenseBadge::Severity of the status
        BadgeRole,          // QString: "Expires in 3 days"
        ExpiresRole,        // QDateTime, UTC; invalid when it never expires
        NeedsAttentionRole, // bool: ends soon or is in grace
        CanRenewRole,       // bool
        CanBuyRole,         // bool
        EntitlementsRole,   // QStringList of features
    };
    Q_ENUM(Role)

    enum Column
    {
        ModuleColumn,
        PlanColumn,
        StatusColumn,
        ExpiresColumn,
        EntitlementsColumn,
        ColumnCount
    };

    explicit LicenseListModel(QObject* parent = nullptr);

    // `now` is when the texts ("in 12 days") are measured from.
    void setLicenses(QList<LicenseRow> rows, const QDateTime& now = QDateTime::currentDateTimeUtc());
    const QList<LicenseRow>& licenses() const { return m_rows; }
    int rowOf(const QString& moduleId) const;
    int attentionCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const LicenseRow& row, int column) const;
    QString statusText(const LicenseRow& row) const;
    static QString entitlementText(const licensing::Entitlement& entitlement);

    QList<LicenseRow> m_rows;
    QDateTime m_now;
};

} // namespace mm::ui
