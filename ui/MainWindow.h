#pragma once

#include "core/profile/Profile.h"
#include "ui/InstallAction.h"
#include "ui/widgets/TrustPrompt.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;

namespace mm::catalog {
class CatalogService;
class CatalogSync;
} // namespace mm::catalog
namespace mm::net {
class MarketplaceApi;
}

namespace mm::ui {

class AccountState;
class CatalogFilterBar;
class CategoryListModel;
class InstallFlow;
class InstalledNavButton;
class InstalledView;
class LicenseCoordinator;
class ModuleDetailView;
class ModerationCoordinator;
class ModuleListModel;
class PublishCoordinator;
class ReviewsPanel;
class RevenueView;
class Sidebar;
class SyncStatusWidget;
class TenantTierUpdate;
class UpdateNotifier;
class UsageUpload;

// The catalog browser: the Installed and Licenses entries and categories on the left, search and
// filters on top, module cards in the middle (or a module's page, the Installed or the Licenses
// view), sync state at the bottom. It shows the cache at once and syncs in the background, after
// asking for the tenant's tier; after each sync it looks for updates, reads the licenses again and
// sends the usage metered modules recorded.
// Everything slow runs off the UI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Profile profile, const QUrl& marketplace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void startSync();
    void showModule(const QString& id);
    ModuleDetailView* detailView() const { return m_detail; }
    void showCatalog();
    void showInstalled();
    void showLicenses();
    // The developer area: a publisher's revenue.
    void showRevenue();
    // The developer area: the submissions of this profile's publishers, and the publish wizard.
    void showMyModules();
    // The moderators' area: the queue and the decisions; only for moderators and admins.
    void showModeration();
    // Reads the installed modules and their updates again; `notify` announces updates in the tray.
    void refreshInstalled(bool notify = false);

    ModuleListModel* moduleModel() const { return m_modules; }
    CatalogFilterBar* filterBar() const { return m_filters; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    InstalledView* installedView() const { return m_installed; }
    InstalledNavButton* installedNav() const { return m_installedNav; }
    InstallFlow* installFlow() const { return m_flow; }
    LicenseCoordinator* licenses() const { return m_licenses; }
    RevenueView* revenueView() const { return m_revenue; }
    PublishCoordinator* publishing() const { return m_publishing; }
    // Who is signed in; role-aware menus and views follow its changed() signal.
    AccountState* account() const { return m_account; }
    ModerationCoordinator* moderation() const { return m_moderation; }
    Sidebar* sidebar() const { return m_sidebar; }
    // View › Revenue and View › My modules, shown with the sidebar's developer area.
    QList<QAction*> developerActions() const { return m_developerActions; }
    // The Reviews tab of the module page.
    ReviewsPanel* reviews() const { return m_reviews; }

Q_SIGNALS:
    void syncFinished(bool succeeded);
    void moduleShown(const QString& id);
    // The module page's install plan (or the reason there is none) is on screen.
    void planShown(const QString& id);
    // First contact: the user is asked to confirm the marketplace's root key.
    void trustRequested(mm::ui::TrustPrompt* prompt);
    // The recovery of an interrupted operation that runs at start has ended.
    void recovered();
    // The Installed view and the update badge show the installed state as read just now.
    void installedRefreshed();

private:
    void buildMenus();
    void followRoles();
    void syncCatalog();
    void askToTrust(const QString& fingerprint);
    void applyQuery();
    void reloadCategories();
    void reloadCacheState(bool offline, const QString& reason);
    void updateEmptyState();
    void previewPlan(const QString& id);
    void installedReloaded();

    Profile m_profile;
    std::unique_ptr<catalog::CatalogService> m_service;
    net::MarketplaceApi* m_api;
    QPointer<catalog::CatalogSync> m_sync;
    CatalogFilterBar* m_filters;
    CategoryListModel* m_categories;
    Sidebar* m_sidebar;
    QListView* m_categoryView;
    InstalledNavButton* m_installedNav;
    ModuleListModel* m_modules;
    QListView* m_moduleView;
    QLabel* m_emptyState;
    ModuleDetailView* m_detail;
    QStackedWidget* m_pages;
    SyncStatusWidget* m_syncStatus;
    InstalledView* m_installed;
    InstallFlow* m_flow;
    UpdateNotifier* m_notifier;
    LicenseCoordinator* m_licenses;
    QList<QAction*> m_developerActions;
    TenantTierUpdate* m_tierUpdate;
    UsageUpload* m_usageUpload;
    RevenueView* m_revenue;
    PublishCoordinator* m_publishing;
    AccountState* m_account;
    ModerationCoordinator* m_moderation;
    ReviewsPanel* m_reviews;
    bool m_announceUpdates = false;
};

} // namespace mm::ui
