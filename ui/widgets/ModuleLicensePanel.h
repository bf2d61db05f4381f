#pragma once

#include "core/catalog/HostPlatform.h"
#include "ui/models/LicenseBadge.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace mm::ui {

// The licensing part of a module's page: the license badge ("Licensed", "Trial · 5 days left",
// "Expired", …), what the tenant's tier allows of this module ("Your Free tier allows up to
// 1.3.0; 2.0.0 needs the Business tier.") and Start trial for a paid module that offers one and
// has no license yet.
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
    const QString& moduleId() const { return m_id; }

    // Empty when the tenant's tier allows the newest version.
    static QString tierNotice(const catalog::ModuleRecord& module, licensing::Tier tier);

    QLabel* badge() const { return m_badge; }
    QLabel* tierLabel() const { return m_tier; }
    QPushButton* trialButton() const { return m_trial; }

Q_SIGNALS:
    void trialRequested(const QString& moduleId);

private:
    void updateTrialButton();

    QString m_id;
    bool m_offersTrial = false;
    bool m_licensed = false;
    bool m_pending = false;
    QLabel* m_badge;
    QLabel* m_tier;
    QPushButton* m_trial;
};

} // namespace mm::ui
