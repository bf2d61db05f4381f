#pragma once

#include "core/checkout/TenantPrice.h"
#include "core/profile/Profile.h"
#include "ui/models/LicenseBadge.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace mm::ui {

class CheckoutFlow;
class LicenseNotifier;
class LicensesView;
class ModuleDetailView;
class ModuleListModel;
class Sidebar;
class UpdateNotifier;

// Spreads what the Licenses view read to the rest of the window: the count and warning badge of
// the sidebar entry, the badges of the catalog cards and of the module page, and the one expiry
// warning per start. Starts trials asked for on a module page, asks for the tenant's price of
// the module shown, and hands Buy… and Manage billing… to the CheckoutFlow. The main window only forwards
// its events (a sync, an install) and shows the pages this asks for.
class LicenseCoordinator : public QObject
{
    Q_OBJECT

public:
    LicenseCoordinator(Profile profile, QUrl marketplace, Sidebar* sidebar, ModuleListModel* modules,
                       ModuleDetailView* detail, UpdateNotifier* tray, QWidget* window);

    LicensesView* view() const { return m_view; }
    LicenseNotifier* notifier() const { return m_notifier; }
    CheckoutFlow* checkout() const { return m_checkout; }
    // Reads the licenses again (after a sync, an install, a trial); refreshed() follows.
    void reload();
    // The module page shows `id` now: give it its badge.
    void moduleShown(const QString& id);
    void startTrial(const QString& id);
    // Opens the checkout of `id`.
    void buy(const QString& id);
    LicenseBadge badgeOf(const QString& id) const { return m_badges.value(id); }

Q_SIGNALS:
    // The view, the sidebar, the cards and the module page show the licenses as read just now.
    void refreshed();
    // After a trial started, once refreshed() shows it.
    void trialFinished(bool succeeded, const QString& message);
    void message(const QString& text);
    void showModuleRequested(const QString& id);
    void showLicensesRequested();
    // The module page shows this tenant's price of `id` (or the list price: `succeeded` false).
    void priceShown(const QString& id, bool succeeded);
    // Install now after a purchase.
    void installRequested(const QString& id, const QString& name);

private:
    void distribute();
    void askPrice(const QString& id);

    Profile m_profile;
    QUrl m_marketplace;
    Sidebar* m_sidebar;
    ModuleListModel* m_modules;
    ModuleDetailView* m_detail;
    LicensesView* m_view;
    LicenseNotifier* m_notifier;
    CheckoutFlow* m_checkout;
    QHash<QString, LicenseBadge> m_badges;
    QSet<QString> m_paid;                         // modules with a bought license in force
    QString m_pricedId;                           // the module whose price was asked for last
    std::optional<checkout::TenantPrice> m_price; // of m_pricedId, once answered
};

} // namespace mm::ui
