#pragma once

#include "core/catalog/HostPlatform.h"
#include "core/checkout/TenantPrice.h"
#include "ui/models/LicenseBadge.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace mm::ui {

// The licensing part of a module's page: the license badge ("Licensed", "Trial · 5 days left",
// "Expired", …), what the tenant's tier allows of this module ("Your Free tier allows up to
// 1.3.0; 2.0.0 needs the Business tier.") and Start trial for a paid module that offers one and
// has no license yet. For a paid module, the tenant's price ("€29.00 €26.10 · 10% Business
// discount"; the catalog's list price until the marketplace has answered, or offline) and Buy…
// while the tenant holds no usable paid license.
class ModuleLicensePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModuleLicensePanel(QWidget* parent = nullptr);

    void setModule(const catalog::ModuleRecord& module, const catalog::HostPlatform& host);
    void clear();
    // An empty badge: the module has no license.
    void setLicense(const LicenseBadge& badge);
    // While a trial is being started, the button waits.
    void setTrialPending(bool pending);
    // The marketplace's answer for this tenant; replaces the list price.
    void setTenantPrice(const checkout::TenantPrice& price);
    // A license of this module that is in force and bought (not a trial) is on this computer.
    void setPaidLicense(bool held);
    const QString& moduleId() const { return m_id; }

    // Empty when the tenant's tier allows the newest version.
    static QString tierNotice(const catalog::ModuleRecord& module, licensing::Tier tier);

    QLabel* badge() const { return m_badge; }
    QLabel* tierLabel() const { return m_tier; }
    QPushButton* trialButton() const { return m_trial; }
    QPushButton* buyButton() const { return m_buy; }
    QLabel* priceLabel() const { return m_price; }

Q_SIGNALS:
    void trialRequested(const QString& moduleId);
    void buyRequested(const QString& moduleId);

private:
    void updateTrialButton();

    QString m_id;
    bool m_offersTrial = false;
    bool m_licensed = false;
    bool m_pending = false;
    bool m_paid = false;
    bool m_owned = false;       // the marketplace says the tenant holds a bought license
    bool m_paidLicense = false; // this computer holds one in force
    QLabel* m_badge;
    QLabel* m_tier;
    QPushButton* m_trial;
    QLabel* m_price;
    QPushButton* m_buy;
};

} // namespace mm::ui
